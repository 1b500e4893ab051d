#!/usr/bin/env python3
"""What `keywardctl capture analyze FILE --json` must say of a capture of one session of
the stock Linux client (pptp-linux + pppd with require-mppe-128, stateless) signing in
as USER: the client named pppd/pptp-linux and not legacy, the session's user, sign-in and
MPPE right, one critical mschapv2-exposed finding for USER, and no finding about weak,
stateful or missing encryption or weak authentication.

    check-stock-capture.py REPORT.json USER

Prints a summary line starting with '|', then one line per check: its status (0 passed,
1 failed) and its description, for the interop script's `check`.
"""
import json
import sys


def main():
    path, user = sys.argv[1], sys.argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        print(f"| cannot read the report: {e}")
        print("1 the capture report is JSON")
        return
    sessions = report.get("sessions", [])
    findings = report.get("findings", [])
    clients = report.get("clients", [])
    print(f"| packets {report.get('packets')}, sessions {len(sessions)}, clients "
          f"{[(c.get('name'), c.get('version'), c.get('legacy')) for c in clients]}, findings "
          f"{[(f.get('code'), f.get('severity'), f.get('user', '')) for f in findings]}")

    def check(description, passed):
        print(f"{0 if passed else 1} {description}")

    check("the analysis names one client, pppd/pptp-linux, not legacy",
          len(clients) == 1 and clients[0].get("name") == "pppd/pptp-linux"
          and not clients[0].get("legacy"))
    s = sessions[0] if len(sessions) == 1 else {}
    check(f"the analysis has one session: {user}, MS-CHAPv2 success, 128-bit stateless MPPE",
          s.get("user") == user and s.get("authProtocol") == "MS-CHAPv2"
          and s.get("authResult") == "success" and s.get("mppeAgreed") is True
          and s.get("mppeStrength") == "128-bit" and s.get("mppeStateful") is False
          and s.get("encryptedPackets", 0) > 0
          and s.get("clientIdentity", {}).get("name") == "pppd/pptp-linux")
    exposed = [f for f in findings if f.get("code") == "mschapv2-exposed"]
    check(f"the analysis finds {user}'s MS-CHAPv2 exchange exposed (critical, named)",
          len(exposed) == 1 and exposed[0].get("user") == user
          and exposed[0].get("severity") == "critical")
    wrong = sorted({"mppe-weak-offered", "mppe-weak-agreed", "mppe-stateful", "legacy-client",
                    "plaintext-after-ccp", "no-encryption", "pap-attempt", "chap-md5-attempt",
                    "mschapv1-attempt"} & {f.get("code") for f in findings})
    check("the analysis has no weak-MPPE, stateful, legacy or clear-text finding"
          + (f" (has {', '.join(wrong)})" if wrong else ""), not wrong)


if __name__ == "__main__":
    main()
