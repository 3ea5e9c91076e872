"""The user guide shown by F1, as translatable strings.

Every paragraph is a ``tr("…")`` string (French source), so the Qt Linguist
catalogues carry the guide's translations like every other string of the
screens (issue #14: one place for each text, never a separate help file per
language). :func:`guide` is called each time the guide is shown, after the
user's catalogue is installed, so it reads in the user's language.

Each section has an anchor: the pages of the main window name theirs
(``help_anchor``), and F1 opens the guide there.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import tr


@dataclass(frozen=True)
class Block:
    """A paragraph, or an item of a bulleted list (consecutive items form one list)."""

    text: str
    item: bool = False


@dataclass(frozen=True)
class Section:
    #: stable id used by the pages and in the HTML (never translated)
    anchor: str
    title: str
    blocks: tuple[Block, ...]
    #: 1: a chapter; 2: a part of the chapter above it (the tabs of a case)
    level: int = 1

    def text(self) -> str:
        """The title and every paragraph, for searching."""
        return "\n".join([self.title, *(block.text for block in self.blocks)])


def _p(text: str) -> Block:
    return Block(text)


def _li(text: str) -> Block:
    return Block(text, item=True)


def _section(anchor: str, title: str, *blocks: Block, level: int = 1) -> Section:
    return Section(anchor, title, tuple(blocks), level)


#: the anchors, in the order of the guide (the same in every language)
ANCHORS: tuple[str, ...] = (
    "bienvenue",
    "premier-demarrage",
    "deverrouiller",
    "clavier",
    "accueil",
    "nouveau-dossier",
    "dossiers",
    "dossier",
    "dossier-resume",
    "dossier-personnes",
    "dossier-auteurs",
    "dossier-violence",
    "dossier-risque",
    "dossier-accords",
    "dossier-suivis",
    "dossier-plainte",
    "dossier-demarches",
    "dossier-depart",
    "dossier-documents",
    "agenda",
    "reseau",
    "hebergement",
    "activites",
    "indicateurs",
    "equipe",
    "journal",
    "parametres",
    "sauvegardes",
    "effacement",
    "portables",
    "donnees",
)

#: the section of each tab of the case screen, in the order of the tabs
CASE_TAB_ANCHORS: tuple[str, ...] = (
    "dossier-resume",
    "dossier-personnes",
    "dossier-auteurs",
    "dossier-violence",
    "dossier-risque",
    "dossier-accords",
    "dossier-suivis",
    "dossier-plainte",
    "dossier-demarches",
    "dossier-depart",
    "dossier-documents",
)

#: where F1 opens the guide on the unlock screen
UNLOCK_ANCHOR = "deverrouiller"


def guide() -> list[Section]:
    """The whole guide, in the user's language (call it after translations are installed)."""
    sections = [
        *_start(),
        *_everyday(),
        *_case_screen(),
        *_other_pages(),
        *_team_pages(),
        *_data_care(),
    ]
    assert tuple(s.anchor for s in sections) == ANCHORS, "ANCHORS must follow the guide"
    return sections


def _start() -> list[Section]:
    return [
        _section(
            "bienvenue",
            tr("Bienvenue dans Balise"),
            _p(
                tr(
                    "Balise aide votre service à suivre les situations de violences "
                    "conjugales et intrafamiliales : les dossiers, les suivis, le risque, "
                    "les courriers aux partenaires, l'hébergement d'urgence et les activités."
                )
            ),
            _p(
                tr(
                    "Toutes les données sont gardées dans un coffre chiffré sur cet "
                    "ordinateur. Balise n'utilise pas Internet : rien ne part ailleurs "
                    "sans que vous le décidiez."
                )
            ),
            _p(
                tr(
                    "Cette aide s'ouvre avec la touche F1, là où vous êtes : sur chaque "
                    "page, elle montre d'abord la partie qui parle de cette page. La liste "
                    "de gauche mène aux autres parties ; la case de recherche trouve un mot."
                )
            ),
        ),
        _section(
            "premier-demarrage",
            tr("Premier démarrage"),
            _p(
                tr(
                    "La première fois, Balise ouvre un assistant qui crée le coffre du "
                    "service. Il demande :"
                )
            ),
            _li(tr("le service : son nom, son adresse, sa commune ;")),
            _li(tr("le ou la coordinateur·rice : son nom et son identifiant ;")),
            _li(
                tr(
                    "une phrase de passe d'au moins 12 caractères : une phrase facile à "
                    "retenir pour vous et difficile à deviner pour les autres ;"
                )
            ),
            _li(
                tr(
                    "le code de récupération, affiché une seule fois : imprimez-le ou "
                    "recopiez-le, et rangez-le loin de l'ordinateur."
                )
            ),
            _p(
                tr(
                    "Le code de récupération est le seul moyen d'ouvrir le coffre si la "
                    "phrase de passe est oubliée. Sans lui et sans phrase de passe, "
                    "personne ne peut relire les données, pas même le service informatique."
                )
            ),
            _p(
                tr(
                    "Chaque membre de l'équipe reçoit ensuite son compte et un code à usage "
                    "unique : à la première ouverture, chacun·e choisit sa propre phrase "
                    "de passe (voir « Équipe »)."
                )
            ),
        ),
        _section(
            "deverrouiller",
            tr("Déverrouiller et verrouiller"),
            _p(
                tr(
                    "L'écran de déverrouillage demande votre identifiant et votre phrase "
                    "de passe. Tapez-les puis appuyez sur Entrée. Le bouton « Afficher » "
                    "montre la phrase tapée, pour vérifier."
                )
            ),
            _p(
                tr(
                    "Après une erreur, Balise fait attendre un peu avant l'essai suivant, "
                    "de plus en plus longtemps (30 secondes au plus) : c'est ce qui "
                    "empêche quelqu'un d'essayer des phrases au hasard."
                )
            ),
            _p(
                tr(
                    "Phrase de passe oubliée ? Cliquez sur « J'ai oublié ma phrase de "
                    "passe — utiliser le code de récupération », tapez le code de "
                    "récupération, puis choisissez une nouvelle phrase de passe."
                )
            ),
            _p(
                tr(
                    "Pour verrouiller : Ctrl+L ou le bouton « Verrouiller ». Les écrans "
                    "sont vidés tout de suite ; il faut la phrase de passe pour revenir. "
                    "Verrouillez dès que vous quittez l'ordinateur, même un instant."
                )
            ),
            _p(
                tr(
                    "Balise se verrouille aussi tout seul après quelques minutes sans "
                    "activité (5 minutes au départ, réglable dans Paramètres). Ce que vous "
                    "étiez en train d'écrire est gardé et vous est proposé au retour."
                )
            ),
            _p(
                tr(
                    "Si l'écran dit que le coffre est endommagé, il propose la sauvegarde "
                    "vérifiée la plus récente, avec sa date : « Restaurer cette "
                    "sauvegarde… » la remet en place (voir « Sauvegardes et restauration »)."
                )
            ),
        ),
        _section(
            "clavier",
            tr("Travailler au clavier"),
            _p(tr("Tout peut se faire sans souris. Les touches à connaître :")),
            _li(tr("F1 : cette aide, à la partie de la page où vous êtes ;")),
            _li(tr("Ctrl+L : verrouiller tout de suite ;")),
            _li(tr("Ctrl+N : nouveau dossier ;")),
            _li(tr("Ctrl+H : masquer les noms (ou les montrer à nouveau) ;")),
            _li(tr("Ctrl+F : rechercher, dans les dossiers et dans le réseau ;")),
            _li(tr("Entrée : ouvrir le dossier ou l'élément choisi dans une liste ;")),
            _li(tr("Ctrl+Entrée : enregistrer le formulaire ouvert ;")),
            _li(tr("Échap : fermer une fenêtre ou abandonner un formulaire ;")),
            _li(
                tr(
                    "Alt+1 à Alt+9, puis Alt+0 : les onglets d'un dossier ; Alt+← : "
                    "revenir à la page d'avant ;"
                )
            ),
            _li(tr("Ctrl+P : imprimer l'aperçu d'un courrier ;")),
            _li(tr("Tab et Maj+Tab : passer au champ suivant ou précédent.")),
            _p(
                tr(
                    "Sur un bouton ou devant un champ, la lettre soulignée s'utilise avec "
                    "Alt : par exemple, Alt+D sur l'écran de déverrouillage appuie sur "
                    "« Déverrouiller »."
                )
            ),
        ),
    ]


def _everyday() -> list[Section]:
    return [
        _section(
            "accueil",
            tr("Accueil"),
            _p(tr("L'accueil rassemble ce qui compte pour votre journée :")),
            _li(tr("vos rendez-vous d'aujourd'hui ;")),
            _li(
                tr(
                    "« À surveiller » : les dossiers à risque élevé ou critique sans "
                    "suivi réalisé depuis 14 jours ;"
                )
            ),
            _li(tr("les échéances et les audiences des prochains jours ;")),
            _li(tr("vos dossiers ouverts.")),
            _p(
                tr(
                    "Double-cliquez sur une ligne, ou choisissez-la et appuyez sur Entrée, "
                    "pour ouvrir le dossier. « Voir tous mes dossiers » mène à la page "
                    "Dossiers, filtrée sur les vôtres."
                )
            ),
            _p(
                tr(
                    "Dans un lieu public, « Masquer les noms » (Ctrl+H) remplace partout "
                    "les noms par le pseudonyme ou les initiales."
                )
            ),
        ),
        _section(
            "nouveau-dossier",
            tr("Nouveau dossier"),
            _p(
                tr(
                    "« Nouveau dossier » (Ctrl+N) ouvre un formulaire court, pour ouvrir "
                    "un dossier en quelques minutes, pendant ou juste après l'entretien. "
                    "Il demande :"
                )
            ),
            _li(
                tr(
                    "la personne : un prénom, un nom ou seulement un pseudonyme si elle "
                    "ne veut pas donner son nom ;"
                )
            ),
            _li(tr("la commune et le ou les types de violence (même provisoires) ;")),
            _li(
                tr(
                    "le contact sûr : comment la joindre sans danger (téléphone sûr, "
                    "moments sûrs, message ou courrier possible, mot de code)."
                )
            ),
            _p(
                tr(
                    "Le reste est facultatif et peut être complété plus tard. Entrée passe "
                    "au champ suivant ; Ctrl+Entrée enregistre et ouvre le dossier."
                )
            ),
            _p(
                tr(
                    "Un dossier confidentiel n'est visible que par les intervenant·es "
                    "qui y sont attaché·es."
                )
            ),
        ),
        _section(
            "dossiers",
            tr("Dossiers"),
            _p(
                tr(
                    "La liste de tous les dossiers que vous pouvez voir. Au départ, elle "
                    "montre les dossiers ouverts et en pause."
                )
            ),
            _p(
                tr(
                    "La recherche (Ctrl+F) répond pendant la frappe : un nom, un "
                    "pseudonyme, un numéro de dossier ou un mot écrit dans un suivi. Les "
                    "accents sont facultatifs : « Helene » trouve « Hélène »."
                )
            ),
            _p(
                tr(
                    "Les filtres affinent la liste : statut, commune, intervenant·e, "
                    "niveau de risque, période d'ouverture. « Effacer les filtres » "
                    "revient à la liste de départ."
                )
            ),
            _p(
                tr(
                    "Depuis la recherche, la flèche bas mène à la liste ; Entrée ouvre le "
                    "dossier choisi. « Nouveau dossier » (Ctrl+N) en crée un."
                )
            ),
        ),
    ]


def _case_screen() -> list[Section]:
    return [
        _section(
            "dossier",
            tr("L'écran d'un dossier"),
            _p(
                tr(
                    "En haut : le numéro du dossier, la personne, le statut et le niveau "
                    "de risque. « ← Retour » (Alt+←) revient à la page d'où vous venez."
                )
            ),
            _p(
                tr(
                    "Le bandeau jaune « Contact sûr » reste visible sur chaque onglet : "
                    "lisez-le avant d'appeler ou d'écrire à la personne."
                )
            ),
            _p(
                tr(
                    "Le dossier est rangé en onglets ; Alt+1 à Alt+9 puis Alt+0 y mènent "
                    "directement. Ce que vous pouvez modifier dépend de votre rôle."
                )
            ),
            _p(
                tr(
                    "Rien ne se perd : quitter un formulaire modifié demande confirmation, "
                    "et si Balise se verrouille pendant la saisie, le texte est gardé "
                    "dans le coffre et proposé au déverrouillage suivant."
                )
            ),
        ),
        _section(
            "dossier-resume",
            tr("Résumé"),
            _p(
                tr(
                    "L'essentiel du dossier : situation, intervenant·es, dates. C'est "
                    "ici qu'on change le statut du dossier : mettre en pause, reprendre, "
                    "clôturer, rouvrir. Chaque changement demande un motif."
                )
            ),
            _p(
                tr(
                    "La coordination y trouve aussi « Effacer définitivement… » quand la "
                    "personne demande l'effacement de tout son dossier."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-personnes",
            tr("Personnes"),
            _p(
                tr(
                    "La victime, les enfants et les autres personnes concernées. La fiche "
                    "de la victime porte son contact sûr : gardez-le à jour."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-auteurs",
            tr("Auteurs"),
            _p(
                tr(
                    "Le ou les auteurs présumés : leur lien avec la victime, s'ils vivent "
                    "avec elle, s'ils ont accès à des armes, leurs antécédents judiciaires."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-violence",
            tr("Violence"),
            _p(
                tr(
                    "Les violences rapportées : les types, le premier et le dernier fait "
                    "connus, les enfants exposés. "
                    "Écrivez les faits tels qu'ils sont rapportés, sans détail qui "
                    "permettrait d'identifier d'autres personnes."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-risque",
            tr("Risque"),
            _p(
                tr(
                    "« Nouvelle évaluation… » pose les questions de la grille ; Balise "
                    "calcule le niveau et montre les facteurs qui ont pesé. Vous pouvez "
                    "relever le niveau par votre jugement professionnel, avec un motif, "
                    "mais pas le baisser sous le niveau calculé."
                )
            ),
            _p(
                tr(
                    "L'historique montre chaque évaluation et la tendance. Le niveau est "
                    "toujours écrit en toutes lettres, pas seulement en couleur."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-accords",
            tr("Accords"),
            _p(
                tr(
                    "Les consentements de la personne : d'accord pour que ses données "
                    "soient enregistrées, et pour qu'elles soient partagées avec tel "
                    "partenaire et dans tel but. « Noter un consentement… » en ajoute un ; "
                    "« Retirer le consentement… » note que la personne le reprend."
                )
            ),
            _p(
                tr(
                    "Sans accord de partage pour un partenaire et un but, Balise refuse "
                    "le courrier correspondant."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-suivis",
            tr("Suivis"),
            _p(
                tr(
                    "Les entretiens, appels et rendez-vous. « Nouveau suivi… » note ce qui "
                    "s'est passé ; « Prochain rendez-vous… » le met dans l'agenda."
                )
            ),
            _p(
                tr(
                    "Un rendez-vous passé se marque « réalisé » (avec un résumé) ou "
                    "« manqué », ici ou depuis l'Agenda."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-plainte",
            tr("Plainte"),
            _p(
                tr(
                    "La plainte et les mesures de protection : audiences, décisions, "
                    "interdiction temporaire de résidence. Balise calcule la fin de "
                    "l'interdiction (10 jours) et rappelle qu'une prolongation ne dépasse "
                    "pas 3 mois. Les échéances apparaissent à l'Accueil et dans l'Agenda."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-demarches",
            tr("Démarches"),
            _p(
                tr(
                    "Les démarches socio-administratives (CPAS, banque, mutuelle, "
                    "logement, école…). « Appliquer un ensemble » ajoute d'un coup les démarches "
                    "habituelles d'une situation, comme « départ du domicile ». Cochez-les "
                    "« fait » au fur et à mesure."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-depart",
            tr("Départ"),
            _p(
                tr(
                    "Le plan de départ, préparé avec la personne : où aller, quoi "
                    "emporter, qui prévenir. Il peut désigner un séjour en hébergement "
                    "d'urgence. Dans l'onglet Documents, « Plan de départ pour la "
                    "personne… » en fait une version pour elle."
                )
            ),
            level=2,
        ),
        _section(
            "dossier-documents",
            tr("Documents et courriers"),
            _p(
                tr(
                    "« Nouveau courrier d'orientation… » : choisissez le partenaire, puis "
                    "cochez ce qui peut lui être transmis. Sans accord de partage "
                    "enregistré pour ce partenaire et ce but, le courrier est refusé, ou "
                    "émis avec une dérogation motivée qui est tracée."
                )
            ),
            _p(
                tr(
                    "Le courrier s'écrit dans la langue du partenaire (le français, sauf "
                    "indication contraire). L'aperçu s'affiche à l'écran ; Ctrl+P l'imprime."
                )
            ),
            _p(
                tr(
                    "Attention : une copie enregistrée sur le disque ou une clé USB n'est "
                    "pas chiffrée. Imprimez plutôt, ou rangez la copie en lieu sûr."
                )
            ),
            _p(
                tr(
                    "La liste montre les documents déjà émis ; « Afficher / réimprimer… » "
                    "les rouvre. Pour la personne : « Attestation de suivi… », « Plan de "
                    "départ pour la personne… », et « Résumé pour la personne (accès)… » "
                    "quand elle demande à voir ce que Balise contient sur elle."
                )
            ),
            level=2,
        ),
    ]


def _other_pages() -> list[Section]:
    return [
        _section(
            "agenda",
            tr("Agenda"),
            _p(
                tr(
                    "Vos rendez-vous par jour ou par semaine (« Jour », « Semaine », "
                    "« Précédent », « Aujourd'hui », « Suivant »). « Tout le service » "
                    "montre aussi ceux des collègues."
                )
            ),
            _p(
                tr(
                    "En haut, les rendez-vous passés à marquer « Réalisé… » ou « Manqué », "
                    "et les échéances dépassées. Entrée ou « Ouvrir le dossier » ouvre le "
                    "dossier du rendez-vous choisi."
                )
            ),
        ),
        _section(
            "reseau",
            tr("Réseau (partenaires)"),
            _p(
                tr(
                    "Le répertoire des partenaires : organisations, services et personnes "
                    "de contact, avec leur secteur et leur commune. La recherche (Ctrl+F) "
                    "et les filtres aident à trouver."
                )
            ),
            _p(
                tr(
                    "« Nouvelle organisation… » et « Modifier… » tiennent le répertoire à "
                    "jour. Pour une organisation qui ne travaille plus avec vous, "
                    "décochez « Organisation active » : elle n'est plus proposée pour les "
                    "courriers, et « Montrer les inactives » la retrouve."
                )
            ),
            _p(
                tr(
                    "« Importer (CSV)… » et « Exporter (CSV)… » échangent le répertoire "
                    "avec un tableur comme Excel."
                )
            ),
        ),
        _section(
            "hebergement",
            tr("Hébergement d'urgence"),
            _p(tr("Trois listes : les logements, les séjours de l'année et la liste d'attente.")),
            _li(
                tr(
                    "Logements : nom, nombre de places, période où il est disponible. "
                    "L'adresse reste secrète : elle n'apparaît que dans la fiche du logement."
                )
            ),
            _li(
                tr(
                    "Séjours : liés à un dossier, avec l'entrée, la sortie prévue, la "
                    "sortie réelle (« Noter la sortie… ») et la destination. Un séjour "
                    "qui dépasse sa sortie prévue est signalé."
                )
            ),
            _li(
                tr(
                    "Liste d'attente : les demandes, par priorité et par date ; "
                    "« Retirer de la liste » quand une solution est trouvée."
                )
            ),
            _p(
                tr(
                    "L'occupation se lit « 7,5 mois sur 12 ». La règle de comptage est "
                    "affichée : la nuit d'entrée compte, le jour de sortie non."
                )
            ),
        ),
        _section(
            "activites",
            tr("Activités collectives"),
            _p(
                tr(
                    "Ateliers pour enfants, groupes de parole, groupes de parents, "
                    "sensibilisation, séances en école, formations de professionnel·les, "
                    "réunions de réseau."
                )
            ),
            _p(
                tr(
                    "Une activité a une date, ou une règle comme « le premier mercredi du "
                    "mois ». Pour chaque séance, « Noter les présences… » compte les "
                    "participant·es sans nom (âge, genre, secteur des professionnel·les)."
                )
            ),
            _p(
                tr(
                    "Une séance n'est reliée à un dossier que si vous le choisissez "
                    "(« Relier à un dossier… »). Le plan de formation du réseau liste les "
                    "professionnel·les formé·es."
                )
            ),
        ),
        _section(
            "indicateurs",
            tr("Indicateurs"),
            _p(
                tr(
                    "Les chiffres de l'activité du service (pour la coordination) : une "
                    "année, un semestre ou des dates au choix, comparés à la période "
                    "précédente. Dossiers, profils, suivis, plaintes, mesures, "
                    "orientations, hébergement, activités."
                )
            ),
            _p(
                tr(
                    "Seulement des totaux : un nombre de 1 à 4 s'affiche « < 5 », et "
                    "d'autres cases sont masquées pour qu'on ne puisse pas le retrouver "
                    "par soustraction."
                )
            ),
            _p(
                tr(
                    "« Rapport PDF… » prépare le rapport au papier à lettres du service ; "
                    "« Exporter en CSV… » donne un fichier pour Excel. Chaque export est "
                    "noté dans le journal d'audit."
                )
            ),
            _p(
                tr(
                    "« Objectifs du financeur… » nomme les objectifs du PSSP ou du PCS "
                    "du service et les indicateurs qui y répondent : la page, le rapport "
                    "et le fichier commencent alors par une partie par objectif."
                )
            ),
        ),
    ]


def _team_pages() -> list[Section]:
    return [
        _section(
            "equipe",
            tr("Équipe"),
            _p(
                tr(
                    "Les comptes de l'équipe (pour la coordination). « Nouveau compte… » : "
                    "le nom, l'identifiant et le rôle (coordinateur·rice, assistant·e "
                    "social·e ou référent·e VIF, éducateur·rice de rue)."
                )
            ),
            _p(
                tr(
                    "La personne reçoit un code à usage unique et choisit sa phrase de "
                    "passe à la première ouverture. « Réinitialiser la phrase de passe… » "
                    "donne un nouveau code à qui a oublié la sienne."
                )
            ),
            _p(
                tr(
                    "Quand quelqu'un quitte le service, « Désactiver… » son compte : il ne "
                    "peut plus rien ouvrir, et son nom reste dans l'historique."
                )
            ),
        ),
        _section(
            "journal",
            tr("Journal d'audit"),
            _p(
                tr(
                    "Tout ce qui se fait dans Balise est noté : ouverture d'un dossier, "
                    "modification, courrier, export, changement de compte ou de réglage. "
                    "Qui, quand, quoi, quel dossier — jamais de nom de personne suivie."
                )
            ),
            _p(
                tr(
                    "Les filtres choisissent une période, une personne de l'équipe, une "
                    "action ou un numéro de dossier. « Exporter en CSV… » en fait un fichier."
                )
            ),
            _p(
                tr(
                    "« Vérifier la chaîne » contrôle que personne n'a modifié, supprimé "
                    "ou déplacé une entrée du journal."
                )
            ),
            _p(
                tr(
                    "Bon à savoir : tous les comptes d'un même coffre partagent la même "
                    "clé de chiffrement ; ce sont les rôles qui limitent ce que chacun voit."
                )
            ),
        ),
        _section(
            "parametres",
            tr("Paramètres"),
            _li(
                tr(
                    "Ma langue : chaque personne choisit la langue de Balise ; elle "
                    "s'applique tout de suite, sans perdre ce qui est en cours de saisie ;"
                )
            ),
            _li(
                tr(
                    "Verrouillage : le délai de verrouillage automatique, et verrouiller "
                    "quand la fenêtre est réduite (réglages de toute l'équipe, changés "
                    "par la coordination) ;"
                )
            ),
            _li(tr("Ma phrase de passe : « Changer ma phrase de passe… » ;")),
            _li(
                tr(
                    "Code de récupération (coordination) : en créer un nouveau si "
                    "l'ancien a été perdu ou vu ; l'ancien cesse alors de fonctionner ;"
                )
            ),
            _li(
                tr(
                    "Démarches et modèles de documents (coordination) : la liste des "
                    "démarches proposées, et le texte des courriers ;"
                )
            ),
            _li(tr("Sauvegardes et conservation : voir les parties qui suivent ;")),
            _li(tr("Synchronisation entre portables : voir « Plusieurs portables ».")),
        ),
    ]


def _data_care() -> list[Section]:
    return [
        _section(
            "sauvegardes",
            tr("Sauvegardes et restauration"),
            _p(
                tr(
                    "Chaque jour, peu après le premier déverrouillage, Balise fait une "
                    "copie chiffrée du coffre, en arrière-plan : vous continuez à "
                    "travailler. Chaque copie est relue et vérifiée."
                )
            ),
            _p(
                tr(
                    "Balise garde la dernière sauvegarde de chacun des 7 derniers jours, "
                    "des 4 dernières semaines et des 12 derniers mois."
                )
            ),
            _p(
                tr(
                    "Copie externe : dans Paramètres › Sauvegardes…, la coordination "
                    "choisit une clé USB ou un disque du service ; chaque sauvegarde y est "
                    "aussi copiée. Rangez la clé loin de l'ordinateur."
                )
            ),
            _p(
                tr(
                    "« Sauvegarder maintenant » en fait une tout de suite. Pour revenir "
                    "en arrière, choisissez une sauvegarde dans la liste puis « Restaurer "
                    "la sauvegarde choisie… »."
                )
            ),
            _p(
                tr(
                    "Ce qui a été enregistré après la date de la sauvegarde est perdu. Le "
                    "coffre remplacé n'est jamais supprimé : il est mis de côté. Ouvrez "
                    "ensuite le coffre avec la phrase de passe valable à la date de la "
                    "sauvegarde."
                )
            ),
        ),
        _section(
            "effacement",
            tr("Conservation et effacement"),
            _p(
                tr(
                    "Un dossier clôturé est gardé 5 ans après sa clôture. « Conservation "
                    "et effacement… » (Paramètres, coordination) liste les dossiers qui "
                    "ont dépassé ce délai ; cochez-les puis « Effacer les dossiers "
                    "cochés… »."
                )
            ),
            _p(
                tr(
                    "À la demande de la personne, la coordination peut aussi effacer un "
                    "dossier (onglet Résumé) ou un enfant ou une co-victime (onglet "
                    "Personnes) avec « Effacer définitivement… »."
                )
            ),
            _p(
                tr(
                    "L'effacement est réel et sans retour : le dossier et tout ce qui s'y "
                    "rattache disparaissent. Un nom écrit dans le texte d'un suivi ou "
                    "d'un document n'est pas retrouvé : relisez ces textes."
                )
            ),
            _p(
                tr(
                    "Les sauvegardes plus anciennes gardent encore la donnée effacée, "
                    "chiffrée, pendant environ 12 mois. Une restauration refait "
                    "automatiquement les effacements faits depuis la sauvegarde."
                )
            ),
        ),
        _section(
            "portables",
            tr("Plusieurs portables"),
            _p(
                tr(
                    "Chaque portable de l'équipe garde son propre coffre chiffré. Les "
                    "portables s'échangent des paquets chiffrés par une clé USB ou par un "
                    "dossier partagé du service, jamais par Internet."
                )
            ),
            _p(
                tr(
                    "Synchroniser : branchez la clé du service, puis Paramètres › "
                    "Synchroniser…, choisissez le dossier et « Synchroniser maintenant ». "
                    "Balise affiche seulement des nombres (modifications envoyées, "
                    "reçues). Attendez la fin avant de fermer."
                )
            ),
            _p(
                tr(
                    "L'ordre n'a pas d'importance. Si un paquet manque, Balise nomme le "
                    "portable à synchroniser d'abord. Synchronisez au retour de chaque "
                    "tournée, et au moins une fois par jour sur le portable de la "
                    "coordination."
                )
            ),
            _p(
                tr(
                    "Conflits : si la même information a changé sur deux portables, rien "
                    "n'est écrasé. Paramètres › « Conflits de synchronisation… » montre "
                    "les deux valeurs ; choisissez celle à garder."
                )
            ),
            _p(
                tr(
                    "Un portable perdu ou volé, le jour même : prévenez la coordination "
                    "(qui retire ce portable du service), changez les phrases de passe de "
                    "tous ceux qui l'utilisaient, et prévenez la direction et le ou la "
                    "délégué·e à la protection des données."
                )
            ),
        ),
        _section(
            "donnees",
            tr("Où sont les données ?"),
            _p(
                tr(
                    "Le coffre est un dossier sur cet ordinateur (« coffre », dans le "
                    "dossier de données de Balise). Il contient la base chiffrée, les clés "
                    "(elles-mêmes protégées par les phrases de passe), les sauvegardes et "
                    "le registre des effacements, sans aucun nom."
                )
            ),
            _p(
                tr(
                    "Le journal technique de Balise, utile au service informatique, ne "
                    "contient aucune donnée personnelle."
                )
            ),
            _p(
                tr(
                    "Ne copiez pas le coffre ailleurs vous-même : utilisez les sauvegardes "
                    "et la copie externe, qui restent chiffrées."
                )
            ),
        ),
    ]
