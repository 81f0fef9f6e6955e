#!/usr/bin/env python3
"""A pretend charger for ocpp-bridge's system socket (Python 3 standard library only).

Run the bridge with --system-socket PATH (or --system-listen HOST:PORT), then:
    python3 examples/charger.py /tmp/ocpp-system.sock     # Unix socket
    python3 examples/charger.py 127.0.0.1:7777            # TCP

One JSON object per line, UTF-8. The bridge sends commands {"id", "command", "payload"} and this script
answers {"id", "result"}; it reports progress as {"variable", "payload"} lines. See the README section
"Integrating your charger software".
"""
import json
import socket
import sys
import threading
import time

# TC_L_01: the order the CSMS expects for a successful update without a reboot.
FIRMWARE_STEPS = ["Downloading", "Downloaded", "SignatureVerified", "Installing", "Installed"]
LOG_STEPS = ["Uploading", "Uploaded"]


class Charger:
    def __init__(self, sock):
        self.sock = sock
        self.lock = threading.Lock()  # status threads and the main loop both write

    def send(self, message):
        line = json.dumps(message, separators=(",", ":")) + "\n"
        with self.lock:
            self.sock.sendall(line.encode("utf-8"))

    def report(self, variable, payload):
        print(f"-> {variable} {payload}")
        self.send({"variable": variable, "payload": payload})

    def later(self, steps, variable, status_field, request_id):
        """Reports each step a second apart, in the background, after the answer has gone."""
        def run():
            for step in steps:
                time.sleep(1)
                self.report(variable, {status_field: step, "request_id": request_id})
        threading.Thread(target=run, daemon=True).start()

    def handle(self, message):
        if "error" in message:  # the bridge refused one of our lines
            print(f"!! bridge says: {message['error']}")
            return
        command, payload, reply_to = message.get("command"), message.get("payload", {}), message.get("id")
        print(f"<- {command} {payload}")
        if command == "update_firmware":
            result = "Accepted"
            self.later(FIRMWARE_STEPS, "firmware_update_status", "firmware_update_status", payload["request_id"])
        elif command == "upload_logs":
            result = {"upload_logs_status": "Accepted", "file_name": "charger-logs.tar.gz"}
            self.later(LOG_STEPS, "log_status", "log_status", payload.get("request_id", -1))
        elif command == "is_reset_allowed":
            result = True
        elif command == "reset":
            print(f"** resetting the charger (type {payload['type']}, scheduled {payload['scheduled']})")
            result = None
        elif command == "set_system_time":
            result = True
        elif command == "get_boot_reason":
            result = "PowerUp"
        else:  # allow_firmware_installation, and anything newer
            result = None
        self.send({"id": reply_to, "result": result})


def connect(address):
    if ":" in address and not address.startswith("/"):
        host, port = address.rsplit(":", 1)
        return socket.create_connection((host.strip("[]"), int(port)))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(address)
    return sock


def main():
    address = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ocpp-system.sock"
    while True:  # the bridge restarts after a reset: connect again
        try:
            with connect(address) as sock, sock.makefile("r", encoding="utf-8") as lines:
                print(f"connected to {address}")
                charger = Charger(sock)
                for line in lines:
                    charger.handle(json.loads(line))
            print("the bridge closed the connection")
        except OSError as e:
            print(f"cannot reach the bridge at {address}: {e}")
        time.sleep(2)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
