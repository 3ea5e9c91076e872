"""Write the two word lists the passphrase policy ships with (app/core/passphrase.py).

    .venv/bin/python scripts/make_passphrase_lists.py

``resources/common-passwords.txt`` is the blocklist (NIST SP 800-63B
5.1.1.2): passwords of at least 12 characters that attackers try first. It
holds the long entries of zxcvbn's bundled list of leaked passwords and
French and Belgian patterns built here (a common base word followed by a
year, "123456", "!"…). Shorter passwords need no entry: the length rule
refuses them already.

``resources/passphrase-words.txt`` is the French and Belgian vocabulary the
strength estimate adds to zxcvbn's English dictionaries, most guessable
first: words people build passwords on, first names, Belgian cities and the
communes of ``db/reference/communes.csv``, and words of the service itself.
With it, ``Bruxelles2024!`` is seen as a city, a year and a sign.

Both are lower case, without accents, one entry a line; lines starting with
``#`` are comments. Run again after changing the lists below.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from zxcvbn.frequency_lists import FREQUENCY_LISTS

ROOT = Path(__file__).resolve().parent.parent
MIN_LENGTH = 12  # app.core.passphrase.MIN_LENGTH


def words(text: str) -> list[str]:
    """The words of a block of text (keeps the lists below readable)."""
    return text.split()


#: bases of the most common French-speaking passwords, most common first
FRENCH_BASES = words(
    """
azerty motdepasse soleil doudou loulou chouchou bonjour jetaime marseille coucou
chocolat princesse nicolas camille julien thomas maxime amour bisous cherie bebe
papa maman famille liberte football tintin milou nounours vacances licorne dragon
caramel vanille fraise cerise pomme printemps hiver automne bienvenue secret
motdepasse admin utilisateur password azertyuiop qwertz toto titi tata doudoune
poupette minou minette chaton chaton chien chat cheval lapin tigre lion loup
bonheur sourire paradis etoile lumiere musique guitare piano danse
"""
)

#: Belgium: country, regions, cities, clubs, beers, culture
BELGIAN_WORDS = words(
    """
belgique belgium belgie belge wallonie wallon flandre vlaanderen bruxelles brussel
brussels liege luik anvers antwerpen gand gent namur namen charleroi mons bergen
louvain leuven bruges brugge ostende oostende arlon wavre hasselt mechelen malines
tournai doornik verviers spa seraing huy dinant bastogne eupen ottignies nivelles
standard anderlecht sclessin clubbrugge diables diablesrouges reddevils atomium
manneken mannekenpis jupiler stella leffe chimay orval westmalle duvel maredsous
gaufre speculoos praline frites moules kuifje schtroumpf smurf spirou gaston
lucky simenon brel stromae merckx hazard lukaku courtois kompany eden
"""
)

#: words of the service and the work: the first a colleague would try
SERVICE_WORDS = words(
    """
balise coffre dossier dossiers victime victimes violence violences prevention
cpas police justice parquet tribunal accueil refuge maison service social sociale
assistante assistant coordinateur coordinatrice educateur educatrice rue quartier
"""
)

FIRST_NAMES = words(
    """
marie sophie julie laura sarah emma lea chloe manon camille nathalie isabelle
sandrine celine stephanie valerie catherine christine anne nicole monique martine
sylvie veronique fatima aicha nadia samira karima amina yasmina leila sara ines
jean pierre michel philippe alain patrick eric luc marc olivier christophe david
laurent frederic nicolas thomas julien kevin maxime antoine alexandre mohamed
ahmed youssef karim mehdi hamza ali omar bilal lucas louis noah arthur jules adam
victor hugo nathan theo tom liam
"""
)

MONTHS_DAYS = words(
    """
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche
"""
)

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "123!", "01", "00", "69"]
YEARS = [str(y) for y in range(1950, 2036)]
YEAR_BASES = ["bruxelles", "belgique", "liege", "namur", "charleroi", "anvers", "motdepasse"]
YEAR_BASES += ["password", "azerty", "soleil", "jetaime", "bonjour", "balise", "standard"]
KEYBOARD = ["azertyuiop", "qsdfghjklm", "wxcvbn", "1234567890", "0123456789", "azerty"]


def fold(text: str) -> str:
    """Lower case without accents, as the policy compares."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in items if i and not (i in seen or seen.add(i))]


def communes() -> list[str]:
    with (ROOT / "db" / "reference" / "communes.csv").open(encoding="utf-8", newline="") as f:
        names = [fold(row["name"]) for row in csv.DictReader(f)]
    return [n.replace("'", "").replace(" ", "").replace("-", "") for n in names]


def vocabulary() -> list[str]:
    words = FRENCH_BASES + BELGIAN_WORDS + SERVICE_WORDS + FIRST_NAMES + MONTHS_DAYS
    return unique([fold(w) for w in words] + communes())


def blocklist() -> list[str]:
    bases = unique([fold(w) for w in FRENCH_BASES + BELGIAN_WORDS + SERVICE_WORDS])
    entries = [p for p in FREQUENCY_LISTS["passwords"] if len(p) >= MIN_LENGTH]
    entries += [b + s for b in bases for s in SUFFIXES]
    entries += [b + y + s for b in YEAR_BASES for y in YEARS for s in ("", "!")]
    entries += [a + b for a in KEYBOARD for b in KEYBOARD if a != b]
    entries += ["azertyuiopqsdfghjklm", "azertyuiopqsdfghjklmwxcvbn", "motdepasse" * 2]
    return unique([fold(e) for e in entries if len(e) >= MIN_LENGTH])


def write(name: str, about: str, lines: list[str]) -> None:
    header = [
        f"# {about}",
        "# Generated by scripts/make_passphrase_lists.py (zxcvbn's lists, MIT; Balise's own",
        "# French and Belgian lists). Lower case, no accents, one entry a line.",
    ]
    path = ROOT / "resources" / name
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(lines)} entries")


def main() -> None:
    write(
        "common-passwords.txt",
        "Passwords of 12 characters or more that attackers try first: always refused.",
        blocklist(),
    )
    write(
        "passphrase-words.txt",
        "French and Belgian words for the strength estimate, most guessable first.",
        vocabulary(),
    )


if __name__ == "__main__":
    main()
