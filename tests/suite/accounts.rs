//! Accounts over HTTP: sign-up, sign-in, sessions, recovery, export, deletion.

use holdspace::domain::member::Roles;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Backend, Client, SmtpSink, https_public_url, member, smtp_settings, spawn_app, spawn_app_with};
use crate::on_both_databases;

const PASSWORD: &str = "a calm blue lake";
const FACILITATES: Roles = Roles { facilitator: true, coordinator: false };

async fn sign_up_signs_in_and_shows_recovery_codes_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    let page = browser
        .sign_up_with(&[
            ("alias", "River Stone"),
            ("password", PASSWORD),
            ("email", ""),
            ("pronouns", "they/them"),
            ("language", "en"),
            ("time_zone", "Europe/London"),
        ])
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let codes = page.codes();
    assert_eq!(codes.len(), 8, "eight recovery codes are shown");
    assert!(
        page.set_cookies()
            .iter()
            .any(|c| c.starts_with("hs_session=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"))
    );
    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("River Stone"));
    assert!(account.body.contains("they/them"));
    assert!(account.body.contains("8 unused recovery codes"));
    assert!(!account.body.contains(&codes[0]), "codes are never shown again");
    app.stop().await;
}

async fn sign_up_reports_every_problem_and_keeps_what_was_typed(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    let page = browser
        .sign_up_with(&[("alias", "x"), ("password", "short"), ("email", "not-an-email"), ("time_zone", "Mars/Base")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("at least 2 characters"));
    assert!(page.body.contains("at least 10 characters"), "the password is checked even when the alias is not");
    assert!(page.body.contains("does not look like an email address"));
    assert!(page.body.contains("We could not find that time zone"));
    assert!(page.body.contains("value=\"not-an-email\""), "typed values are kept");
    assert!(page.body.contains("aria-invalid=\"true\""));
    assert!(!page.body.contains("value=\"short\""), "passwords are never echoed");

    browser.sign_up("Asha", PASSWORD).await;
    let second = app.client();
    let taken = second.sign_up("ASHA", PASSWORD).await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("already taken"));
    let long = second.sign_up(&"a".repeat(5000), PASSWORD).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(long.body.contains("at most 32 characters"));
    app.stop().await;
}

async fn sign_in_answers_the_same_for_unknown_alias_and_wrong_password(backend: Backend) {
    let app = spawn_app(backend).await;
    app.client().sign_up("Asha", PASSWORD).await;
    let browser = app.client();
    let wrong_password = browser.sign_in("Asha", "not the password").await;
    let unknown_alias = browser.sign_in("Nobody", "not the password").await;
    assert_eq!(wrong_password.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown_alias.status, StatusCode::UNAUTHORIZED);
    let message =
        |body: &str| body.split("class=\"problem\"").nth(1).map(|s| s.split("</p>").next().unwrap().to_string());
    assert_eq!(message(&wrong_password.body), message(&unknown_alias.body));
    assert_eq!(browser.get("/account").await.status, StatusCode::SEE_OTHER, "still signed out");

    let ok = browser.sign_in("asha", PASSWORD).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location(), "/meets");
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);
    app.stop().await;
}

async fn sign_in_returns_to_where_you_were_but_never_off_site(backend: Backend) {
    let app = spawn_app(backend).await;
    app.client().sign_up("Asha", PASSWORD).await;
    let browser = app.client();
    let bounced = browser.get("/account/password").await;
    assert_eq!(bounced.location(), "/signin?next=%2Faccount%2Fpassword");
    browser.get(bounced.location()).await;
    let back =
        browser.post("/signin", &[("alias", "Asha"), ("password", PASSWORD), ("next", "/account/password")]).await;
    assert_eq!(back.location(), "/account/password");

    let other = app.client();
    other.get("/signin").await;
    let evil = other.post("/signin", &[("alias", "Asha"), ("password", PASSWORD), ("next", "//evil.example/")]).await;
    assert_eq!(evil.location(), "/meets");
    app.stop().await;
}

async fn sign_in_gives_a_new_session_id_and_sign_out_ends_it_on_the_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    let first = browser.sign_up("Asha", PASSWORD).await;
    let first_cookie = first.set_cookies().into_iter().find(|c| c.starts_with("hs_session=")).unwrap();
    let again = browser.sign_in("Asha", PASSWORD).await;
    let second_cookie = again.set_cookies().into_iter().find(|c| c.starts_with("hs_session=")).unwrap();
    assert_ne!(first_cookie, second_cookie, "a fresh session id at every sign-in");
    assert_eq!(app.store.sessions_of(1).await.unwrap().len(), 1, "the old session in this browser ended");

    // Replaying the stolen cookie after sign-out must not work.
    let token = second_cookie.trim_start_matches("hs_session=").split(';').next().unwrap().to_string();
    browser.get("/account").await;
    let out = browser.post("/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out.set_cookies().iter().any(|c| c.starts_with("hs_session=;") && c.contains("Max-Age=0")));
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/account"))
        .header("cookie", format!("hs_session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), StatusCode::SEE_OTHER);
    app.stop().await;
}

async fn forms_without_a_valid_csrf_token_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    browser.sign_up("Asha", PASSWORD).await;
    browser.get("/account").await;
    let missing = browser.post("/account/profile", &[("csrf", ""), ("pronouns", "ze/zir")]).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(missing.body.contains("This form has expired"));
    let forged = browser
        .post("/account/profile", &[("csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), ("pronouns", "ze/zir")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // A token from another browser does not work with this browser's cookies.
    let other = app.client();
    other.get("/signup").await;
    let stolen = browser.post("/account/profile", &[("csrf", &other.csrf()), ("pronouns", "ze/zir")]).await;
    assert_eq!(stolen.status, StatusCode::FORBIDDEN);

    // A valid cookie and token, but sent from another site.
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let form_page = plain.get(app.url("/signup")).send().await.unwrap();
    let csrf_cookie = form_page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with("hs_csrf="))
        .unwrap();
    let token = crate::helpers::csrf_in(&form_page.text().await.unwrap()).unwrap();
    let post = |origin: String| {
        plain
            .post(app.url("/signup"))
            .header("cookie", csrf_cookie.clone())
            .header("origin", origin)
            .form(&[("csrf", token.as_str()), ("alias", "Mallory"), ("password", PASSWORD)])
            .send()
    };
    assert_eq!(post("https://evil.example".into()).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert!(app.store.credentials("mallory").await.unwrap().is_none());
    let response = post(format!("http://{}", app.addr)).await.unwrap();
    let status = response.status();
    assert_eq!(status, StatusCode::OK, "the same request from this site works: {}", response.text().await.unwrap());

    let account = browser.get("/account").await;
    assert!(!account.body.contains("ze/zir"), "nothing changed");

    let ok = browser.post("/account/profile", &[("pronouns", "ze/zir"), ("language", "en")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(browser.get("/account").await.body.contains("ze/zir"));
    app.stop().await;
}

async fn sessions_can_be_seen_and_revoked_from_another_device(backend: Backend) {
    let app = spawn_app(backend).await;
    let laptop = app.client();
    laptop.sign_up("Asha", PASSWORD).await;
    let phone = app.client();
    phone.sign_in("Asha", PASSWORD).await;
    let account = laptop.get("/account").await;
    assert_eq!(account.body.matches("/revoke\"").count(), 2, "both sessions are listed");
    assert!(account.body.contains("This device"));

    let sessions = app.store.sessions_of(1).await.unwrap();
    let phone_session = sessions.iter().map(|s| s.id).max().unwrap();
    let revoked = laptop.post(&format!("/account/sessions/{phone_session}/revoke"), &[]).await;
    assert_eq!(revoked.location(), "/account?done=session-revoked");
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER, "the phone is signed out");
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);

    phone.sign_in("Asha", PASSWORD).await;
    laptop.get("/account").await;
    laptop.post("/account/sessions/revoke-others", &[]).await;
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);
    app.stop().await;
}

async fn idle_sessions_expire(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    browser.sign_up("Asha", PASSWORD).await;
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);
    let long_ago = holdspace::services::now() - holdspace::domain::session::IDLE_TIMEOUT_SECS - 10;
    age_sessions(&app.db.url, long_ago).await;
    let page = browser.get("/account").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(page.set_cookies().iter().any(|c| c.starts_with("hs_session=;")), "the stale cookie is cleared");
    assert!(app.store.sessions_of(1).await.unwrap().is_empty(), "and the session is gone from the server");
    app.stop().await;
}

async fn age_sessions(url: &str, at: i64) {
    execute_sql(url, &format!("UPDATE sessions SET last_seen_at = {at}")).await;
}

/// Runs a statement on a test database, behind the store's back.
async fn execute_sql(url: &str, sql: &str) {
    use sqlx::{AssertSqlSafe, Connection, Executor};
    let sql = AssertSqlSafe(sql.to_string());
    if url.starts_with("sqlite") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
        conn.execute(sql).await.unwrap();
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        conn.execute(sql).await.unwrap();
    }
}

async fn cookies_are_secure_when_the_site_is_https(backend: Backend) {
    let app = spawn_app_with(backend, https_public_url).await;
    let browser = app.client();
    let page = browser.get("/signup").await;
    assert!(page.set_cookies().iter().all(|c| c.contains("; Secure")));
    assert!(page.headers.get("strict-transport-security").is_some());
    app.stop().await;
}

async fn a_recovery_code_sets_a_new_password_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let codes = app.client().sign_up("Asha", PASSWORD).await.codes();
    let browser = app.client();
    browser.get("/recover").await;
    let wrong = browser
        .post("/recover", &[("alias", "Asha"), ("code", "aaaaa-bbbbb"), ("password", "a new long password")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("do not match"));
    let typed = codes[0].to_uppercase().replace('-', " ");
    let ok =
        browser.post("/recover", &[("alias", "asha"), ("code", &typed), ("password", "a new long password")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/account").await.status, StatusCode::OK, "signed in");
    assert_eq!(app.client().sign_in("Asha", "a new long password").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.client().sign_in("Asha", PASSWORD).await.status, StatusCode::UNAUTHORIZED);

    let again = app.client();
    again.get("/recover").await;
    let reused =
        again.post("/recover", &[("alias", "Asha"), ("code", &codes[0]), ("password", "yet another password")]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY, "each code works once");

    browser.get("/account").await;
    let fresh = browser.post("/account/recovery-codes", &[]).await.codes();
    assert_eq!(fresh.len(), 8);
    again.get("/recover").await;
    let old =
        again.post("/recover", &[("alias", "Asha"), ("code", &codes[1]), ("password", "yet another password")]).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY, "old codes stop working");
    app.stop().await;
}

async fn an_emailed_link_resets_the_password(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let port = smtp.port;
    let app = spawn_app_with(backend, |c| c.smtp = Some(smtp_settings(port))).await;
    app.client().sign_up_with(&[("alias", "Asha"), ("password", PASSWORD), ("email", "asha@example.org")]).await;
    let browser = app.client();
    browser.get("/reset").await;
    let sent = browser.post("/reset", &[("email", "ASHA@example.org")]).await;
    assert_eq!(sent.status, StatusCode::OK);
    assert!(sent.body.contains("a link is on its way"));
    browser.get("/reset").await;
    let nobody = browser.post("/reset", &[("email", "nobody@example.org")]).await;
    assert_eq!(nobody.body, sent.body.replace(&csrf_of(&sent.body), &csrf_of(&nobody.body)), "same answer either way");

    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1, "one email, to the address that exists");
    // Undo quoted-printable soft line breaks.
    let mail = messages[0].replace("=\n", "");
    assert!(mail.contains("To: asha@example.org"), "{mail}");
    let start = mail.find("/reset/").expect("the email holds a link");
    let token: String =
        mail[start + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();

    let form = browser.get(&format!("/reset/{token}")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Asha"));
    let weak = browser.post(&format!("/reset/{token}"), &[("password", "short")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = browser.post(&format!("/reset/{token}"), &[("password", "my brand new password")]).await;
    assert_eq!(done.location(), "/account?done=password-changed");
    assert_eq!(browser.get(&format!("/reset/{token}")).await.status, StatusCode::GONE, "links work once");
    assert_eq!(app.client().sign_in("Asha", "my brand new password").await.status, StatusCode::SEE_OTHER);
    app.stop().await;
}

fn csrf_of(body: &str) -> String {
    crate::helpers::csrf_in(body).unwrap_or_default()
}

async fn changing_the_password_ends_other_sessions(backend: Backend) {
    let app = spawn_app(backend).await;
    let laptop = app.client();
    laptop.sign_up("Asha", PASSWORD).await;
    let phone = app.client();
    phone.sign_in("Asha", PASSWORD).await;
    laptop.get("/account/password").await;
    let wrong =
        laptop.post("/account/password", &[("current", "nope nope nope"), ("password", "a different password")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = laptop.post("/account/password", &[("current", PASSWORD), ("password", "a different password")]).await;
    assert_eq!(ok.location(), "/account?done=password-changed");
    assert!(laptop.get(ok.location()).await.body.contains("Your new password is set"));
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER);
    app.stop().await;
}

async fn export_holds_everything_stored_about_the_member(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    browser
        .sign_up_with(&[
            ("alias", "Asha"),
            ("password", PASSWORD),
            ("email", "asha@example.org"),
            ("pronouns", "she/her"),
            ("time_zone", "Asia/Kolkata"),
        ])
        .await;
    let page = browser.get("/account/export").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let data: Value = serde_json::from_str(&page.body).unwrap();
    assert_eq!(data["member"]["alias"], "Asha");
    assert_eq!(data["member"]["email"], "asha@example.org");
    assert_eq!(data["member"]["pronouns"], "she/her");
    assert_eq!(data["member"]["time_zone"], "Asia/Kolkata");
    assert_eq!(data["member"]["roles"], serde_json::json!(["participant"]));
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    assert_eq!(data["recovery_codes_unused"], 8);
    assert!(!page.body.contains("argon2"), "no password hash in the export");
    assert_eq!(app.client().get("/account/export").await.status, StatusCode::SEE_OTHER, "not without signing in");
    app.stop().await;
}

async fn deleting_the_account_removes_it_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    browser.sign_up_with(&[("alias", "Asha"), ("password", PASSWORD), ("email", "asha@example.org")]).await;
    browser.get("/account/delete").await;
    let wrong = browser.post("/account/delete", &[("password", "not my password")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.store.credentials("asha").await.unwrap().is_some());
    let gone = browser.post("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(gone.location(), "/?done=account-deleted");
    assert!(app.store.credentials("asha").await.unwrap().is_none());
    assert_eq!(app.store.member_count().await.unwrap(), 0);
    assert_eq!(app.store.counter("accounts_deleted").await.unwrap(), 1);
    assert_eq!(browser.get("/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.client().sign_in("Asha", PASSWORD).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.client().sign_up("Asha", PASSWORD).await.status, StatusCode::OK, "the alias is free again");
    app.stop().await;
}

async fn a_stranger_cannot_lock_the_owner_out(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.web.trust_proxy = true).await;
    let codes = app.client().sign_up("Asha", PASSWORD).await.codes();
    for _ in 0..12 {
        assert_eq!(app.client().sign_in("Asha", PASSWORD).await.status, StatusCode::SEE_OTHER, "successes never count");
    }

    // One address guessing is slowed after a few tries, even with the right password.
    let guesser = Client::from_address(app.addr, "203.0.113.1");
    guesser.get("/signin").await;
    let wrong = [("alias", "Asha"), ("password", "guess guess guess")];
    for _ in 0..5 {
        assert_eq!(guesser.post("/signin", &wrong).await.status, StatusCode::UNAUTHORIZED);
    }
    let limited = guesser.post("/signin", &[("alias", "Asha"), ("password", PASSWORD)]).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS, "the guesser waits, whatever it sends");
    assert!(limited.headers.get("retry-after").is_some());
    assert!(limited.body.contains("Please try again in a little while"));

    // Many addresses together reach the alias's ceiling; past it, an
    // address gets one try.
    for n in 2..=20 {
        let helper = Client::from_address(app.addr, &format!("203.0.113.{n}"));
        helper.get("/signin").await;
        for _ in 0..5 {
            assert_eq!(helper.post("/signin", &wrong).await.status, StatusCode::UNAUTHORIZED);
        }
    }
    let late = Client::from_address(app.addr, "198.51.100.7");
    late.get("/signin").await;
    assert_eq!(late.post("/signin", &wrong).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(late.post("/signin", &wrong).await.status, StatusCode::TOO_MANY_REQUESTS);

    // The owner, from an address with no failures, still gets in.
    let phone = Client::from_address(app.addr, "192.0.2.50");
    assert_eq!(phone.sign_in("Asha", PASSWORD).await.location(), "/meets");
    assert_eq!(phone.get("/account").await.status, StatusCode::OK);

    // Password failures never hold back a recovery code, even from the guesser's address.
    guesser.get("/recover").await;
    let recovered =
        guesser.post("/recover", &[("alias", "Asha"), ("code", &codes[0]), ("password", "a new long password")]).await;
    assert_eq!(recovered.location(), "/account?done=password-changed");
    app.stop().await;
}

async fn a_burst_of_wrong_confirmations_is_refused_and_others_still_sign_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let asha = app.client();
    asha.sign_up("Asha", PASSWORD).await;
    app.client().sign_up("Bela", PASSWORD).await;
    let bela = app.client();
    bela.get("/signin").await;
    asha.get("/account/password").await;
    let guesses = (0..40).map(|n| {
        if n % 2 == 0 {
            asha.post("/account/password", &[("current", "wrong guess here"), ("password", "a different password")])
        } else {
            asha.post("/account/delete", &[("password", "wrong guess here")])
        }
    });
    let (answers, signed_in) = tokio::join!(
        futures_util::future::join_all(guesses),
        bela.post("/signin", &[("alias", "Bela"), ("password", PASSWORD)])
    );
    assert_eq!(signed_in.location(), "/meets", "another member signs in during the burst");
    let refused: Vec<_> = answers.iter().filter(|a| a.status == StatusCode::TOO_MANY_REQUESTS).collect();
    assert!(refused.len() >= 30, "most guesses are refused before any hashing ({} of 40)", refused.len());
    assert!(refused.iter().all(|a| a.body.contains("Please try again in a little while")));
    assert!(
        answers.iter().all(|a| [StatusCode::TOO_MANY_REQUESTS, StatusCode::UNPROCESSABLE_ENTITY].contains(&a.status))
    );
    assert!(app.store.credentials("asha").await.unwrap().is_some(), "nothing was deleted");
    app.stop().await;
}

/// The `hs_session=…` pair a response sets.
fn session_cookie_of(page: &crate::helpers::Page) -> String {
    let set = page.set_cookies().into_iter().find(|c| c.starts_with("hs_session=")).expect("a session cookie");
    set.split(';').next().unwrap().to_string()
}

async fn a_one_time_password_reaches_nothing_but_choosing_a_new_one(backend: Backend) {
    use crate::rooms::{circle_with_meet, connect, open_room, person};
    let app = spawn_app(backend).await;
    let (circle, meet) = circle_with_meet(&app, "one-time", false).await;
    let (ruth, _) = person(&app, circle, meet, "Ruth", FACILITATES).await;
    person(&app, circle, meet, "Kai", FACILITATES).await;
    open_room(&ruth, meet).await;
    let now = holdspace::services::now();
    let one_time =
        holdspace::services::admin::console_reset_password(&app.store, "Kai", None, now).await.unwrap().unwrap();
    let kai = app.client();
    let signed_in = kai.sign_in("Kai", &one_time).await;
    assert_eq!(signed_in.location(), "/account/password");
    let cookie = session_cookie_of(&signed_in);

    let api = kai.get(&format!("/api/v1/meets/{meet}")).await;
    assert_eq!(api.status, StatusCode::FORBIDDEN);
    let json: Value = serde_json::from_str(&api.body).expect("the API answers in JSON");
    assert!(json.get("attendees").is_none() && json["error"].is_string(), "{json}");
    for page in [format!("/meets/{meet}/room"), "/circles".into(), "/account".into(), "/account/export".into()] {
        let answer = kai.get(&page).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{page}");
        assert_eq!(answer.location(), "/account/password", "{page}");
    }
    assert_eq!(connect(&app, meet, Some(&cookie), None).await.err(), Some(StatusCode::FORBIDDEN));

    let form = kai.get("/account/password").await;
    assert_eq!(form.status, StatusCode::OK);
    let chosen = kai.post("/account/password", &[("current", &one_time), ("password", "kai picks a new phrase")]).await;
    assert_eq!(chosen.location(), "/account?done=password-changed");
    let api = kai.get(&format!("/api/v1/meets/{meet}")).await;
    assert_eq!(api.status, StatusCode::OK);
    assert!(api.body.contains("attendees"), "their own password opens everything again");
    assert!(connect(&app, meet, Some(&cookie), None).await.is_ok());
    app.stop().await;
}

async fn a_one_time_password_can_still_sign_out(backend: Backend) {
    let app = spawn_app(backend).await;
    app.client().sign_up("Asha", PASSWORD).await;
    let now = holdspace::services::now();
    let one_time =
        holdspace::services::admin::console_reset_password(&app.store, "Asha", None, now).await.unwrap().unwrap();
    let browser = app.client();
    browser.sign_in("Asha", &one_time).await;
    browser.get("/account/password").await;
    let out = browser.post("/signout", &[]).await;
    assert_eq!(out.location(), "/?done=signed-out");
    assert!(app.store.sessions_of(1).await.unwrap().is_empty());
    app.stop().await;
}

async fn sign_up_refuses_the_commonest_passwords_and_says_why(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    for (password, why) in [
        ("Password123!", "one of the most common"),
        ("qwertyuiop", "one of the most common"),
        ("holdspace2026", "one of the most common"),
        ("zzzzzzzzzzzz", "a simple pattern"),
        ("Asha Rose 1990", "your alias with numbers"),
    ] {
        let page = browser.sign_up("Asha Rose", password).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{password}");
        assert!(page.body.contains(why), "{password}: {why}");
    }
    assert_eq!(app.store.member_count().await.unwrap(), 0);
    assert_eq!(browser.sign_up("Asha Rose", PASSWORD).await.status, StatusCode::OK);
    app.stop().await;
}

async fn recover_answers_the_same_for_a_known_and_an_unknown_alias(backend: Backend) {
    let app = spawn_app(backend).await;
    app.client().sign_up("Asha", PASSWORD).await;
    let browser = app.client();
    let answer = |alias: &'static str, password: &'static str| {
        let browser = &browser;
        async move {
            browser.get("/recover").await;
            let page =
                browser.post("/recover", &[("alias", alias), ("code", "aaaaa-bbbbb"), ("password", password)]).await;
            let body = page.body.replace(&csrf_of(&page.body), "CSRF").replace(alias, "ALIAS");
            (page.status, body)
        }
    };
    for password in ["short", "password1234", "a long and fine new password"] {
        let known = answer("Asha", password).await;
        let unknown = answer("Nobody", password).await;
        assert_eq!(known.0, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(known, unknown, "the same answer for a known and an unknown alias ({password})");
    }
    app.stop().await;
}

/// Every member's alias and stored skeleton, oldest first.
async fn stored_skeletons(url: &str) -> Vec<(String, Option<String>)> {
    use sqlx::Connection;
    const SQL: &str = "SELECT alias, alias_skeleton FROM members ORDER BY id";
    if url.starts_with("sqlite") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::query_as(SQL).fetch_all(&mut conn).await.unwrap()
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query_as(SQL).fetch_all(&mut conn).await.unwrap()
    }
}

/// "Meera" with a Cyrillic М and е.
const CYRILLIC_MEERA: &str = "\u{41c}\u{435}\u{435}ra";

async fn look_alike_aliases_are_refused_at_sign_up_and_for_coordinators(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(app.client().sign_up("Meera", PASSWORD).await.status, StatusCode::OK);
    for look_alike in [CYRILLIC_MEERA, "Mee ra", "MEE_RA"] {
        let page = app.client().sign_up(look_alike, PASSWORD).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{look_alike}");
        assert!(page.body.contains("looks very like someone else"), "{look_alike}");
    }
    assert!(app.client().sign_up("meera", PASSWORD).await.body.contains("already taken"));
    for staff in ["Facilitator Jo", "\u{410}dmin"] {
        assert!(app.client().sign_up(staff, PASSWORD).await.body.contains("kept for the organisation"), "{staff}");
    }
    let now = holdspace::services::now();
    let coordinator = holdspace::services::admin::create_coordinator(&app.store, CYRILLIC_MEERA, None, now).await;
    assert!(
        matches!(coordinator, Err(holdspace::services::admin::AdminError::Invalid(i)) if i.key() == "alias-resembles")
    );
    assert_eq!(app.store.member_count().await.unwrap(), 1);
    app.stop().await;
}

async fn racing_look_alike_sign_ups_cannot_both_win(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.web.trust_proxy = true).await;
    let aliases = ["Priya", "\u{420}riya", "PRIYA", "Pri ya", "pri-ya", "Priуa"];
    // From six places, so that all six are hashed and race to be stored.
    let browsers: Vec<Client> =
        (1..=aliases.len()).map(|n| Client::from_address(app.addr, &format!("198.51.100.{n}"))).collect();
    for browser in &browsers {
        browser.get("/signup").await;
    }
    let attempts = browsers.iter().zip(aliases).map(|(browser, alias)| async move {
        browser.post("/signup", &[("alias", alias), ("password", PASSWORD)]).await
    });
    let answers = futures_util::future::join_all(attempts).await;
    let created = answers.iter().filter(|a| a.status == StatusCode::OK).count();
    assert_eq!(created, 1, "exactly one of the look-alikes gets the alias");
    assert_eq!(app.store.member_count().await.unwrap(), 1);
    app.stop().await;
}

async fn members_from_before_keep_their_aliases_and_look_alikes_stay_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    // Two look-alikes and another member, as stored before skeletons existed.
    for alias in ["Meera", CYRILLIC_MEERA, "Jo"] {
        crate::helpers::member(&app, alias, Roles::default()).await;
        execute_sql(&app.db.url, "UPDATE members SET alias_skeleton = NULL").await;
    }
    app.store.migrate().await.unwrap();
    let skeleton = |alias: &str| Some(holdspace::domain::alias::skeleton_of(alias));
    let expected = vec![
        ("Meera".to_string(), skeleton("Meera")),
        (CYRILLIC_MEERA.to_string(), None),
        ("Jo".into(), skeleton("Jo")),
    ];
    assert_eq!(stored_skeletons(&app.db.url).await, expected, "the first to join holds the skeleton");
    app.store.migrate().await.unwrap();
    assert_eq!(stored_skeletons(&app.db.url).await, expected, "and starting again changes nothing");
    let page = app.client().sign_up("MEE RA", PASSWORD).await;
    assert!(page.body.contains("looks very like someone else"));
    assert!(app.client().sign_up("J o", PASSWORD).await.body.contains("looks very like someone else"));
    app.stop().await;
}

/// Zones and countries are given by name and read back by name; times on the
/// account and coordinator pages say the zone as people do, never its code.
async fn places_are_named_as_people_say_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.client();
    let page =
        browser.sign_up_with(&[("alias", "Asha"), ("password", PASSWORD), ("time_zone", "kolkata (india)")]).await;
    assert!(page.body.contains("Your recovery codes"), "signed up");
    let account = browser.get("/account").await.body;
    assert!(account.contains("value=\"Kolkata (India)\""), "the zone by its name");
    assert!(account.contains(" India time</"), "session times in words: {account}");
    assert!(!account.contains("Asia/"), "no zone codes");
    let saved =
        browser.post("/account/profile", &[("language", "en"), ("time_zone", "India"), ("country", "the UK")]).await;
    assert_eq!(saved.location(), "/account?done=profile-saved");
    assert!(browser.get("/account").await.body.contains("value=\"United Kingdom\""), "a country by its name");
    let which = browser.post("/account/profile", &[("language", "en"), ("time_zone", "United States")]).await;
    assert!(which.body.contains("more than one time zone"), "a country of many clocks asks which");

    let (coordinator, _) = member(&app, "Meera", Roles { facilitator: false, coordinator: true }).await;
    let members = coordinator.get("/admin/members").await.body;
    assert!(members.contains(" UTC<") && !members.contains("(UTC)"), "UTC said once, as a name: {members}");
    app.stop().await;
}

on_both_databases!(
    sign_up_signs_in_and_shows_recovery_codes_once,
    places_are_named_as_people_say_them,
    sign_up_reports_every_problem_and_keeps_what_was_typed,
    sign_in_answers_the_same_for_unknown_alias_and_wrong_password,
    sign_in_returns_to_where_you_were_but_never_off_site,
    sign_in_gives_a_new_session_id_and_sign_out_ends_it_on_the_server,
    forms_without_a_valid_csrf_token_are_refused_and_change_nothing,
    sessions_can_be_seen_and_revoked_from_another_device,
    idle_sessions_expire,
    cookies_are_secure_when_the_site_is_https,
    a_recovery_code_sets_a_new_password_once,
    an_emailed_link_resets_the_password,
    changing_the_password_ends_other_sessions,
    export_holds_everything_stored_about_the_member,
    deleting_the_account_removes_it_at_once,
    a_stranger_cannot_lock_the_owner_out,
    a_burst_of_wrong_confirmations_is_refused_and_others_still_sign_in,
    a_one_time_password_reaches_nothing_but_choosing_a_new_one,
    a_one_time_password_can_still_sign_out,
    sign_up_refuses_the_commonest_passwords_and_says_why,
    recover_answers_the_same_for_a_known_and_an_unknown_alias,
    look_alike_aliases_are_refused_at_sign_up_and_for_coordinators,
    racing_look_alike_sign_ups_cannot_both_win,
    members_from_before_keep_their_aliases_and_look_alikes_stay_refused,
);
