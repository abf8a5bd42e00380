//! The `holdspace` command line: serve, demo, migrate and console
//! administration. Every setting is a flag with an environment variable of
//! the same name; wrong values stop the program with one line.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::config::{self, ConfigError};
use crate::domain::safety::Detector;
use crate::i18n::I18n;
use crate::server::{self, ServerConfig};
use crate::services::{self, admin};
use crate::store::{ConnectOptions, Store};
use crate::web::WebSettings;
use crate::web::listener::ConnectionLimits;
use crate::{demo, telemetry};

/// Peer support circles: find a circle, show up, be held.
#[derive(Debug, Parser)]
#[command(name = "holdspace", version, about, long_about = None)]
struct Cli {
    /// Where data lives: sqlite://PATH (created if missing) or postgres://USER@HOST:PORT/DATABASE
    #[arg(
        long,
        env = "HOLDSPACE_DATABASE_URL",
        default_value = "sqlite://holdspace.db",
        global = true,
        hide_env_values = true,
        value_name = "URL"
    )]
    database_url: String,

    /// Most connections to the database (PostgreSQL) or concurrent readers (SQLite)
    #[arg(long, env = "HOLDSPACE_DATABASE_MAX_CONNECTIONS", default_value = "10", global = true, value_name = "N")]
    database_max_connections: String,

    /// How much to log: error, warn, info, debug, trace or off
    #[arg(long, env = "HOLDSPACE_LOG", default_value = "info", global = true, value_name = "LEVEL")]
    log: String,

    /// Log line format: text or json
    #[arg(long, env = "HOLDSPACE_LOG_FORMAT", default_value = "text", global = true, value_name = "FORMAT")]
    log_format: String,

    /// Folder of the safety net's learned model (without one, the lexicon alone reads messages)
    #[arg(long, env = "HOLDSPACE_SAFETY_MODEL", default_value = "safety-model", global = true, value_name = "DIR")]
    safety_model: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the site (migrates the database first)
    Serve(ServeArgs),
    /// Run the site with a demo organisation, loaded if the database is empty
    Demo(ServeArgs),
    /// Apply database migrations, then exit
    Migrate,
    /// Administer accounts from the server's console
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Check messages with the safety net's detector (no database needed)
    #[command(subcommand)]
    Safety(SafetyCommand),
}

#[derive(Debug, Subcommand)]
enum SafetyCommand {
    /// Read one message per line on stdin; write one JSON object per line on
    /// stdout, in the same order: {"crisis", "level", "advice", "contact",
    /// "reasons", "layers", "learned"}
    Scan,
    /// Check the model that scripts/train-safety-model wrote in DIR and copy
    /// it into the --safety-model folder
    InstallModel {
        #[arg(value_name = "DIR")]
        from: PathBuf,
    },
    /// The sentence model's word pieces of each line on stdin (for
    /// scripts/train-safety-model), given the model's vocab.txt
    #[command(hide = true)]
    Pieces {
        #[arg(value_name = "VOCAB")]
        vocab: PathBuf,
    },
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address and port to listen on
    #[arg(long, env = "HOLDSPACE_BIND", default_value = "127.0.0.1:8080", value_name = "ADDR")]
    bind: String,

    /// The address people use to reach the site, e.g. https://circles.example.org (cookies are Secure when https)
    #[arg(long, env = "HOLDSPACE_PUBLIC_URL", value_name = "URL")]
    public_url: Option<String>,

    /// Take client addresses from X-Forwarded-For (only behind a proxy you run)
    #[arg(long, env = "HOLDSPACE_TRUST_PROXY", default_value = "false", value_name = "BOOL")]
    trust_proxy: String,

    /// Offer the pseudo-locale en-XA (accented, lengthened English) to spot untranslated or clipped text; for development
    #[arg(long, env = "HOLDSPACE_PSEUDO_LOCALE", default_value = "false", value_name = "BOOL")]
    pseudo_locale: String,

    /// Connections one client address may hold open at once (0: no limit; not applied with --trust-proxy)
    #[arg(long, env = "HOLDSPACE_CONNECTIONS_PER_ADDRESS", default_value = "64", value_name = "N")]
    connections_per_address: String,

    /// SMTP server for password-reset links and notices, e.g. smtp://user:pass@mail.example.org:587?tls=required
    #[arg(long, env = "HOLDSPACE_SMTP_URL", hide_env_values = true, value_name = "URL")]
    smtp_url: Option<String>,

    /// Sender of emails, e.g. "Holdspace <no-reply@example.org>"
    #[arg(long, env = "HOLDSPACE_MAIL_FROM", value_name = "MAILBOX")]
    mail_from: Option<String>,

    /// Janus's HTTP API for voice meets, e.g. http://127.0.0.1:8088/janus (none: text rooms only)
    #[arg(long, env = "HOLDSPACE_MEDIA_URL", value_name = "URL")]
    media_url: Option<String>,

    /// The secret Janus was started with (scripts/janus): its API secret and room admin key
    #[arg(long, env = "HOLDSPACE_MEDIA_SECRET", hide_env_values = true, value_name = "SECRET")]
    media_secret: Option<String>,

    /// TURN or STUN servers browsers may use for calls, comma-separated, e.g. turn:turn.example.org:3478
    #[arg(long, env = "HOLDSPACE_TURN_URLS", value_name = "URLS")]
    turn_urls: Option<String>,

    /// User name for the TURN servers
    #[arg(long, env = "HOLDSPACE_TURN_USERNAME", value_name = "NAME")]
    turn_username: Option<String>,

    /// Password for the TURN servers (given to every browser in a call)
    #[arg(long, env = "HOLDSPACE_TURN_PASSWORD", hide_env_values = true, value_name = "PASSWORD")]
    turn_password: Option<String>,

    /// NATS (with JetStream) shared by several instances on one PostgreSQL database, e.g. nats://127.0.0.1:4222,
    /// so that any instance serves any meet's room (none: every room lives on the instance that opened it)
    #[arg(long, env = "HOLDSPACE_BUS_URL", value_name = "URL")]
    bus_url: Option<String>,
}

#[derive(Debug, Subcommand)]
enum AdminCommand {
    /// Create a coordinator account and print a one-time password
    CreateCoordinator(AccountArgs),
    /// Give a member a new password and print it (they choose their own at next sign-in)
    ResetPassword(AccountArgs),
}

#[derive(Debug, Args)]
struct AccountArgs {
    /// The member's alias
    #[arg(long, value_name = "NAME")]
    alias: String,

    /// Read the password from standard input instead of generating a one-time password
    #[arg(long)]
    password_stdin: bool,
}

/// Why the program stopped.
enum Failure {
    /// A setting is wrong: exit status 2.
    Config(ConfigError),
    /// Something failed while running: exit status 1.
    Runtime(String),
}

impl From<ConfigError> for Failure {
    fn from(error: ConfigError) -> Failure {
        Failure::Config(error)
    }
}

/// Entry point of the `holdspace` binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Config(error)) => {
            eprintln!("holdspace: {error}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(message)) => {
            eprintln!("holdspace: {message}");
            ExitCode::from(1)
        }
    }
}

fn server_config(args: &ServeArgs) -> Result<ServerConfig, ConfigError> {
    let bind = config::bind(&args.bind)?;
    let public_url = args.public_url.as_deref().filter(|u| !u.trim().is_empty()).map(config::public_url).transpose()?;
    let trust_proxy = config::flag("HOLDSPACE_TRUST_PROXY (--trust-proxy)", &args.trust_proxy)?;
    let smtp = config::smtp(args.smtp_url.as_deref(), args.mail_from.as_deref(), public_url.as_ref())?;
    let per_address = config::connections_per_address(&args.connections_per_address)?;
    let connections = ConnectionLimits { per_address, ..ConnectionLimits::default() };
    let media = config::media(
        args.media_url.as_deref(),
        args.media_secret.as_deref(),
        args.turn_urls.as_deref(),
        args.turn_username.as_deref(),
        args.turn_password.as_deref(),
    )?;
    let pseudo_locale = config::flag("HOLDSPACE_PSEUDO_LOCALE (--pseudo-locale)", &args.pseudo_locale)?;
    let web = WebSettings::new(public_url, trust_proxy).with_pseudo_locale(pseudo_locale);
    let bus_url = args.bus_url.as_deref().map(config::bus_url).transpose()?;
    Ok(ServerConfig { bind, web, smtp, connections, media, safety: Detector::lexical(), bus_url })
}

fn run(cli: Cli) -> Result<(), Failure> {
    if let Command::Safety(command) = &cli.command {
        return safety(command, &cli.safety_model);
    }
    let database_url = config::database_url(&cli.database_url)?;
    let options = ConnectOptions { max_connections: config::max_connections(&cli.database_max_connections)? };
    let level = config::log_level(&cli.log)?;
    let format = config::log_format(&cli.log_format)?;
    let serve = match &cli.command {
        Command::Serve(args) | Command::Demo(args) => Some(server_config(args)?),
        _ => None,
    };
    telemetry::init(level, format);
    let serve = match serve {
        Some(config) => Some(with_detector(config, &cli.safety_model)?),
        None => None,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Runtime(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async move {
        let store = Store::connect(&database_url, &options)
            .await
            .map_err(|e| Failure::Runtime(format!("cannot open the database (HOLDSPACE_DATABASE_URL): {e}")))?;
        store.migrate().await.map_err(|e| Failure::Runtime(format!("cannot migrate the database: {e}")))?;
        let result = match (cli.command, serve) {
            (Command::Migrate, _) => {
                println!("The database is up to date.");
                Ok(())
            }
            (Command::Serve(_), Some(config)) => serve_until_stopped(store.clone(), config).await,
            (Command::Demo(_), Some(mut config)) => {
                if store.is_empty().await.map_err(runtime_error)? {
                    demo::load(&store).await.map_err(runtime_error)?;
                    println!("Loaded the demo organisation.");
                }
                println!("{}", demo::ACCOUNTS_NOTE);
                let janus = if config.media.is_none() { demo_janus() } else { None };
                if let Some(janus) = &janus {
                    config.media = Some(janus.settings.clone());
                }
                let result = serve_until_stopped(store.clone(), config).await;
                if let Some(janus) = janus {
                    janus.stop();
                }
                result
            }
            (Command::Admin(command), _) => administer(&store, command).await,
            (Command::Serve(_) | Command::Demo(_), None) => Err(Failure::Runtime("server settings missing".into())),
            (Command::Safety(_), _) => Ok(()),
        };
        store.close().await;
        result
    })
}

/// The server reads messages with the learned layer too when its model is
/// installed; a model that is there but broken stops the start.
fn with_detector(mut config: ServerConfig, dir: &Path) -> Result<ServerConfig, Failure> {
    config.safety = services::safety_model::detector(dir).map_err(runtime_error)?;
    if config.safety.learns() {
        tracing::info!(model = %dir.display(), layers = ?config.safety.layers(), "safety net: lexicon and learned layer");
    } else {
        tracing::info!(
            model = %dir.display(),
            "safety net: lexicon only (no learned model installed; see README, \"Installing the learned layer\")"
        );
    }
    Ok(config)
}

fn safety(command: &SafetyCommand, model: &Path) -> Result<(), Failure> {
    match command {
        SafetyCommand::Scan => {
            let detector = services::safety_model::detector(model).map_err(runtime_error)?;
            scan(&detector, std::io::stdin().lock(), std::io::stdout().lock())
        }
        SafetyCommand::InstallModel { from } => {
            services::safety_model::install(from, model).map_err(runtime_error)?;
            println!("Installed the safety net's learned layer in {}.", model.display());
            Ok(())
        }
        SafetyCommand::Pieces { vocab } => {
            let text = std::fs::read_to_string(vocab)
                .map_err(|e| Failure::Runtime(format!("cannot read {}: {e}", vocab.display())))?;
            let vocab = crate::domain::safety::learned::Vocab::parse(&text);
            let mut output = std::io::stdout().lock();
            for line in std::io::stdin().lock().lines() {
                let line = line.map_err(|e| Failure::Runtime(format!("cannot read stdin: {e}")))?;
                let ids: Vec<String> = vocab.pieces(&line).iter().map(u32::to_string).collect();
                writeln!(output, "{}", ids.join(" "))
                    .map_err(|e| Failure::Runtime(format!("cannot write stdout: {e}")))?;
            }
            Ok(())
        }
    }
}

/// `safety scan`: the detector over stdin, one verdict per line. What it
/// reads is never logged.
fn scan(detector: &Detector, input: impl BufRead, mut output: impl std::io::Write) -> Result<(), Failure> {
    let layers = detector.layers();
    for line in input.lines() {
        let line = line.map_err(|e| Failure::Runtime(format!("cannot read stdin: {e}")))?;
        let found = detector.assess(&line);
        let learned = found.learned.as_ref().map(|r| {
            serde_json::json!({
                "score": f64::from(r.score) / 1000.0,
                "stage": r.stage,
                "nearest": r.nearest.iter().map(|(level, n)| serde_json::json!([level, n])).collect::<Vec<_>>(),
            })
        });
        let verdict = serde_json::json!({
            "crisis": found.crisis.is_some(),
            "level": found.crisis.map_or("none", |l| l.as_str()),
            "advice": found.advice,
            "contact": found.contact,
            "reasons": found.reasons,
            "layers": layers,
            "learned": learned,
        });
        writeln!(output, "{verdict}").map_err(|e| Failure::Runtime(format!("cannot write stdout: {e}")))?;
    }
    Ok(())
}

/// Starts the demo's own Janus when it is installed, saying in one line
/// what voice meets will do.
fn demo_janus() -> Option<demo::janus::LocalJanus> {
    match demo::janus::start() {
        Ok(Some(janus)) => {
            println!(
                "Voice meets are on: the demo started Janus, the media server, with its API at {} \
                 (browsers on this machine send audio to {}); it stops with the demo.",
                janus.settings.url, janus.interface
            );
            Some(janus)
        }
        Ok(None) => {
            println!("{}", demo::NO_VOICE_NOTE);
            None
        }
        Err(problem) => {
            println!(
                "Voice meets are off: Janus is installed but could not start ({problem}); text rooms work as usual."
            );
            None
        }
    }
}

fn runtime_error(error: impl std::fmt::Display) -> Failure {
    Failure::Runtime(error.to_string())
}

async fn serve_until_stopped(store: Store, config: ServerConfig) -> Result<(), Failure> {
    let running = server::start(store, config).await.map_err(runtime_error)?;
    println!("Holdspace is running at http://{}/ (press Ctrl-C to stop).", running.local_addr);
    server::stop_signal().await;
    tracing::info!("stop requested; finishing requests under way");
    running.stop().await;
    Ok(())
}

fn read_password_from_stdin() -> Result<String, Failure> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Type the password and press Enter:");
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).map_err(|e| Failure::Runtime(format!("cannot read the password: {e}")))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

async fn administer(store: &Store, command: AdminCommand) -> Result<(), Failure> {
    let tr = I18n::load().translator("en");
    let explain = |error: admin::AdminError| match error {
        admin::AdminError::Invalid(invalid) => Failure::Runtime(tr.get(invalid.key())),
        admin::AdminError::NoSuchMember => Failure::Runtime("there is no member with that alias".into()),
        other => Failure::Runtime(other.to_string()),
    };
    let now = services::now();
    match command {
        AdminCommand::CreateCoordinator(args) => {
            let typed = if args.password_stdin { Some(read_password_from_stdin()?) } else { None };
            let shown = admin::create_coordinator(store, &args.alias, typed, now).await.map_err(explain)?;
            println!("Created coordinator {}.", args.alias.trim());
            if let Some(password) = shown {
                println!("One-time password: {password}");
                println!("It is shown only now. They will choose their own password when they first sign in.");
            }
        }
        AdminCommand::ResetPassword(args) => {
            let typed = if args.password_stdin { Some(read_password_from_stdin()?) } else { None };
            let shown = admin::console_reset_password(store, &args.alias, typed, now).await.map_err(explain)?;
            println!("Set a new password for {}; they have been signed out everywhere.", args.alias.trim());
            if let Some(password) = shown {
                println!("One-time password: {password}");
                println!("It is shown only now. They will choose their own password when they next sign in.");
            }
        }
    }
    Ok(())
}
