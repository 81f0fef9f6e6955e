// The reference station of the package benchmark (issue 18): a minimal OCPP 2.0.1 station in Node.js, the kind
// of small native-speed process the packaged bridge is compared with. It connects with the ocpp2.0.1
// subprotocol, sends a BootNotification, answers TriggerMessage(Heartbeat) with Accepted and a Heartbeat, and
// nothing else: no validation, no disk. Arguments are the bridge's; only --csms-url and --station-id are read.
// Run: node --experimental-websocket reference-station.mjs --csms-url=ws://… --station-id=ID
const args = Object.fromEntries(
  process.argv.slice(2).filter((a) => a.startsWith('--') && a.includes('='))
    .map((a) => [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
const url = args['csms-url'].replace(/\/$/, '') + '/' + encodeURIComponent(args['station-id']);
let next = 0;
const ws = new WebSocket(url, 'ocpp2.0.1');
const send = (frame) => ws.send(JSON.stringify(frame));
const call = (action, payload) => send([2, `n${next++}`, action, payload]);
ws.onopen = () => call('BootNotification', {
  reason: 'PowerUp', chargingStation: { model: 'reference', vendorName: 'bench' } });
ws.onmessage = (event) => {
  const frame = JSON.parse(event.data);
  if (frame[0] === 2 && frame[2] === 'TriggerMessage') {
    send([3, frame[1], { status: 'Accepted' }]);
    call('Heartbeat', {});
  } else if (frame[0] === 2) {
    send([4, frame[1], 'NotImplemented', '', {}]);
  }
};
ws.onclose = () => process.exit(0);
ws.onerror = (e) => { console.error('reference station: ' + (e.message || 'WebSocket error')); process.exit(1); };
process.on('SIGTERM', () => { ws.close(1000); process.exit(0); });
