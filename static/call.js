// The call beside a voice or video meet's room. Nobody is in the call on
// arrival: joining is a separate choice, after a check of the microphone,
// and in a video meet everyone comes in with their camera off (turning it on
// is a choice of its own). The call's signalling goes through Holdspace
// (/meets/{id}/call/socket, see docs/room-protocol.md); sound and video flow
// between this browser and the organisation's media server: one connection
// for the call's sound, one for this browser's camera when it is on, and
// one for each camera it watches. The room itself (room.js) is untouched: this
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
  const video = root.dataset.video === "true";
  // Phones (a narrow screen or a finger for a pointer): others' video is off
  // at first, to save data and battery; smaller layers when it is on.
  const small = matchMedia("(max-width: 40rem), (pointer: coarse)");

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
    iceServers: [],
    // Who else is in the call (pids), and who holds the talking piece.
    here: new Set(),
    piece: null,
    // This browser's camera: its stream and connection, when on.
    camera: null,
    // May turn the camera on: in the cameras' room.
    cameraReady: false,
    // Others' cameras by feed: { pid, pc, stream, started, layer, paused, remote: [] }.
    feeds: new Map(),
    showVideo: video && !small.matches,
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
    state.here.clear();
    stopCamera(false);
    for (const feed of [...state.feeds.keys()]) dropFeed(feed);
    state.cameraReady = false;
    $("call-audio").srcObject = null;
    $("call-controls").hidden = true;
    $("call-join").hidden = false;
    showRoster();
    showHere();
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
          state.iceServers = frame.ice_servers;
          const pc = newConnection();
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
          // The call's sound is the line without a name.
          const flush = trickler(pc, undefined);
          const offer = await pc.createOffer();
          await pc.setLocalDescription(offer);
          send({ type: "join", sdp: offer.sdp, muted: state.muted });
          flush();
          break;
        }
        case "answer":
          if (frame.line === "camera") {
            await cameraAnswered(frame.sdp);
            break;
          }
          await state.pc.setRemoteDescription({ type: "answer", sdp: frame.sdp });
          for (const candidate of remote.splice(0)) await state.pc.addIceCandidate(candidate);
          state.joined = true;
          $("call-controls").hidden = false;
          showMute();
          showCamera();
          showHere();
          $("call-mute").focus();
          break;
        case "candidate": {
          const candidate = frame.completed ? null : { candidate: frame.candidate, sdpMid: frame.sdpMid, sdpMLineIndex: frame.sdpMLineIndex };
          if (frame.line !== undefined) await videoCandidate(frame.line, candidate);
          else if (!state.pc?.remoteDescription) remote.push(candidate);
          else await state.pc.addIceCandidate(candidate);
          break;
        }
        case "in_call":
          if (frame.in) state.here.add(frame.pid);
          else state.here.delete(frame.pid);
          showHere();
          break;
        case "cameras":
          state.cameraReady = true;
          for (const { feed, pid } of frame.on) {
            if (state.feeds.has(feed)) continue;
            state.feeds.set(feed, { pid, pc: null, stream: null, started: false, layer: null, paused: false, remote: [] });
            if (state.showVideo) send({ type: "watch", feed });
          }
          showCamera();
          showHere();
          break;
        case "camera_off":
          dropFeed(frame.feed);
          showHere();
          break;
        case "offer":
          await watchOffer(frame.feed, frame.sdp);
          break;
        case "speaking":
          if (frame.speaking) state.speaking.add(frame.pid);
          else state.speaking.delete(frame.pid);
          showRoster();
          showHere();
          break;
        case "ended":
          leave("call-ended");
          break;
        case "error":
          if (frame.code === "call_muted") status("call-muted-by-facilitator");
          else if (frame.code === "camera_refused") {
            stopCamera(false);
            status("call-camera-refused");
          }
          else if (frame.code === "not_in_room") leave("call-not-in-room");
          else if (frame.code === "unavailable") leave("call-unavailable");
          break;
      }
    });
    socket.addEventListener("close", () => {
      if (socket === state.socket) leave(state.joined ? "call-ended" : "call-unavailable");
    });
  };


  // ---- Connections to the media server ----
  const newConnection = () => new RTCPeerConnection({ iceServers: state.iceServers, bundlePolicy: "max-bundle", rtcpMuxPolicy: "require" });

  // A connection's local candidates, sent once its offer or answer has gone
  // (Janus refuses them before it), each marked with its line.
  const trickler = (pc, line) => {
    const early = [];
    let ready = false;
    pc.addEventListener("icecandidate", (e) => {
      const frame = e.candidate
        ? { type: "candidate", line, candidate: e.candidate.candidate, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex }
        : { type: "candidate", line, completed: true };
      if (ready) send(frame);
      else early.push(frame);
    });
    return () => {
      ready = true;
      early.splice(0).forEach(send);
    };
  };

  // ---- This browser's camera: off until its owner turns it on ----
  // Three simulcast layers, so that each viewer gets the size it can use.
  const LAYERS = [
    { rid: "h", maxBitrate: 400000 },
    { rid: "m", maxBitrate: 150000, scaleResolutionDownBy: 2 },
    { rid: "l", maxBitrate: 50000, scaleResolutionDownBy: 4 },
  ];

  const startCamera = async () => {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 960 }, height: { ideal: 540 } }, audio: false });
    } catch {
      status("call-no-camera");
      return;
    }
    const pc = newConnection();
    const remote = [];
    state.camera = { stream, pc, remote };
    const track = stream.getVideoTracks()[0];
    try {
      pc.addTransceiver(track, { direction: "sendonly", streams: [stream], sendEncodings: LAYERS });
    } catch {
      pc.addTransceiver(track, { direction: "sendonly", streams: [stream] });
    }
    const flush = trickler(pc, "camera");
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    send({ type: "camera", sdp: offer.sdp });
    flush();
    showCamera();
    showHere();
  };

  const cameraAnswered = async (sdp) => {
    const camera = state.camera;
    if (!camera) return;
    await camera.pc.setRemoteDescription({ type: "answer", sdp });
    for (const candidate of camera.remote.splice(0)) await camera.pc.addIceCandidate(candidate);
  };

  const stopCamera = (tell) => {
    const camera = state.camera;
    if (!camera) return;
    state.camera = null;
    if (tell) send({ type: "camera_off" });
    camera.pc.close();
    camera.stream.getTracks().forEach((each) => each.stop());
    showCamera();
    showHere();
  };

  const showCamera = () => {
    const button = $("call-camera");
    if (!button) return;
    const on = Boolean(state.camera);
    button.textContent = t(on ? "call-camera-off" : "call-camera-on");
    button.setAttribute("aria-pressed", String(on));
    button.disabled = !state.joined || !state.cameraReady;
    $("call-camera-hint").textContent = t(on ? "call-camera-live" : "call-camera-hint");
  };

  // ---- Others' cameras ----
  const watchOffer = async (feed, sdp) => {
    const watched = state.feeds.get(feed);
    if (!watched) return;
    watched.pc?.close();
    const pc = newConnection();
    watched.pc = pc;
    pc.addEventListener("track", (e) => {
      watched.stream = e.streams[0] || new MediaStream([e.track]);
      showHere();
    });
    const flush = trickler(pc, feed);
    await pc.setRemoteDescription({ type: "offer", sdp });
    for (const candidate of watched.remote.splice(0)) await pc.addIceCandidate(candidate);
    const answer = await pc.createAnswer();
    await pc.setLocalDescription(answer);
    send({ type: "watching", feed, sdp: answer.sdp });
    flush();
    watched.started = true;
    watched.layer = null;
    chooseLayers();
  };

  const videoCandidate = async (line, candidate) => {
    const target = line === "camera" ? state.camera : state.feeds.get(line);
    if (!target) return;
    if (!target.pc?.remoteDescription) target.remote.push(candidate);
    else await target.pc.addIceCandidate(candidate);
  };

  const dropFeed = (feed) => {
    const watched = state.feeds.get(feed);
    if (!watched) return;
    watched.pc?.close();
    state.feeds.delete(feed);
  };

  // Many tiles, or a small screen: the smallest layer is enough.
  const chooseLayers = () => {
    const layer = state.feeds.size > 4 || small.matches ? 0 : 2;
    for (const [feed, watched] of state.feeds) {
      if (!watched.started || watched.layer === layer) continue;
      watched.layer = layer;
      send({ type: "layer", feed, substream: layer });
    }
  };

  const setShowVideo = (show) => {
    state.showVideo = show;
    for (const [feed, watched] of state.feeds) {
      if (!show && watched.started && !watched.paused) {
        watched.paused = true;
        send({ type: "pause", feed });
      } else if (show && watched.paused) {
        watched.paused = false;
        send({ type: "resume", feed });
      } else if (show && !watched.pc) {
        send({ type: "watch", feed });
      }
    }
    showHere();
  };

  // ---- Who is in the call: a row each, with their camera when it is on ----
  const videos = new Map();
  const videoFor = (key, stream, label, mine) => {
    let element = videos.get(key);
    if (!element) {
      element = document.createElement("video");
      element.autoplay = true;
      element.playsInline = true;
      element.muted = true;
      if (mine) element.classList.add("mine");
      videos.set(key, element);
    }
    if (element.srcObject !== stream) element.srcObject = stream;
    element.setAttribute("aria-label", label);
    return element;
  };

  const showHere = () => {
    const list = $("call-here");
    if (!list) return;
    if (!state.joined) {
      list.replaceChildren();
      return;
    }
    const pids = [state.me, ...[...state.here].filter((pid) => pid !== state.me)];
    const shown = new Set();
    const rows = pids.map((pid) => {
      const alias = state.people.get(pid)?.alias || "";
      let li = list.querySelector(`li[data-pid="${pid}"]`);
      if (!li) {
        li = document.createElement("li");
        li.dataset.pid = String(pid);
        const name = document.createElement("p");
        name.className = "call-name";
        li.append(name);
      }
      const name = li.querySelector(".call-name");
      name.replaceChildren(pid === state.me ? t("call-you", { alias }) : alias);
      if (state.speaking.has(pid)) name.append(" ", badge("speaking", t("call-speaking")));
      if (state.piece === pid) name.append(" ", badge("piece", t("call-has-piece")));
      li.classList.toggle("speaking", state.speaking.has(pid));
      li.classList.toggle("has-piece", state.piece === pid);
      const streams = [];
      if (pid === state.me && state.camera) streams.push(["me", state.camera.stream, true]);
      if (state.showVideo) {
        for (const [feed, watched] of state.feeds) {
          if (watched.pid === pid && watched.stream && !watched.paused) streams.push([feed, watched.stream, false]);
        }
      }
      const elements = streams.map(([key, stream, mine]) => {
        shown.add(key);
        return videoFor(key, stream, t("call-video-of", { alias }), mine);
      });
      for (const old of li.querySelectorAll("video")) if (!elements.includes(old)) old.remove();
      for (const element of elements) if (element.parentNode !== li) li.append(element);
      li.classList.toggle("with-video", elements.length > 0);
      return li;
    });
    for (const [key, element] of videos) {
      if (!shown.has(key)) {
        element.srcObject = null;
        element.remove();
        videos.delete(key);
      }
    }
    // Moved only when the order changed, so that playing videos stay put.
    const current = [...list.children];
    if (current.length !== rows.length || rows.some((row, i) => current[i] !== row)) list.replaceChildren(...rows);
    chooseLayers();
  };

  // The talking piece, from the room's rounds.
  const pieceOf = (round) => (round?.kind === "talking_piece" ? round.turn || null : null);

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
        state.piece = pieceOf(f.snapshot.round);
        break;
      case "round_started":
        state.piece = pieceOf(f.round);
        break;
      case "turn":
        state.piece = f.pid || null;
        break;
      case "round_ended":
        state.piece = null;
        break;
      case "joined":
        state.people.set(f.person.pid, f.person);
        break;
      case "left":
        state.people.delete(f.pid);
        state.speaking.delete(f.pid);
        state.here.delete(f.pid);
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
    showHere();
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
  if (video) {
    $("call-camera").addEventListener("click", () => (state.camera ? stopCamera(true) : startCamera()));
    $("call-show-video").checked = state.showVideo;
    $("call-show-video").addEventListener("change", (event) => setShowVideo(event.target.checked));
    small.addEventListener("change", chooseLayers);
  }
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
