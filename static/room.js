// The live room. One small script, no framework: it speaks the room
// protocol (docs/room-protocol.md) over a WebSocket and keeps the page in
// step. Text is always inserted as text, never as HTML, and links are not
// fetched or previewed.
"use strict";

(() => {
  const root = document.getElementById("room");
  if (!root) return;

  const strings = JSON.parse(document.getElementById("room-strings").textContent);
  const t = (key, vars = {}) => (strings[key] || key).replace(/\{\$(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (name === "text") node.textContent = value;
      else if (name === "hidden") node.hidden = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  const meet = root.dataset.meet;
  // Times in the person's own clock style and zone, as the server writes them
  // on every page ("7:05 pm" or "19:05"), not the browser's locale default.
  const clock = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    hour: "numeric",
    minute: "2-digit",
    hour12: root.dataset.twelveHour === "true",
    timeZone: root.dataset.zone || undefined,
  });
  const clockTime = (at) =>
    clock
      .formatToParts(new Date(at))
      .map((part) => (part.type === "dayPeriod" ? part.value.toLowerCase() : part.value))
      .join("");
  const state = {
    socket: null,
    lastSeq: 0,
    retry: 0,
    over: false,
    me: 0,
    role: "",
    status: "open",
    endsAt: 0,
    people: new Map(),
    queue: [],
    round: null,
    reactions: new Map(),
    pending: "",
    blocked: new Set(),
    report: null,
  };

  // ---- Announcements for screen readers, gathered so they never flood ----
  let unread = [];
  setInterval(() => {
    if (unread.length === 0) return;
    $("announcer").textContent =
      unread.length === 1 ? unread[0] : t("room-new-messages", { count: unread.length, people: [...new Set(unread.map((u) => u.split(":")[0]))].join(", ") });
    unread = [];
  }, 1500);

  const setStatus = (key, vars) => {
    $("room-status").textContent = t(key, vars);
  };

  const banner = (key) => {
    const b = $("room-banner");
    b.hidden = !key;
    b.textContent = key ? t(key) : "";
  };

  const privateCard = (title, body) => {
    const close = el("button", { type: "button", class: "link-button", text: "×", "aria-label": t("room-dismiss") });
    const card = el("div", { class: "private-card" }, el("p", { class: "private-title", text: title }), body ? el("p", { text: body }) : null, close);
    close.addEventListener("click", () => card.remove());
    $("room-private").append(card);
    return card;
  };

  // ---- The safety net: the care card, reports, alerts for facilitators ----
  const showCare = (asked) => {
    const card = $("care-card");
    $("care-crisis").hidden = asked;
    $("care-asked").hidden = !asked;
    card.hidden = false;
    $("care-heading").focus();
  };

  const openReport = (target, about) => {
    state.report = target;
    $("report-about").textContent = about;
    $("report-reason").value = "";
    $("report-box").hidden = false;
    $("report-heading").focus();
  };

  // A guest is marked wherever their alias appears, so nobody passes for a member.
  const named = (alias, guest) => (guest ? `${alias} (${t("room-guest")})` : alias);
  const isGuest = (pid) => state.people.get(pid)?.role === "guest";

  const alertLevels = { passive: "room-alert-level-passive", active: "room-alert-level-active", method: "room-alert-level-method", self_harm: "room-alert-level-self-harm", farewell: "room-alert-level-farewell" };

  // The learned layer's reasons: how sure, and the levels of the labelled
  // examples closest in meaning (never their words).
  const learnedWhy = (learned) =>
    t("room-alert-learned", {
      score: Math.round(learned.score / 10),
      like: learned.nearest.map(([level, n]) => `${t(alertLevels[level] || "room-alert-level-none")} (${n})`).join(", "),
    });

  // Earlier alerts wait in the facilitator's tools, counted on the group's title.
  let alertCount = 0;
  const listAlert = (item) => {
    $("alerts").prepend(item);
    alertCount += 1;
    $("alerts-heading").textContent = t("room-alerts-count", { count: alertCount });
    $("alerts-none").hidden = true;
  };

  const addAlert = (alert) => {
    if (!$("alerts")) return;
    const alias = named(alert.alias, alert.guest);
    const title =
      alert.kind === "crisis"
        ? t("room-alert-crisis", { alias, level: t(alertLevels[alert.level] || "room-alert-level-active") })
        : alert.kind === "asked"
          ? t("room-alert-asked", { alias })
          : t("room-alert-contact-held", { alias });
    const item = el("li", { class: `alert ${alert.kind}` }, el("p", { class: "private-title", text: title }));
    if (alert.words) item.append(el("p", { text: t("room-alert-said", { words: alert.words }) }));
    if (alert.learned) item.append(el("p", { text: learnedWhy(alert.learned) }));
    if (alert.message) {
      const link = el("a", { href: `#message-${alert.message}`, text: t("room-alert-show-message") });
      item.append(el("p", {}, link));
    }
    listAlert(item);
    unread.push(title);
    if (alert.kind !== "contact_held") raiseAlert({ ...alert, title });
  };

  // ---- The alert banner: pinned at the top of a facilitator's view, with
  // the tab's title changed, until they dismiss it. The oldest alert shows
  // and the others wait behind it, so the banner never changes under the
  // facilitator's fingers while they answer. ----
  const pageTitle = document.title;
  const waiting = [];

  const showBanner = () => {
    const banner = $("alert-banner");
    const alert = waiting[0];
    for (const item of document.querySelectorAll(".message.flagged")) {
      if (waiting.some((a) => `message-${a.message}` === item.id)) continue;
      item.classList.remove("flagged");
      item.querySelector(".badge.flag")?.remove();
    }
    if (!alert) {
      banner.hidden = true;
      document.title = pageTitle;
      return;
    }
    $("alert-banner-title").textContent = alert.title;
    $("alert-banner-words").textContent = alert.words ? t("room-alert-said", { words: alert.words }) : (alert.note ?? "");
    $("alert-banner-more").textContent = waiting.length > 1 ? t("room-alert-more", { count: waiting.length - 1 }) : "";
    $("alert-show").hidden = !alert.message;
    $("alert-check-in").hidden = !alert.pid;
    $("alert-reply").hidden = true;
    $("alert-check-in").setAttribute("aria-expanded", "false");
    $("alert-reply-sent").textContent = "";
    banner.hidden = false;
    document.title = `${alert.pid ? t("room-alert-tab-title", { alias: named(alert.alias, alert.guest) }) : t("room-alert-tab-report")} · ${pageTitle}`;
    if (alert.message) flagMessage(alert.message);
  };

  const flagMessage = (id) => {
    const item = document.getElementById(`message-${id}`);
    if (!item || item.classList.contains("flagged")) return;
    item.classList.add("flagged");
    item.querySelector(".author")?.append(el("span", { class: "badge flag", text: t("room-alert-flag") }));
  };

  const raiseAlert = (alert) => {
    if (!$("alert-banner")) return;
    waiting.push(alert);
    if (waiting.length === 1) showBanner();
    else $("alert-banner-more").textContent = t("room-alert-more", { count: waiting.length - 1 });
  };

  const addReport = (report) => {
    if (!$("alerts")) return;
    const seen = el("button", { type: "button", class: "button small", text: t("room-report-seen-button") });
    seen.addEventListener("click", () => send({ type: "seen", report: report.id }));
    const title = t("room-report-from", {
      from: named(report.from_alias, isGuest(report.from)),
      about: report.about_alias ? named(report.about_alias, isGuest(report.about)) : "",
    });
    const item = el(
      "li",
      { class: "alert report", id: `report-${report.id}` },
      el("p", { class: "private-title", text: title }),
      report.reason ? el("p", { text: report.reason }) : null,
      report.message ? el("p", {}, el("a", { href: `#message-${report.message}`, text: t("room-alert-show-message") })) : null,
      seen,
    );
    listAlert(item);
    unread.push(title);
    // A report shows in the banner too; the private check-in there is for someone who may need care.
    raiseAlert({ title, note: report.reason, message: report.message });
  };

  // ---- People ----
  const nameOf = (pid) => state.people.get(pid)?.alias ?? "";

  const renderPeople = () => {
    const roster = $("roster");
    roster.replaceChildren();
    const select = $("person");
    const chosen = select ? select.value : "";
    if (select) select.replaceChildren();
    for (const p of state.people.values()) {
      const badges = [];
      if (p.role === "facilitator") badges.push(t("room-facilitator"));
      if (p.role === "guest") badges.push(t("room-guest"));
      if (p.pid === state.me) badges.push(t("room-you"));
      const presence = !p.here ? t("room-not-here") : p.away ? t("room-away") : t("room-here");
      const li = el(
        "li",
        { class: p.here && !p.away ? "present" : "absent", "data-pid": String(p.pid) },
        el(
          "p",
          { class: "person-line" },
          el("span", { class: "person-name", text: p.alias }),
          p.pronouns ? el("span", { class: "pronouns", text: ` (${p.pronouns})` }) : null,
          ...badges.map((b) => el("span", { class: "badge", text: b })),
          el("span", { class: "meta", text: ` ${presence}` }),
          p.hand ? el("span", { class: "badge hand", text: t("room-hand-raised") }) : null,
        ),
      );
      if (p.pid !== state.me) {
        const blocked = state.blocked.has(p.pid);
        const report = el("button", { type: "button", class: "button secondary small", text: t("room-report"), "aria-label": `${t("room-report")} ${p.alias}` });
        report.addEventListener("click", () => openReport({ about: p.pid }, t("room-report-person", { alias: p.alias })));
        const block = el("button", { type: "button", class: "button secondary small", "aria-pressed": String(blocked), text: blocked ? t("room-unblock") : t("room-block"), "aria-label": `${blocked ? t("room-unblock") : t("room-block")} ${p.alias}` });
        block.addEventListener("click", () => send({ type: "block", pid: p.pid, blocked: !state.blocked.has(p.pid) }));
        li.append(el("p", { class: "person-actions", role: "group", "aria-label": t("room-person-actions", { alias: p.alias }) }, report, block));
      }
      roster.append(li);
      if (select && p.pid !== state.me) select.append(el("option", { value: String(p.pid), text: p.alias }));
    }
    if (select && chosen) select.value = chosen;
    const queue = $("queue");
    queue.replaceChildren(...state.queue.map((pid) => el("li", { text: nameOf(pid) })));
    // An empty queue is a sentence, not a numbered list of one.
    queue.hidden = state.queue.length === 0;
    $("queue-empty").hidden = state.queue.length > 0;
    const mine = state.people.get(state.me);
    if (mine) {
      $("hand").setAttribute("aria-pressed", String(mine.hand));
      $("away").setAttribute("aria-pressed", String(mine.away));
    }
  };

  // ---- Messages ----
  const reactionKinds = [
    ["nod", "room-react-nod"],
    ["hear_you", "room-react-hear-you"],
    ["me_too", "room-react-me-too"],
    ["heart", "room-react-heart"],
  ];

  const reactionLabel = (key, count) => (count ? `${t(key)} · ${count}` : t(key));

  const reactionButtons = (message) => {
    const group = el("div", { class: "reactions", role: "group", "aria-label": t("room-react-to", { alias: message.alias }) });
    for (const [kind, key] of reactionKinds) {
      const count = state.reactions.get(`${message.id}:${kind}`) ?? 0;
      // Inside a message, controls are reached with the arrow keys (one Tab stop per message).
      const button = el("button", { type: "button", class: "reaction", tabindex: "-1", "data-kind": kind, text: reactionLabel(key, count) });
      button.addEventListener("click", () => send({ type: "react", to: message.id, reaction: kind }));
      group.append(button);
    }
    return group;
  };

  // What language a message is in is not known; one with Devanagari in it is
  // marked Hindi so a screen reader reads it with a Hindi voice (which also
  // reads the English mixed in), and anything else keeps the page's language.
  const messageLang = (text) => (/[\u0900-\u097F]/.test(text) ? { lang: "hi" } : {});

  const addMessage = (message, announce) => {
    if (state.blocked.has(message.from)) return;
    const body = el("div", { class: "message-body" });
    if (message.cw) {
      const hiddenText = el("p", { class: "message-text", text: message.text, hidden: true, ...messageLang(message.text) });
      const reveal = el("button", { type: "button", class: "button secondary small", tabindex: "-1", "aria-expanded": "false", text: t("room-cw-show") });
      reveal.addEventListener("click", () => {
        hiddenText.hidden = !hiddenText.hidden;
        reveal.setAttribute("aria-expanded", String(!hiddenText.hidden));
      });
      body.append(el("p", { class: "cw", text: t("room-cw", { topic: message.cw }) }), reveal, hiddenText);
    } else {
      body.append(el("p", { class: "message-text", text: message.text, ...messageLang(message.text) }));
    }
    const time = clockTime(message.at);
    const item = el(
      "li",
      { id: `message-${message.id}`, class: message.from === state.me ? "message mine" : "message", tabindex: "0", "aria-describedby": "message-keys" },
      el(
        "p",
        { class: "author" },
        el("span", { text: message.alias }),
        message.guest ? el("span", { class: "badge", text: t("room-guest") }) : null,
        el("span", { class: "meta", text: ` ${time}` }),
      ),
      body,
      reactionButtons(message),
    );
    if (message.from !== state.me) {
      const report = el("button", { type: "button", class: "link-button small report-message", tabindex: "-1", text: t("room-report"), "aria-label": t("room-report-message", { alias: message.alias }) });
      report.addEventListener("click", () => openReport({ message: message.id }, t("room-report-message", { alias: message.alias })));
      item.append(report);
    }
    item.dataset.message = JSON.stringify({ id: message.id, alias: message.alias });
    item.dataset.from = String(message.from);
    $("messages").append(item);
    // An alert can arrive before the message it is about.
    if (waiting.some((a) => a.message === message.id)) flagMessage(message.id);
    item.scrollIntoView({ block: "nearest" });
    if (announce && message.from !== state.me) {
      const author = named(message.alias, message.guest);
      unread.push(message.cw ? `${author}: ${t("room-cw", { topic: message.cw })}` : `${author}: ${message.text}`);
    }
  };

  // Counts change in place, so a button someone is on keeps their focus.
  const refreshReactions = (id) => {
    const item = document.getElementById(`message-${id}`);
    if (!item) return;
    for (const [kind, key] of reactionKinds) {
      const button = item.querySelector(`.reaction[data-kind="${kind}"]`);
      if (button) button.textContent = reactionLabel(key, state.reactions.get(`${id}:${kind}`) ?? 0);
    }
  };

  // Each message is one Tab stop. Left and right (Home, End) move among its
  // controls, up and down between messages, Escape back to the message.
  $("messages").addEventListener("keydown", (event) => {
    const item = event.target.closest(".message");
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = [...item.querySelectorAll("button")].filter((b) => !b.disabled && b.getClientRects().length > 0);
    const at = controls.indexOf(event.target);
    const moves = {
      ArrowRight: () => controls[at + 1] ?? controls[0],
      ArrowLeft: () => (at <= 0 ? controls[controls.length - 1] : controls[at - 1]),
      Home: () => (at >= 0 ? controls[0] : null),
      End: () => (at >= 0 ? controls[controls.length - 1] : null),
      ArrowDown: () => item.nextElementSibling,
      ArrowUp: () => item.previousElementSibling,
      Escape: () => (at >= 0 ? item : null),
    };
    const next = moves[event.key]?.();
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  // ---- Rounds ----
  const roundTitle = (kind) => t({ check_in: "room-round-check-in", talking_piece: "room-round-talking-piece", check_out: "room-round-check-out" }[kind]);

  // A check-in's number comes only to those the circle lets see it; the word always comes.
  const responseText = (pid, r) => {
    const alias = nameOf(pid);
    if (r.kind === "mood") {
      const key = r.mood ? "room-mood-number" : "room-mood-shared";
      return t(r.word ? `${key}-word` : key, { alias, mood: r.mood, word: r.word });
    }
    return t(r.kind === "passed" ? "room-passed" : "room-shared", { alias });
  };

  const renderRound = () => {
    const round = state.round;
    $("round").hidden = !round;
    if (!round) return;
    $("round-heading").textContent = roundTitle(round.kind);
    const responded = round.responses.some(([pid]) => pid === state.me);
    const piece = round.kind === "talking_piece";
    const mine = piece && round.turn === state.me;
    $("round-turn").textContent = piece ? (mine ? t("room-your-turn") : round.turn ? t("room-turn-of", { alias: nameOf(round.turn) }) : "") : "";
    $("round-guide").textContent = mine && round.time_guide_secs ? t("room-time-guide", { minutes: Math.round(round.time_guide_secs / 60) }) : "";
    $("round-mood").hidden = piece || responded;
    $("round-done").hidden = !mine;
    $("round-pass").hidden = piece ? !mine : responded;
    $("round-responses").replaceChildren(...round.responses.map(([pid, r]) => el("li", { text: responseText(pid, r) })));
  };

  // ---- Room state ----
  const renderStatus = () => {
    const paused = state.status === "paused";
    banner(paused ? "room-paused-banner" : null);
    const canPost = !paused || state.role === "facilitator";
    $("message-text").disabled = !canPost || state.over;
    if ($("pause")) {
      $("pause").hidden = paused;
      $("resume").hidden = !paused;
    }
  };

  const renderPinned = (text) => {
    $("pinned").hidden = !text;
    $("pinned-text").textContent = text || "";
  };

  // Time as people say it ("in 35 minutes", "in 3 hours", "tomorrow"), in the page's language.
  const startsAt = Number(root.dataset.starts) || 0;
  const relative = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: "auto" });
  const fromNow = (ms) => {
    const minutes = Math.max(1, Math.ceil(ms / 60000));
    if (minutes < 90) return relative.format(minutes, "minute");
    const hours = Math.round(minutes / 60);
    return hours < 36 ? relative.format(hours, "hour") : relative.format(Math.round(hours / 24), "day");
  };

  const renderTime = () => {
    if (!state.endsAt || state.over) return;
    const now = Date.now();
    $("room-time").textContent =
      startsAt > now ? t("room-starts", { when: fromNow(startsAt - now) }) : state.endsAt > now ? t("room-ends", { when: fromNow(state.endsAt - now) }) : t("room-over-time");
  };
  setInterval(renderTime, 30000);

  // The banner says why the room is over, once; the status line above it steps aside.
  const finish = (key, reason) => {
    state.over = true;
    banner(key);
    if (reason) $("room-banner").append(el("span", { text: ` ${reason}` }));
    $("room-status").textContent = "";
    for (const control of root.querySelectorAll("button, textarea, input, select")) {
      if (!control.closest(".end-form")) control.disabled = true;
    }
    $("room-time").textContent = "";
  };

  const welcome = (frame) => {
    // Someone who was here before learns why the room is suddenly empty.
    const restarted = frame.restarted && state.me !== 0;
    state.me = frame.you;
    state.role = frame.role;
    // The server remembers blocks for the meet; a reloaded page learns them here.
    state.blocked = new Set(frame.blocked ?? []);
    const s = frame.snapshot;
    state.status = s.status;
    state.endsAt = s.ends_at;
    state.people = new Map(s.people.map((p) => [p.pid, p]));
    state.queue = s.queue;
    state.round = s.round;
    $("mood-who").textContent = t(s.mood_numbers === "everyone" ? "room-mood-who-everyone" : "room-mood-who-facilitators");
    // The snapshot counts responses without words, so a reload or a long gap keeps them.
    state.reactions = new Map(s.messages.flatMap((m) => Object.entries(m.reactions ?? {}).map(([kind, count]) => [`${m.id}:${kind}`, count])));
    $("messages").replaceChildren();
    for (const m of s.messages) addMessage(m, false);
    renderPinned(s.pinned);
    renderPeople();
    renderRound();
    renderStatus();
    renderTime();
    if (restarted) privateCard(t("room-restarted"));
  };

  const errorKeys = {
    malformed: "room-error-malformed",
    unknown_type: "room-error-unknown",
    slow_down: "room-error-slow-down",
    paused: "room-error-paused",
    muted: "room-error-muted",
    not_your_turn: "room-error-not-your-turn",
    too_long: "room-error-too-long",
    empty: "room-error-empty",
    too_slow: "room-error-too-slow",
    nothing_to_report: "room-error-nothing-to-report",
  };

  const handle = (f) => {
    switch (f.type) {
      case "welcome":
        welcome(f);
        break;
      case "joined":
        state.people.set(f.person.pid, f.person);
        if (state.round?.kind === "talking_piece") state.round.order.push(f.person.pid);
        renderPeople();
        break;
      case "presence": {
        const p = state.people.get(f.pid);
        if (p) Object.assign(p, { here: f.here, away: f.away });
        renderPeople();
        break;
      }
      case "left":
        state.people.delete(f.pid);
        state.queue = state.queue.filter((pid) => pid !== f.pid);
        renderPeople();
        break;
      case "message":
        addMessage(f.message, true);
        break;
      case "reaction": {
        const key = `${f.to}:${f.reaction}`;
        state.reactions.set(key, (state.reactions.get(key) ?? 0) + 1);
        refreshReactions(f.to);
        break;
      }
      case "hand": {
        const p = state.people.get(f.pid);
        if (p) p.hand = f.up;
        state.queue = f.up ? [...state.queue.filter((pid) => pid !== f.pid), f.pid] : state.queue.filter((pid) => pid !== f.pid);
        renderPeople();
        break;
      }
      case "floor":
        unread.push(t("room-floor", { alias: nameOf(f.pid) }));
        setStatus("room-floor", { alias: nameOf(f.pid) });
        break;
      case "round_started":
        state.round = f.round;
        renderRound();
        unread.push(roundTitle(f.round.kind));
        break;
      case "turn":
        if (state.round) Object.assign(state.round, { turn: f.pid, turn_started_at: f.started_at });
        renderRound();
        if (f.pid === state.me) unread.push(t("room-your-turn"));
        break;
      case "round_response":
        if (state.round) state.round.responses.push([f.pid, f.response]);
        renderRound();
        break;
      case "round_ended":
        state.round = null;
        renderRound();
        break;
      case "paused":
      case "resumed":
        state.status = f.type === "paused" ? "paused" : "open";
        renderStatus();
        break;
      case "pinned":
        renderPinned(f.text);
        break;
      case "nudge":
        privateCard(t("room-nudge-title"), f.text);
        break;
      case "muted":
        privateCard(t("room-muted-until", { time: clockTime(f.until) }));
        break;
      case "unmuted":
        privateCard(t("room-unmuted"));
        break;
      case "note":
        $("notes")?.append(el("li", { text: t("room-note-from", { alias: f.alias, text: f.text }) }));
        break;
      case "alert":
        addAlert(f.alert);
        break;
      case "care":
        showCare(f.asked);
        break;
      case "reminder":
        privateCard(t("room-reminder-title"), t("room-reminder-advice"));
        break;
      case "held_back":
        privateCard(t("room-held-back-contact"));
        if (state.pending && !$("message-text").value) $("message-text").value = state.pending;
        break;
      case "report":
        addReport(f.report);
        break;
      case "report_closed":
        document.getElementById(`report-${f.report}`)?.querySelector("button")?.remove();
        break;
      case "reported":
        privateCard(t("room-reported"));
        break;
      case "report_seen":
        privateCard(t("room-report-seen"));
        break;
      case "blocked":
        if (f.blocked) {
          state.blocked.add(f.pid);
          for (const item of document.querySelectorAll(`#messages li[data-from="${f.pid}"]`)) item.remove();
        } else state.blocked.delete(f.pid);
        privateCard(t(f.blocked ? "room-blocked" : "room-unblocked", { alias: nameOf(f.pid) }));
        renderPeople();
        break;
      case "removed":
        finish("room-removed", f.reason);
        break;
      case "closing":
        // The room closes itself soon after the meet's end; the latest word replaces the last.
        document.getElementById("closing-card")?.remove();
        privateCard(f.minutes === 1 ? t("room-closing-minute") : t("room-closing-minutes", { minutes: f.minutes })).id = "closing-card";
        break;
      case "ended":
        finish("room-ended");
        // Everyone who was here may say, anonymously, how it was.
        $("room-banner").append(" ", el("a", { href: `/meets/${meet}/feedback`, class: "feedback-link", text: t("room-feedback-link") }));
        break;
      case "error":
        if (f.code === "removed") finish("room-removed");
        else if (f.code === "ended") finish("room-ended");
        else if (f.code === "too_many_connections") finish("room-error-too-many-connections");
        else if (f.code === "alias_taken") {
          finish("room-error-alias-taken");
          $("room-banner").append(" ", el("a", { href: `/meets/${meet}/drop-in`, text: t("room-choose-another-name") }));
        }
        else {
          $("composer-error").textContent = t(errorKeys[f.code] || "room-error-other");
          if (state.pending && !$("message-text").value) $("message-text").value = state.pending;
        }
        break;
      default:
        break;
    }
  };

  // ---- The connection, with resume after a drop ----
  const send = (message) => {
    if (state.socket?.readyState === WebSocket.OPEN) state.socket.send(JSON.stringify(message));
  };
  // Other parts of the page (the call's facilitator tools) speak through the room's socket.
  document.addEventListener("room:send", (event) => send(event.detail));

  const connect = () => {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const resume = state.lastSeq ? `?last_seq=${state.lastSeq}` : "";
    const socket = new WebSocket(`${scheme}://${location.host}/meets/${meet}/room/socket${resume}`);
    state.socket = socket;
    socket.addEventListener("open", () => {
      state.retry = 0;
      setStatus("room-connected");
    });
    socket.addEventListener("message", (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      // Frames carry the room's sequence number: anything already seen is skipped.
      if (frame.type !== "welcome" && frame.seq && frame.seq <= state.lastSeq) return;
      if (frame.seq) state.lastSeq = Math.max(state.lastSeq, frame.seq);
      handle(frame);
      // Other parts of the page (the call) follow the room too.
      document.dispatchEvent(new CustomEvent("room:frame", { detail: frame }));
    });
    socket.addEventListener("close", () => {
      if (state.over) return;
      setStatus("room-reconnecting");
      state.retry += 1;
      setTimeout(connect, Math.min(10000, 500 * 2 ** state.retry));
    });
  };

  // ---- Controls ----
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("message-text").value;
    if (!text.trim()) return;
    const cw = $("message-cw").value.trim();
    state.pending = text;
    $("composer-error").textContent = "";
    send(cw ? { type: "say", text, cw } : { type: "say", text });
    $("message-text").value = "";
    $("message-cw").value = "";
  });

  // Enter sends; Shift and Enter start a new line (and Enter while an input method composes is its own).
  $("message-text").addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    $("composer").requestSubmit();
  });

  $("hand").addEventListener("click", () => send({ type: "hand", up: $("hand").getAttribute("aria-pressed") !== "true" }));
  $("away").addEventListener("click", () => send({ type: "away", away: $("away").getAttribute("aria-pressed") !== "true" }));
  // Leaving, removing someone and ending the meet are asked twice, in the
  // page (not a browser dialog); Escape or any other button steps back.
  const confirming = (trigger, box, yes) => {
    const back = () => {
      $(box).hidden = true;
      $(trigger).focus();
    };
    $(trigger).addEventListener("click", () => {
      if ($(trigger).dataset.ready === "false") return;
      $(box).hidden = false;
      $(yes).focus();
    });
    $(box).addEventListener("click", (event) => {
      if (event.target.closest("button") && event.target.id !== yes) back();
    });
    $(box).addEventListener("keydown", (event) => {
      if (event.key === "Escape") back();
    });
  };
  confirming("leave", "leave-confirm", "leave-yes");
  $("leave-yes").addEventListener("click", () => {
    send({ type: "leave" });
    state.over = true;
    state.socket?.close();
    location.assign(`/meets/${meet}`);
  });
  $("not-okay").addEventListener("click", () => {
    send({ type: "not_okay", words: $("not-okay-words").value });
    $("not-okay-words").value = "";
    $("not-okay").closest("details").open = false;
  });
  // Closing the card is quiet: Escape or a small link, and the person is back at the message box.
  const closeCare = () => {
    $("care-card").hidden = true;
    $("message-text").focus();
  };
  $("care-close").addEventListener("click", closeCare);
  $("care-card").addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeCare();
  });
  $("report-send").addEventListener("click", () => {
    if (state.report) send({ type: "report", ...state.report, reason: $("report-reason").value });
    state.report = null;
    $("report-box").hidden = true;
  });
  $("report-cancel").addEventListener("click", () => {
    state.report = null;
    $("report-box").hidden = true;
  });
  $("round-done").addEventListener("click", () => send({ type: "done" }));
  $("round-pass").addEventListener("click", () => send({ type: "pass" }));
  $("mood-send").addEventListener("click", () => {
    const mood = root.querySelector("input[name=mood]:checked");
    if (mood) send({ type: "mood", mood: Number(mood.value), word: $("mood-word").value });
  });

  // Caring words fill the box they belong to; the facilitator still chooses to send.
  for (const suggestion of root.querySelectorAll(".suggestion")) {
    suggestion.addEventListener("click", () => {
      const box = $(suggestion.dataset.for);
      box.value = suggestion.textContent;
      box.focus();
    });
  }

  if ($("alert-banner")) {
    const current = () => waiting[0];
    $("alert-check-in").addEventListener("click", () => {
      const reply = $("alert-reply");
      reply.hidden = !reply.hidden;
      $("alert-check-in").setAttribute("aria-expanded", String(!reply.hidden));
      if (!reply.hidden) {
        if (!$("alert-reply-text").value) $("alert-reply-text").value = root.querySelector(".suggestion").textContent;
        $("alert-reply-text").focus();
      }
    });
    $("alert-reply-send").addEventListener("click", () => {
      const alert = current();
      const text = $("alert-reply-text").value.trim();
      if (!alert || !text) return;
      send({ type: "nudge", to: alert.pid, text });
      $("alert-reply-text").value = "";
      $("alert-reply").hidden = true;
      $("alert-check-in").setAttribute("aria-expanded", "false");
      $("alert-reply-sent").textContent = t("room-alert-reply-sent", { alias: alert.alias });
    });
    $("alert-show").addEventListener("click", () => {
      const item = document.getElementById(`message-${current()?.message}`);
      if (!item) return;
      item.scrollIntoView({ block: "center" });
      item.focus({ preventScroll: true });
    });
    $("alert-protocol-toggle").addEventListener("click", () => {
      const steps = $("alert-protocol");
      steps.hidden = !steps.hidden;
      $("alert-protocol-toggle").setAttribute("aria-expanded", String(!steps.hidden));
    });
    $("alert-dismiss").addEventListener("click", () => {
      waiting.shift();
      showBanner();
    });
  }

  if ($("pause")) {
    const person = () => Number($("person").value);
    const on = (id, make) => $(id).addEventListener("click", () => send(make()));
    on("pause", () => ({ type: "pause" }));
    on("resume", () => ({ type: "resume" }));
    on("call-next", () => ({ type: "call_next" }));
    on("start-round", () => {
      const minutes = Number($("round-guide-minutes").value) || 0;
      return { type: "start_round", kind: $("round-kind").value, time_guide_secs: minutes ? minutes * 60 : undefined };
    });
    on("next-turn", () => ({ type: "next_turn" }));
    on("stop-round", () => ({ type: "stop_round" }));
    on("pin", () => ({ type: "pin", text: $("pin-text").value }));
    on("unpin", () => ({ type: "pin" }));
    on("nudge", () => ({ type: "nudge", to: person(), text: $("nudge-text").value }));
    on("mute", () => ({ type: "mute", to: person(), minutes: Number($("mute-minutes").value) || 5 }));
    on("unmute", () => ({ type: "unmute", to: person() }));
    $("remove").addEventListener("click", () => {
      $("remove").dataset.ready = String(Boolean(person()));
      $("remove-confirm-text").textContent = t("room-remove-confirm", { alias: nameOf(person()) });
    });
    confirming("remove", "remove-confirm", "remove-yes");
    confirming("end", "end-confirm", "end-yes");
    $("remove-yes").addEventListener("click", () => {
      $("remove-confirm").hidden = true;
      if (person()) send({ type: "remove", to: person(), reason: $("remove-reason").value });
    });
    // On a wide screen the tools sit beside the conversation, open, alerts first; on a phone they stay folded above it.
    if (matchMedia("(min-width: 60rem)").matches) {
      $("tools-panel").open = true;
      $("alerts-group").open = true;
    }
    $("note").addEventListener("click", () => {
      if ($("note-text").value.trim()) send({ type: "note", text: $("note-text").value });
      $("note-text").value = "";
    });
  }

  connect();
})();
