"""Forms of the activities page: an activity and its dates, the anonymous
attendance of one session, a link to a case, the professionals trained."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.activities import (
    PROFESSIONAL_KINDS,
    ActivityDetail,
    ActivityInput,
    ActivityKind,
    AgeBand,
    AttendanceCount,
    Audience,
    OccurrenceView,
    create_activity,
    facilitator_choices,
    record_attendance,
    update_activity,
)
from app.core.activity_people import (
    find_case_for_link,
    link_participant,
    network_professionals,
    occurrence_trainees,
    record_trainees,
)
from app.core.catalogues import partner_sectors
from app.core.partners import search_partners
from app.core.pathways.common import fmt
from app.core.recurrence import NTH, WEEKDAYS, Recurrence, describe, occurrence_dates
from app.core.vocabulary import Gender
from app.errors import ValidationError
from app.i18n import N_, tr
from app.ui.case.fields import CheckList, ChoiceCombo, DateField
from app.ui.case.forms import FormDialog
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


def _time(edit: QTimeEdit) -> time | None:
    value = edit.time().toPython()
    return None if value == time(0, 0) else value


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setSpecialValueText(tr("—"))
    edit.setFixedWidth(90)
    return edit


class ActivityDialog(FormDialog):
    """A new activity (its dates generated from the rule) or a change to one."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None, detail: ActivityDetail | None
    ) -> None:
        super().__init__(
            workspace,
            parent,
            form_key=f"activity:{detail.id}" if detail else "activity:new",
            title=tr("Modifier l'activité") if detail else tr("Nouvelle activité"),
        )
        self.detail = detail
        self.kind = ChoiceCombo()
        self.kind.set_choices([(k.value, k.label) for k in ActivityKind])
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("ex. La cabane"))
        self.place = QLineEdit()
        self.audience = QLineEdit()
        self.audience.setPlaceholderText(tr("ex. enfants de 5 à 10 ans, parents en parallèle"))
        self.recurrence = ChoiceCombo()
        self.recurrence.set_choices([(r.value, r.label) for r in Recurrence])
        self.starts_on = DateField("starts_on")
        self.ends_on = DateField("ends_on")
        self.weekday = ChoiceCombo()
        self.weekday.set_choices([(str(i), tr(name)) for i, name in enumerate(WEEKDAYS)])
        self.nth = ChoiceCombo()
        self.nth.set_choices([(str(k), tr(v)) for k, v in NTH.items()])
        self.interval = QSpinBox()
        self.interval.setRange(1, 8)
        self.interval.setPrefix(tr("toutes les "))
        self.interval.setSuffix(tr(" semaine(s)"))
        self.start_time = _time_edit()
        self.end_time = _time_edit()
        self.preview = label("", "muted")
        self.partners = CheckList(columns=2)
        self.partners.setAccessibleName(tr("Partenaires impliqués"))
        self.facilitators = CheckList(columns=2)
        self.facilitators.setAccessibleName(tr("Animateur·rices"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        body = QWidget()
        form = QFormLayout(body)
        self.add_row(form, tr("&Type :"), "kind", self.kind)
        self.add_row(form, tr("T&itre :"), "title", self.title_edit)
        self.add_row(form, tr("&Lieu :"), "place", self.place)
        self.add_row(form, tr("&Public :"), "audience", self.audience)
        self.add_row(form, tr("&Rythme :"), "recurrence", self.recurrence)
        self.add_row(form, tr("&Du (ou le) :"), "starts_on", self.starts_on)
        self.add_row(form, tr("A&u :"), "ends_on", self.ends_on)
        self.nth_label = self.add_row(form, tr("Le &combientième :"), "nth", self.nth)
        self.weekday_label = self.add_row(form, tr("&Jour :"), "weekday", self.weekday)
        self.interval_label = self.add_row(
            form, tr("&Fréquence :"), "interval_weeks", self.interval
        )
        self.add_row(form, tr("De (&heure) :"), "start_time", self.start_time)
        self.add_row(form, tr("À (heure) :"), "end_time", self.end_time)
        form.addRow("", self.preview)
        self.add_row(form, tr("Parte&naires :"), "partners", self.partners)
        self.add_row(form, tr("&Animé par :"), "facilitators", self.facilitators)
        self.add_row(form, tr("Re&marques :"), "notes", self.notes)
        self.finish_layout(body)
        fit_to_screen(self, 720, 700)
        if detail is not None:
            self._fill(detail.data)
        else:
            self.recurrence.set_code(Recurrence.NONE.value)
            self.weekday.set_code("2")
            self.nth.set_code("1")
        for widget in (self.recurrence, self.weekday, self.nth):
            widget.currentIndexChanged.connect(self._rule_changed)
        for field in (self.starts_on, self.ends_on):
            field.editingFinished.connect(self._rule_changed)
        self.interval.valueChanged.connect(self._rule_changed)
        self._rule_changed()
        self.ready()
        QTimer.singleShot(0, self._read)

    def _fill(self, data: ActivityInput) -> None:
        self.kind.set_code(data.kind.value)
        self.title_edit.setText(data.title)
        self.place.setText(data.place)
        self.audience.setText(data.audience)
        self.recurrence.set_code(Recurrence(data.recurrence).value)
        self.starts_on.set_value(data.starts_on)
        self.ends_on.set_value(data.ends_on)
        self.weekday.set_code(str(data.weekday if data.weekday is not None else 2))
        self.nth.set_code(str(data.nth or 1))
        self.interval.setValue(data.interval_weeks or 1)
        if data.start_time:
            self.start_time.setTime(QTime(data.start_time.hour, data.start_time.minute))
        if data.end_time:
            self.end_time.setTime(QTime(data.end_time.hour, data.end_time.minute))
        self.notes.setPlainText(data.notes)

    def _read(self) -> None:
        actor = self.workspace.session

        def read(tx: Tx) -> tuple[list, list]:
            partners = [(p.id.hex, p.name) for p in search_partners(tx, actor)]
            people = [(m.id.hex, m.full_name) for m in facilitator_choices(tx, actor)]
            return partners, people

        self.workspace.ops.read(self, read, self._read_done)

    def _read_done(self, result: tuple[list, list]) -> None:
        dirty = self.is_dirty()
        partners, people = result
        self.partners.set_choices(partners)
        self.facilitators.set_choices(people)
        if self.detail is not None:
            self.partners.set_codes([p.hex for p in self.detail.data.partner_ids])
            self.facilitators.set_codes([u.hex for u in self.detail.data.facilitator_ids])
        if not dirty:
            self.mark_clean()

    def _rule(self) -> Recurrence:
        return Recurrence(self.recurrence.code() or Recurrence.NONE)

    def _rule_changed(self) -> None:
        rule = self._rule()
        monthly, weekly = rule is Recurrence.MONTHLY_NTH, rule is Recurrence.WEEKLY
        for widget, shown in (
            (self.nth, monthly),
            (self.nth_label, monthly),
            (self.weekday, monthly or weekly),
            (self.weekday_label, monthly or weekly),
            (self.interval, weekly),
            (self.interval_label, weekly),
        ):
            widget.setVisible(shown)
        try:
            data = self._input()
            dates = occurrence_dates(
                data.recurrence,
                data.starts_on,
                data.ends_on,
                weekday=data.weekday,
                nth=data.nth,
                interval_weeks=data.interval_weeks,
            )
        except ValidationError:
            self.preview.setText(tr("Les dates apparaîtront ici."))
            return
        said = describe(rule, data.weekday, data.nth, data.interval_weeks)
        self.preview.setText(
            tr("{rule} : {n} séance(s), du {first} au {last}").format(
                rule=said[:1].upper() + said[1:],
                n=len(dates),
                first=fmt(dates[0]),
                last=fmt(dates[-1]),
            )
        )

    def _input(self) -> ActivityInput:
        starts_on = self.starts_on.value()
        if starts_on is None:
            raise ValidationError(tr("Indiquez la date (ou la première date)."), "starts_on")
        rule = self._rule()
        return ActivityInput(
            kind=ActivityKind(self.kind.code() or ActivityKind.CHILDREN_WORKSHOP),
            title=self.title_edit.text(),
            starts_on=starts_on,
            ends_on=self.ends_on.value(),
            recurrence=rule,
            weekday=int(self.weekday.code() or 2) if rule is not Recurrence.NONE else None,
            nth=int(self.nth.code() or 1) if rule is Recurrence.MONTHLY_NTH else None,
            interval_weeks=self.interval.value() if rule is Recurrence.WEEKLY else None,
            start_time=_time(self.start_time),
            end_time=_time(self.end_time),
            place=self.place.text(),
            audience=self.audience.text(),
            partner_ids=[uuid.UUID(c) for c in self.partners.codes()],
            facilitator_ids=[uuid.UUID(c) for c in self.facilitators.codes()],
            notes=self.notes.toPlainText(),
        )

    def payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind.code(),
            "title": self.title_edit.text(),
            "place": self.place.text(),
            "audience": self.audience.text(),
            "recurrence": self.recurrence.code(),
            "starts_on": self.starts_on.text(),
            "ends_on": self.ends_on.text(),
            "weekday": self.weekday.code(),
            "nth": self.nth.code(),
            "interval": self.interval.value(),
            "partners": self.partners.codes(),
            "facilitators": self.facilitators.codes(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.kind.set_code(payload.get("kind"))
        self.title_edit.setText(payload.get("title", ""))
        self.place.setText(payload.get("place", ""))
        self.audience.setText(payload.get("audience", ""))
        self.recurrence.set_code(payload.get("recurrence"))
        self.starts_on.setText(payload.get("starts_on", ""))
        self.ends_on.setText(payload.get("ends_on", ""))
        self.weekday.set_code(payload.get("weekday"))
        self.nth.set_code(payload.get("nth"))
        self.interval.setValue(int(payload.get("interval") or 1))
        self.partners.set_codes(payload.get("partners", []))
        self.facilitators.set_codes(payload.get("facilitators", []))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = self._input()
        actor, activity_id = self.workspace.session, self.detail.id if self.detail else None
        if activity_id is None:
            return lambda tx: create_activity(tx, actor, data)
        return lambda tx: update_activity(tx, actor, activity_id, data)


#: the columns of the attendance grid: (gender code, heading); "" is « non précisé »
_GENDERS = (
    (Gender.FEMALE.value, N_("Filles / femmes")),
    (Gender.MALE.value, N_("Garçons / hommes")),
    (Gender.OTHER.value, N_("Autre")),
    ("", N_("Non précisé")),
)
_CHILD_BANDS = (AgeBand.UNDER_6, AgeBand.AGE_6_11, AgeBand.AGE_12_17)
_ADULT_BANDS = (AgeBand.AGE_18_29, AgeBand.AGE_30_44, AgeBand.AGE_45_59, AgeBand.AGE_60_PLUS)


def _count_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 1000)
    box.setAccessibleName(name)
    box.setFixedWidth(72)
    return box


class AttendanceDialog(FormDialog):
    """Anonymous counts of one session: how many came, by age band and gender
    (professionals: by sector). No name."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        kind: ActivityKind,
        occurrence: OccurrenceView,
    ) -> None:
        super().__init__(
            workspace,
            parent,
            form_key=f"attendance:{occurrence.id}",
            title=tr("Présences du {day}").format(day=fmt(occurrence.held_on)),
        )
        self.occurrence = occurrence
        #: (audience, age band or "", gender or "", sector or "") → its spin box
        self.boxes: dict[tuple[str, str, str, str], QSpinBox] = {}
        self.total = label("", "subtitle")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(
                tr(
                    "Des comptages anonymes : combien de personnes sont venues, sans nom. "
                    "Relier une personne à son dossier se fait à part, si vous le choisissez."
                ),
                "muted",
            )
        )
        groups = [
            self._grid(Audience.CHILD, _CHILD_BANDS),
            self._grid(Audience.ADULT, _ADULT_BANDS),
            self._sectors(),
        ]
        if kind in PROFESSIONAL_KINDS:
            groups.insert(0, groups.pop())
        for group in groups:
            column.addWidget(group)
        column.addWidget(self.total)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 720, 680)
        for row in occurrence.attendance:
            key = (
                row.audience.value,
                row.age_band.value if row.age_band else "",
                row.gender.value if row.gender else "",
                row.sector or "",
            )
            box = self.boxes.get(key) or self.boxes.get((row.audience.value, "", "", ""))
            if box is not None:
                box.setValue(box.value() + row.count)
        for box in self.boxes.values():
            box.valueChanged.connect(self._count)
        self._count()
        self.ready()
        QTimer.singleShot(0, self._read_sectors)

    def _grid(self, audience: Audience, bands: tuple[AgeBand, ...]) -> QGroupBox:
        box = QGroupBox(audience.label)
        grid = QGridLayout(box)
        for j, (_, heading) in enumerate(_GENDERS):
            grid.addWidget(label(tr(heading), wrap=False), 0, j + 1)
        rows = [(b.value, b.label) for b in bands] + [("", tr("Âge non précisé"))]
        for i, (band, band_label) in enumerate(rows, start=1):
            grid.addWidget(label(band_label, wrap=False), i, 0)
            for j, (gender, heading) in enumerate(_GENDERS):
                spin = _count_box(f"{audience.label}, {band_label}, {tr(heading)}")
                self.boxes[(audience.value, band, gender, "")] = spin
                self.add_to_chain(spin)
                grid.addWidget(spin, i, j + 1)
        return box

    def _sectors(self) -> QGroupBox:
        self.sector_box = QGroupBox(Audience.PROFESSIONAL.label)
        self.sector_grid = QGridLayout(self.sector_box)
        spin = _count_box(tr("Professionnel·les, secteur non précisé"))
        self.boxes[(Audience.PROFESSIONAL.value, "", "", "")] = spin
        self.add_to_chain(spin)
        self.sector_grid.addWidget(label(tr("Secteur non précisé"), wrap=False), 0, 0)
        self.sector_grid.addWidget(spin, 0, 1)
        return self.sector_box

    def _read_sectors(self) -> None:
        self.workspace.ops.read(self, lambda tx: partner_sectors(tx), self._sectors_read)

    def _sectors_read(self, sectors: list) -> None:
        dirty = self.is_dirty()
        for i, choice in enumerate(sectors, start=1):
            spin = _count_box(tr("Professionnel·les, {sector}").format(sector=choice.label))
            self.boxes[(Audience.PROFESSIONAL.value, "", "", choice.code)] = spin
            spin.valueChanged.connect(self._count)
            self.sector_grid.addWidget(label(choice.label, wrap=False), i // 2, 2 * (i % 2))
            self.sector_grid.addWidget(spin, i // 2, 2 * (i % 2) + 1)
        for row in self.occurrence.attendance:
            if row.sector:
                box = self.boxes.get((row.audience.value, "", "", row.sector))
                if box is not None:
                    box.setValue(row.count)
                    fallback = self.boxes[(Audience.PROFESSIONAL.value, "", "", "")]
                    fallback.setValue(max(0, fallback.value() - row.count))
        if not dirty:
            self.mark_clean()

    def _count(self) -> None:
        n = sum(box.value() for box in self.boxes.values())
        self.total.setText(tr("Total : {n} participant·e(s)").format(n=n))

    def counts(self) -> list[AttendanceCount]:
        result = []
        for (audience, band, gender, sector), box in self.boxes.items():
            if box.value():
                result.append(
                    AttendanceCount(
                        Audience(audience),
                        box.value(),
                        AgeBand(band) if band else None,
                        Gender(gender) if gender else None,
                        sector or None,
                    )
                )
        return result

    def payload(self) -> dict[str, Any]:
        return {"|".join(key): box.value() for key, box in self.boxes.items() if box.value()}

    def restore(self, payload: dict[str, Any]) -> None:
        for key, box in self.boxes.items():
            box.setValue(int(payload.get("|".join(key), 0)))

    def build_job(self) -> Callable[[Tx], Any]:
        counts, actor, occurrence = self.counts(), self.workspace.session, self.occurrence.id
        return lambda tx: record_attendance(tx, actor, occurrence, counts)


class LinkDialog(FormDialog):
    """Link a participant of a session to a case (checked on that case)."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None, occurrence: OccurrenceView
    ) -> None:
        super().__init__(
            workspace,
            parent,
            form_key=f"activity_link:new:{occurrence.id}",
            title=tr("Relier à un dossier"),
        )
        self.occurrence = occurrence
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("ex. 2026-0042"))
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(
            label(
                tr(
                    "Seulement si c'est utile au suivi : le lien s'inscrit dans le dossier et "
                    "suit ses droits d'accès. Il n'ajoute personne aux comptages."
                ),
                "muted",
            )
        )
        self.add_row(form, tr("&Dossier :"), "reference", self.reference)
        self.finish_layout(body)
        fit_to_screen(self, 520, 240)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {"reference": self.reference.text()}

    def restore(self, payload: dict[str, Any]) -> None:
        self.reference.setText(payload.get("reference", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        actor, reference, occurrence = (
            self.workspace.session,
            self.reference.text(),
            self.occurrence.id,
        )

        def write(tx: Tx) -> uuid.UUID:
            try:
                case_id = find_case_for_link(tx, actor, reference)
            except ValidationError as exc:
                raise ValidationError(exc.message, field="reference") from exc
            return link_participant(tx, actor, case_id, occurrence)

        return write


class TraineesDialog(FormDialog):
    """Which professionals of the directory followed this training session."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None, occurrence: OccurrenceView
    ) -> None:
        super().__init__(
            workspace,
            parent,
            form_key=f"trainees:{occurrence.id}",
            title=tr("Formation du {day}").format(day=fmt(occurrence.held_on)),
        )
        self.occurrence = occurrence
        self.people = CheckList()
        self.people.setAccessibleName(tr("Professionnel·les du répertoire"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(tr("Cochez les professionnel·les présent·es (répertoire)."), "muted")
        )
        self.add_to_chain(self.people)
        column.addWidget(self.people)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 560, 520)
        self.ready()
        QTimer.singleShot(0, self._read)

    def _read(self) -> None:
        actor, occurrence = self.workspace.session, self.occurrence.id

        def read(tx: Tx) -> tuple[list, list]:
            people = [
                (p.id.hex, f"{p.name} — {p.partner_name}") for p in network_professionals(tx, actor)
            ]
            return people, [c.hex for c in occurrence_trainees(tx, actor, occurrence)]

        self.workspace.ops.read(self, read, self._read_done)

    def _read_done(self, result: tuple[list, list]) -> None:
        people, ticked = result
        self.people.set_choices(people)
        self.people.set_codes(ticked)
        self.mark_clean()

    def payload(self) -> dict[str, Any]:
        return {"people": self.people.codes()}

    def restore(self, payload: dict[str, Any]) -> None:
        self.people.set_codes(payload.get("people", []))

    def build_job(self) -> Callable[[Tx], Any]:
        contacts = [uuid.UUID(c) for c in self.people.codes()]
        actor, occurrence = self.workspace.session, self.occurrence.id
        return lambda tx: record_trainees(tx, actor, occurrence, contacts)
