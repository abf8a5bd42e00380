// The call beside a voice meet's room. Nobody is in the call on arrival:
// joining is a separate choice, after a check of the microphone. The call's
// signalling goes through Holdspace (/meets/{id}/call/socket, see
// docs/room-protocol.md); audio flows between this browser and the
// organisation's media server. The room itself (room.js) is untouched: this
// script only follows its frames, to know who is here and who is muted.
"use strict";

(() => {
  const root = document.getElementById("call");
  if (!root) return;

  const strings = JSON.parse(document.getElementById("call-strings").textContent);
  const t = (key, vars = {}) => (strings[key] || key).replace(/\{\$(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
  const $ = (id) => document.getElementById(id);
  const meet = root.dataset.meet;
  const facilitator = root.dataset.facilitator === "true";

  const state = {
    me: 0,
    people: new Map(),
    speaking: new Set(),
    // Muted by a facilitator: this person may not unmute.
    held: false,
    check: null,
    socket: null,
    pc: null,
    stream: null,
    muted: true,
    joined: false,
  };

  const status = (key) => {
    $("call-status").textContent = t(key);
  };

  // ---- The microphone check: choose a microphone, see its level, hear a test sound ----
  const stopCheck = () => {
    if (!state.check) return;
    cancelAnimationFrame(state.check.frame);
    state.check.context.close();
    state.check = null;
  };

  const startCheck = async () => {
    stopCheck();
    if (state.stream) state.stream.getTracks().forEach((track) => track.stop());
    state.stream = null;
    const chosen = $("call-microphone").value;
    try {
      state.stream = await navigator.mediaDevices.getUserMedia({ audio: chosen ? { deviceId: { exact: chosen } } : true, video: false });
    } catch {
      status("call-no-microphone");
      return;
    }
    const devices = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === "audioinput");
    const select = $("call-microphone");
    const current = state.stream.getAudioTracks()[0]?.getSettings().deviceId;
    select.replaceChildren(
      ...devices.map((d, i) => {
        const option = document.createElement("option");
        option.value = d.deviceId;
        option.textContent = d.label || `${t("call-microphone")} ${i + 1}`;
        option.selected = d.deviceId === current;
        return option;
      }),
    );
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(state.stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    state.check = { context, frame: 0 };
    const measure = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      $("call-level").value = Math.min(1, Math.sqrt(sum / samples.length) * 4);
      if (state.check) state.check.frame = requestAnimationFrame(measure);
    };
    measure();
  };

  const testTone = () => {
    const context = new AudioContext();
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = 440;
    gain.gain.value = 0.1;
    tone.connect(gain).connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.8);
    tone.addEventListener("ended", () => context.close());
  };

  const showCheck = (open) => {
    $("call-check").hidden = !open;
    $("call-join").setAttribute("aria-expanded", String(open));
    if (open) {
      startCheck();
      $("call-microphone").focus();
    } else {
      stopCheck();
    }
  };

  // ---- Being in the call ----
  const send = (frame) => {
    if (state.socket?.readyState === WebSocket.OPEN) state.socket.send(JSON.stringify(frame));
  };

  const track = () => state.stream?.getAudioTracks()[0];

  const showMute = () => {
    const button = $("call-mute");
    button.textContent = t(state.muted ? "call-unmute" : "call-mute");
    button.setAttribute("aria-pressed", String(state.muted));
    button.disabled = state.held || !track();
    if (!state.joined) return;
    if (!track()) status("call-listening");
    else if (state.held) status("call-muted-by-facilitator");
    else status(state.muted ? "call-in-call-muted" : "call-in-call-live");
  };

  const setMuted = (muted) => {
    if (!muted && state.held) return;
    state.muted = muted;
    if (track()) track().enabled = !muted;
    send({ type: "mute", muted });
    // Nobody is told when they mute themselves: muted is not speaking.
    if (muted) state.speaking.delete(state.me);
    showMute();
    showRoster();
  };

  const leave = (key) => {
    stopCheck();
    const socket = state.socket;
    state.socket = null;
    if (socket) socket.close();
    state.pc?.close();
    state.pc = null;
    state.stream?.getTracks().forEach((each) => each.stop());
    state.stream = null;
    state.joined = false;
    state.speaking.clear();
    $("call-audio").srcObject = null;
    $("call-controls").hidden = true;
    $("call-join").hidden = false;
    showRoster();
    status(key);
  };

  const join = () => {
    stopCheck();
    $("call-check").hidden = true;
    $("call-join").hidden = true;
    $("call-join").setAttribute("aria-expanded", "false");
    status("call-joining");
    state.muted = $("call-start-muted").checked || state.held;
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/meets/${meet}/call/socket`);
    state.socket = socket;
    let offered = false;
    const early = [];
    const remote = [];
    socket.addEventListener("message", async (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (socket !== state.socket) return;
      switch (frame.type) {
        case "ready": {
          const pc = new RTCPeerConnection({ iceServers: frame.ice_servers, bundlePolicy: "max-bundle", rtcpMuxPolicy: "require" });
          state.pc = pc;
          if (track()) {
            track().enabled = !state.muted;
            pc.addTrack(track(), state.stream);
          } else {
            pc.addTransceiver("audio", { direction: "recvonly" });
          }
          pc.addEventListener("track", (e) => {
            $("call-audio").srcObject = e.streams[0] || new MediaStream([e.track]);
          });
          // Candidates wait until the offer has gone: Janus refuses them before it.
          pc.addEventListener("icecandidate", (e) => {
            const candidate = e.candidate
              ? { type: "candidate", candidate: e.candidate.candidate, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex }
              : { type: "candidate", completed: true };
            if (offered) send(candidate);
            else early.push(candidate);
          });
          const offer = await pc.createOffer();
          await pc.setLocalDescription(offer);
          send({ type: "join", sdp: offer.sdp, muted: state.muted });
          offered = true;
          early.splice(0).forEach(send);
          break;
        }
        case "answer":
          await state.pc.setRemoteDescription({ type: "answer", sdp: frame.sdp });
          for (const candidate of remote.splice(0)) await state.pc.addIceCandidate(candidate);
          state.joined = true;
          $("call-controls").hidden = false;
          showMute();
          $("call-mute").focus();
          break;
        case "candidate": {
          const candidate = frame.completed ? null : { candidate: frame.candidate, sdpMid: frame.sdpMid, sdpMLineIndex: frame.sdpMLineIndex };
          if (!state.pc?.remoteDescription) remote.push(candidate);
          else await state.pc.addIceCandidate(candidate);
          break;
        }
        case "speaking":
          if (frame.speaking) state.speaking.add(frame.pid);
          else state.speaking.delete(frame.pid);
          showRoster();
          break;
        case "ended":
          leave("call-ended");
          break;
        case "error":
          if (frame.code === "call_muted") status("call-muted-by-facilitator");
          else if (frame.code === "not_in_room") leave("call-not-in-room");
          else if (frame.code === "unavailable") leave("call-unavailable");
          break;
      }
    });
    socket.addEventListener("close", () => {
      if (socket === state.socket) leave(state.joined ? "call-ended" : "call-unavailable");
    });
  };

  // ---- The roster: who is speaking, whose microphone a facilitator muted ----
  const showRoster = () => {
    for (const li of document.querySelectorAll("#roster li[data-pid]")) {
      const pid = Number(li.dataset.pid);
      const person = state.people.get(pid);
      const line = li.querySelector(".person-line");
      li.classList.toggle("speaking", state.speaking.has(pid));
      for (const old of li.querySelectorAll(".call-badge")) old.remove();
      if (!line) continue;
      if (state.speaking.has(pid)) line.append(badge("speaking", t("call-speaking")));
      if (person?.call_muted) line.append(badge("", t("call-muted-badge")));
    }
    if (facilitator) showPeople();
  };

  const badge = (kind, text) => {
    const span = document.createElement("span");
    span.className = `badge call-badge ${kind}`.trim();
    span.textContent = text;
    return span;
  };

  // Room re-draws its roster often; the call's marks go back on each time.
  const roster = $("roster");
  if (roster) new MutationObserver(showRoster).observe(roster, { childList: true });

  let shownPeople = "";
  const showPeople = () => {
    const list = $("call-people-list");
    const others = [...state.people.values()].filter((p) => p.pid !== state.me && p.role !== "facilitator");
    // Drawn again only when something in it changed, so a focused button stays focused.
    const shown = JSON.stringify(others.map((p) => [p.pid, p.alias, p.call_muted]));
    if (shown === shownPeople) return;
    shownPeople = shown;
    const focused = list.contains(document.activeElement) ? document.activeElement.dataset.pid : null;
    if (others.length === 0) {
      const li = document.createElement("li");
      li.textContent = t("call-nobody");
      list.replaceChildren(li);
      return;
    }
    list.replaceChildren(
      ...others.map((p) => {
        const li = document.createElement("li");
        const name = document.createElement("span");
        name.textContent = p.alias;
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button secondary small";
        button.textContent = t(p.call_muted ? "call-allow-person" : "call-mute-person", { alias: p.alias });
        button.dataset.pid = String(p.pid);
        button.addEventListener("click", () => roomSend({ type: "call_mute", to: p.pid, muted: !p.call_muted }));
        li.append(name, button);
        return li;
      }),
    );
    if (focused) list.querySelector(`button[data-pid="${focused}"]`)?.focus();
  };

  // Facilitators' call tools speak the room protocol, over the room's own socket.
  const roomSend = (frame) => document.dispatchEvent(new CustomEvent("room:send", { detail: frame }));

  document.addEventListener("room:frame", (event) => {
    const f = event.detail;
    switch (f.type) {
      case "welcome":
        state.me = f.you;
        state.people = new Map(f.snapshot.people.map((p) => [p.pid, p]));
        state.held = Boolean(state.people.get(f.you)?.call_muted);
        break;
      case "joined":
        state.people.set(f.person.pid, f.person);
        break;
      case "left":
        state.people.delete(f.pid);
        state.speaking.delete(f.pid);
        break;
      case "call_muted": {
        const person = state.people.get(f.pid);
        if (person) person.call_muted = f.muted;
        if (f.pid === state.me) {
          state.held = f.muted;
          if (f.muted) {
            state.muted = true;
            if (track()) track().enabled = false;
            state.speaking.delete(state.me);
          }
          showMute();
          status(f.muted ? "call-muted-by-facilitator" : "call-allowed-again");
        }
        break;
      }
      case "ended":
      case "removed":
        if (state.socket) leave("call-ended");
        $("call-join").hidden = true;
        break;
      default:
        return;
    }
    showRoster();
  });

  // ---- Controls ----
  $("call-join").addEventListener("click", () => showCheck($("call-check").hidden));
  $("call-cancel").addEventListener("click", () => {
    showCheck(false);
    state.stream?.getTracks().forEach((each) => each.stop());
    state.stream = null;
    $("call-join").focus();
  });
  $("call-microphone").addEventListener("change", startCheck);
  $("call-tone").addEventListener("click", testTone);
  $("call-join-now").addEventListener("click", join);
  $("call-mute").addEventListener("click", () => setMuted(!state.muted));
  $("call-leave").addEventListener("click", () => {
    leave("call-left");
    $("call-join").focus();
  });
  // Alt and M, by key position (so it works whatever the keyboard layout types there).
  document.addEventListener("keydown", (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== "KeyM" || !state.joined) return;
    event.preventDefault();
    setMuted(!state.muted);
  });
})();
