"""Drafts: unsaved form content kept per user and form, inside the vault only."""

from __future__ import annotations

from collections.abc import Callable

from app.core.auth import UserSession
from app.core.drafts import delete_draft, list_drafts, load_draft, save_draft
from app.core.setup import CreatedVault
from app.core.vocabulary import Role
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.scan import encodings_of, files_containing, files_under
from tests.integration.case_file_support import add_worker, case_file_of, new_case

MARKER = "Brouillon-Zéphyrin-91c4"


def test_drafts_are_saved_replaced_and_deleted_per_user_and_form(
    make_vault: Callable[..., CreatedVault],
):
    cf = case_file_of(make_vault())
    me = cf.actor
    colleague_id = add_worker(cf, "a.lambert", "Anne Lambert")
    colleague = UserSession(
        colleague_id, "a.lambert", "Anne Lambert", Role.SOCIAL_WORKER, "", False
    )
    case_id = new_case(cf).id
    key = f"followup:new:{case_id}"
    with cf.session() as session, session.begin():
        save_draft(session, me, key, {"summary": "Elle a appelé", "minutes": 20}, case_id=case_id)
        save_draft(session, me, "intake:new", {"pseudonym": "Colibri"}, title="Nouveau dossier")
        save_draft(session, colleague, key, {"summary": "Autre brouillon"})
    with cf.session() as session:
        mine = load_draft(session, me, key)
        assert load_draft(session, colleague, key).payload == {"summary": "Autre brouillon"}
        assert load_draft(session, me, "followup:new:other") is None
    assert mine.payload == {"summary": "Elle a appelé", "minutes": 20}
    assert mine.case_id == case_id

    with cf.session() as session, session.begin():
        save_draft(session, me, key, {"summary": "Elle a rappelé"}, case_id=case_id, title="Suivi")
    with cf.session() as session:
        drafts = list_drafts(session, me)
        assert load_draft(session, me, key).payload == {"summary": "Elle a rappelé"}
    assert sorted(d.form_key for d in drafts) == sorted([key, "intake:new"])  # replaced, not added
    assert drafts[0].form_key == key and drafts[0].title == "Suivi"  # newest first

    with cf.session() as session, session.begin():
        delete_draft(session, me, key)
        delete_draft(session, me, "nothing:here")  # deleting what is not there is harmless
    with cf.session() as session:
        assert load_draft(session, me, key) is None
        assert load_draft(session, colleague, key) is not None
        assert [d.form_key for d in list_drafts(session, me)] == ["intake:new"]


def test_a_draft_lives_only_inside_the_encrypted_vault(make_vault: Callable[..., CreatedVault]):
    created = make_vault()
    cf = case_file_of(created)
    folder = cf.folder
    with cf.session() as session, session.begin():
        save_draft(session, cf.actor, "intake:new", {"situation": f"{MARKER} a peur."})
    created.vault.close()

    assert (
        files_containing(files_under(folder), encodings_of(MARKER, "Brouillon-Z", "phyrin-91c4"))
        == []
    )

    vault = Vault.open(folder)
    try:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        with db.session() as session:
            draft = load_draft(session, cf.actor, "intake:new")
        assert draft is not None and draft.payload == {"situation": f"{MARKER} a peur."}
    finally:
        vault.close()
