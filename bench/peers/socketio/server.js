// A minimal, fair Socket.IO room server for the benchmark: WebSocket
// transport only, no compression, no client bundle served, no logging.
// A client joins one room, is told when it is in, and every message it
// sends goes to the others in that room (the sender is not echoed).
'use strict';
const http = require('http');
const { Server } = require('socket.io');

const port = Number(process.env.PORT || 3001);
const httpServer = http.createServer();
const io = new Server(httpServer, {
  transports: ['websocket'],
  perMessageDeflate: false,
  serveClient: false,
  cors: { origin: false },
});

io.on('connection', (socket) => {
  socket.on('join', (room) => {
    socket.join(String(room));
    socket.data.room = String(room);
    socket.emit('joined', room);
  });
  socket.on('msg', (text) => {
    if (socket.data.room !== undefined) {
      socket.to(socket.data.room).emit('msg', text);
    }
  });
});

httpServer.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
console.log(`socket.io ${require('socket.io/package.json').version} listening on 127.0.0.1:${port}`);
