//! Keeping every packet of a call on loopback. Janus gathers no ICE
//! candidates on `lo`, so the benchmark runs in a network namespace of its
//! own (`unshare -n`, as root) that holds only loopback, with 127.0.0.1 also
//! on a veth pair for Janus to find (see e2e/call.test.mjs). Nothing there
//! can reach an address outside 127.0.0.0/8, and the namespace, its veth
//! pair and whatever ran in it go when the run ends.

use std::process::Command;

/// Set inside the namespace, so the benchmark runs there rather than again.
const INSIDE: &str = "HOLDSPACE_BENCH_NETNS";

/// Loopback up, 127.0.0.1 on a non-loopback interface (IPv6 off), then the
/// benchmark again with the same arguments.
const SETUP: &str = r#"set -e
ip link set lo up
ip link add jlo0 type veth peer name jlo1
for link in jlo0 jlo1; do sysctl -qw net.ipv6.conf.$link.disable_ipv6=1; ip link set $link addrgenmode none; done
ip addr add 127.0.0.1/32 dev jlo0
ip link set jlo0 up
ip link set jlo1 up
exec env HOLDSPACE_BENCH_NETNS=1 "$@""#;

/// Whether this process already runs in the benchmark's namespace.
pub fn inside() -> bool {
    std::env::var_os(INSIDE).is_some_and(|v| v == "1")
}

/// Runs this same command in a new network namespace and waits for it.
pub fn run_inside() -> Result<(), String> {
    // The command as it was typed (the working directory stays), so the results quote it so.
    let status = Command::new("unshare")
        .args(["-n", "sh", "-c", SETUP, "sh"])
        .args(std::env::args_os())
        .status()
        .map_err(|e| format!("cannot run unshare: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("the calls benchmark failed in its network namespace (see above; making one needs root)".into())
    }
}
