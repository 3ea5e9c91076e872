"""The three pathways the service helps a victim through (issue #4).

- :mod:`.complaints` — complaints filed with the police and their status history;
- :mod:`.protection` — temporary residence ban, family-court urgent measures,
  residence-permit protection, with the deadline arithmetic;
- :mod:`.steps` — the socio-administrative catalogue and the steps of a case;
- :mod:`.departure` — the departure (safety) plan and its checklist;
- :mod:`.deadlines` — every dated deadline and hearing across cases, for the
  agenda and the dashboard;
- :mod:`.summary` — where each pathway of a case stands, at a glance.
"""
