<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_BE">
<context>
    <name></name>
    <message>
        <source>Identifiant : </source>
        <extracomment>exit status for errors whose class says otherwise (refusals of the credentials) ``balise check``: 0 intact, 1 damaged, 2 refused (credentials, no vault), 3 not checked</extracomment>
        <translation>Username: </translation>
    </message>
    <message>
        <source>Tentatives infructueuses récentes : attente de {s} s…</source>
        <translation>Recent failed attempts: waiting {s} s…</translation>
    </message>
    <message>
        <source>L&apos;interface graphique ne peut pas démarrer sur cet ordinateur. Réinstallez Balise ; les commandes en ligne restent disponibles.</source>
        <translation>The graphical interface cannot start on this computer. Reinstall Balise; the command-line commands remain available.</translation>
    </message>
    <message>
        <source>Un coffre existe déjà dans le dossier « {dossier} ».</source>
        <translation>A vault already exists in the folder “{dossier}”.</translation>
    </message>
    <message>
        <source>Nom du service : </source>
        <translation>Service name: </translation>
    </message>
    <message>
        <source>Commune (nom ou code postal, facultatif) : </source>
        <translation>Municipality (name or postcode, optional): </translation>
    </message>
    <message>
        <source>Nom complet du ou de la coordinateur·rice : </source>
        <translation>Coordinator&apos;s full name: </translation>
    </message>
    <message>
        <source>Identifiant de connexion : </source>
        <translation>Login username: </translation>
    </message>
    <message>
        <source>Création du coffre…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>Le coffre a été créé dans « {dossier} ».</source>
        <translation>The vault has been created in “{dossier}”.</translation>
    </message>
    <message>
        <source>Identifiant du ou de la coordinateur·rice : {login}</source>
        <translation>Coordinator&apos;s username: {login}</translation>
    </message>
    <message>
        <source>La démonstration n&apos;est pas incluse dans cette installation de Balise. Elle fait partie de la version pour développeurs (scripts/demo.sh).</source>
        <translation>The demo is not included in this installation of Balise. It is part of the developer version (scripts/demo.sh).</translation>
    </message>
    <message>
        <source>Un coffre de démonstration existe déjà dans « {dossier} » : il est remplacé.</source>
        <translation>A demo vault already exists in “{dossier}”: it will be replaced.</translation>
    </message>
    <message>
        <source>Création du coffre de démonstration ({n} dossiers fictifs)…</source>
        <translation>Creating the demo vault ({n} fictitious cases)…</translation>
    </message>
    <message>
        <source>Phrase de passe : </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Le coffre n&apos;a pas pu être vérifié.</source>
        <translation>The vault could not be checked.</translation>
    </message>
    <message>
        <source>Le coffre est endommagé :</source>
        <translation>The vault is damaged:</translation>
    </message>
    <message>
        <source>Le coffre est intact.</source>
        <translation>The vault is intact.</translation>
    </message>
    <message>
        <source>Code de récupération : </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <source>Phrase de passe actuelle : </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>La phrase de passe de « {login} » a été changée.</source>
        <translation>The passphrase of “{login}” has been changed.</translation>
    </message>
    <message>
        <source>son contenu a été modifié</source>
        <translation>its content has been modified</translation>
    </message>
    <message>
        <source>l&apos;entrée qui la précédait a été supprimée ou modifiée</source>
        <translation>the entry before it has been deleted or modified</translation>
    </message>
    <message>
        <source>des entrées ont été supprimées ou déplacées avant elle</source>
        <translation>entries before it have been deleted or moved</translation>
    </message>
    <message>
        <source>les dernières entrées du journal ont été supprimées</source>
        <translation>the last entries of the log have been deleted</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit a été altéré à partir de l&apos;entrée n° {seq} : {reason}.</source>
        <translation>The audit trail has been tampered with from entry no. {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit est intact ({n} entrées vérifiées).</source>
        <translation>The audit trail is intact ({n} entries checked).</translation>
    </message>
    <message>
        <source>Balise : dossiers d&apos;accompagnement des victimes de violences intrafamiliales, dans un coffre chiffré, hors ligne. Sans commande, ouvre l&apos;application.</source>
        <translation>Balise: support case files for victims of intra-family violence, in an encrypted vault, offline. Without a command, opens the application.</translation>
    </message>
    <message>
        <source>afficher la version et quitter</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>dossier du coffre (par défaut : le coffre du service sur cet ordinateur)</source>
        <translation>vault folder (default: the service&apos;s vault on this computer)</translation>
    </message>
    <message>
        <source>IDENTIFIANT</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>votre identifiant</source>
        <translation>your username</translation>
    </message>
    <message>
        <source>un nombre de secondes entre 0 et 30 est attendu</source>
        <translation>a number of seconds between 0 and 30 is expected</translation>
    </message>
    <message>
        <source>option avancée : durée visée pour dériver une clé (1 par défaut ; 0 = paramètres minimaux, jamais en dessous)</source>
        <translation>advanced option: target time for deriving a key (default 1; 0 = minimum settings, never lower)</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;application (commande par défaut).</source>
        <translation>Open the application (default command).</translation>
    </message>
    <message>
        <source>Créer le coffre d&apos;un service et le compte du ou de la coordinateur·rice.</source>
        <translation>Create a service&apos;s vault and the coordinator&apos;s account.</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>nom du service</source>
        <translation>service name</translation>
    </message>
    <message>
        <source>COMMUNE</source>
        <translation>MUNICIPALITY</translation>
    </message>
    <message>
        <source>commune (nom ou code postal)</source>
        <translation>municipality (name or postcode)</translation>
    </message>
    <message>
        <source>nom complet du ou de la coordinateur·rice</source>
        <translation>coordinator&apos;s full name</translation>
    </message>
    <message>
        <source>identifiant de connexion</source>
        <translation>login username</translation>
    </message>
    <message>
        <source>Créer un coffre de démonstration rempli de personnes fictives.</source>
        <translation>Create a demo vault filled with fictitious people.</translation>
    </message>
    <message>
        <source>un nombre de dossiers entre 1 et 1 000 000</source>
        <translation>a number of cases between 1 and 1,000,000</translation>
    </message>
    <message>
        <source>nombre de dossiers (200 par défaut)</source>
        <translation>number of cases (default 200)</translation>
    </message>
    <message>
        <source>ne pas ouvrir l&apos;application ensuite</source>
        <translation>do not open the application afterwards</translation>
    </message>
    <message>
        <source>option avancée : graine pour des données reproductibles</source>
        <translation>advanced option: seed for reproducible data</translation>
    </message>
    <message>
        <source>Vérifier l&apos;intégrité du coffre (sans rien modifier).</source>
        <translation>Check the integrity of the vault (without changing anything).</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  le coffre est intact
  1  le coffre est endommagé : restaurez la dernière sauvegarde
  2  refusé : phrase de passe incorrecte, coffre introuvable, protection trop faible
  3  vérification impossible : disque plein, en lecture seule ou accès refusé
     (les données ne sont pas en cause : réglez le problème du disque, puis réessayez)</source>
        <translation>exit codes:
  0  the vault is intact
  1  the vault is damaged: restore the latest backup
  2  refused: wrong passphrase, vault not found, protection too weak
  3  check impossible: disk full, read-only or access denied
     (the data is not at fault: fix the disk problem, then try again)</translation>
    </message>
    <message>
        <source>Changer sa phrase de passe, ou en choisir une nouvelle avec le code de récupération.</source>
        <translation>Change your passphrase, or choose a new one with the recovery code.</translation>
    </message>
    <message>
        <source>utiliser le code de récupération</source>
        <translation>use the recovery code</translation>
    </message>
    <message>
        <source>Vérifier que le journal d&apos;audit n&apos;a pas été altéré.</source>
        <translation>Check that the audit trail has not been tampered with.</translation>
    </message>
    <message>
        <source>« verify » : vérifier la chaîne</source>
        <translation>“verify”: check the chain</translation>
    </message>
    <message>
        <source>Interrompu.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Entrée interrompue.</source>
        <translation>Input interrupted.</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite ; les détails techniques sont dans le journal de Balise.</source>
        <extracomment>the generic sentence (French source; translated once the GUI has started)</extracomment>
        <translation>An unexpected error occurred; the technical details are in the Balise log.</translation>
    </message>
    <message>
        <source>{n} Mio</source>
        <translation>{n} MiB</translation>
    </message>
    <message>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Vérification</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Entrée terminée : une confirmation était attendue (ou --yes).</source>
        <translation>Input ended: a confirmation was expected (or --yes).</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée du {quand} ({taille}) : « {chemin} ».</source>
        <translation>Verified backup of {quand} ({taille}): “{chemin}”.</translation>
    </message>
    <message>
        <source>Copie externe vérifiée : « {chemin} ».</source>
        <translation>Verified external copy: “{chemin}”.</translation>
    </message>
    <message>
        <source>{n} sauvegarde(s) plus ancienne(s) retirée(s) par la rotation.</source>
        <translation>{n} older backup(s) removed by rotation.</translation>
    </message>
    <message>
        <source>Le dossier du coffre « {dossier} » n&apos;existe pas.</source>
        <translation>The vault folder “{dossier}” does not exist.</translation>
    </message>
    <message>
        <source>Cette sauvegarde appartient à un autre coffre.</source>
        <translation>This backup belongs to another vault.</translation>
    </message>
    <message>
        <source>Phrase de passe (celle valable à la date de la sauvegarde) : </source>
        <translation>Passphrase (the one valid on the date of the backup): </translation>
    </message>
    <message>
        <source>La sauvegarde du {quand} va remplacer le coffre actuel : ce qui a été enregistré après cette date sera perdu. Le coffre actuel est mis de côté dans le dossier du coffre, jamais supprimé.</source>
        <translation>The backup of {quand} will replace the current vault: anything saved after that date will be lost. The current vault is set aside in the vault folder, never deleted.</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ? (oui/non) </source>
        <translation>Restore this backup? (yes/no) </translation>
    </message>
    <message>
        <source>Rien n&apos;a été restauré.</source>
        <translation>Nothing has been restored.</translation>
    </message>
    <message>
        <source>La sauvegarde du {quand} a été restaurée.</source>
        <translation>The backup of {quand} has been restored.</translation>
    </message>
    <message>
        <source>Le coffre remplacé se trouve dans « {chemin} ».</source>
        <translation>The replaced vault is in “{chemin}”.</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) après cette sauvegarde ont été appliqués à nouveau (registre des effacements).</source>
        <translation>{n} erasure(s) made after this backup have been applied again (erasure register).</translation>
    </message>
    <message>
        <source>Aucun dossier n&apos;a dépassé son délai de conservation.</source>
        <translation>No case has exceeded its retention period.</translation>
    </message>
    <message>
        <source>{n} dossier(s) clôturé(s) ont dépassé leur délai de conservation :</source>
        <translation>{n} closed case(s) have exceeded their retention period:</translation>
    </message>
    <message>
        <source>Effacer définitivement ces {n} dossier(s) et tout ce qu&apos;ils contiennent ? (oui/non) </source>
        <translation>Permanently erase these {n} case(s) and everything they contain? (yes/no) </translation>
    </message>
    <message>
        <source>Rien n&apos;a été effacé.</source>
        <translation>Nothing has been erased.</translation>
    </message>
    <message>
        <source>{n} dossier(s) effacé(s) définitivement.</source>
        <translation>{n} case(s) permanently erased.</translation>
    </message>
    <message>
        <source>Sauvegarder le coffre maintenant (copie chiffrée, vérifiée).</source>
        <translation>Back up the vault now (encrypted, verified copy).</translation>
    </message>
    <message>
        <source>copier aussi la sauvegarde dans ce dossier (clé USB, disque réseau)</source>
        <translation>also copy the backup to this folder (USB stick, network drive)</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde ; le coffre actuel est mis de côté, jamais supprimé.</source>
        <translation>Restore a backup; the current vault is set aside, never deleted.</translation>
    </message>
    <message>
        <source>SAUVEGARDE</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>dossier de la sauvegarde</source>
        <translation>backup folder</translation>
    </message>
    <message>
        <source>ne pas demander de confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>Effacer définitivement les dossiers clôturés dont le délai de conservation est passé.</source>
        <translation>Permanently erase closed cases whose retention period has expired.</translation>
    </message>
    <message>
        <source>les dossiers qui ont dépassé leur délai de conservation</source>
        <translation>the cases that have exceeded their retention period</translation>
    </message>
    <message>
        <source>date attendue sous la forme AAAA-MM-JJ ou JJ/MM/AAAA : « {text} »</source>
        <translation>date expected as YYYY-MM-DD or DD/MM/YYYY: “{text}”</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {file} » : {reason}.</source>
        <translation>Cannot write “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>Indicateurs ({period}) enregistrés dans « {file} » (copie non chiffrée).</source>
        <translation>Indicators ({period}) saved to “{file}” (unencrypted copy).</translation>
    </message>
    <message>
        <source>Exporter les indicateurs d&apos;une période (PDF pour le pouvoir subsidiant, ou CSV).</source>
        <translation>Export the indicators for a period (PDF for the funding body, or CSV).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA)</source>
        <translation>first day of the period (YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>dernier jour de la période, inclus</source>
        <translation>last day of the period, inclusive</translation>
    </message>
    <message>
        <source>pdf ou csv</source>
        <translation>pdf or csv</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>Entrée terminée : une phrase de passe était attendue.</source>
        <translation>Input ended: a passphrase was expected.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;option {option}.</source>
        <translation>Specify the option {option}.</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe (12 caractères au moins) : </source>
        <translation>New passphrase (at least 12 characters): </translation>
    </message>
    <message>
        <source>Solidité : {label}</source>
        <translation>Strength: {label}</translation>
    </message>
    <message>
        <source>Confirmez la nouvelle phrase de passe : </source>
        <translation>Confirm the new passphrase: </translation>
    </message>
    <message>
        <source>CODE DE RÉCUPÉRATION (affiché une seule fois) :</source>
        <translation>RECOVERY CODE (shown only once):</translation>
    </message>
    <message>
        <source>Imprimez-le ou recopiez-le à la main maintenant, et rangez-le en lieu sûr, à l&apos;écart de l&apos;ordinateur portable (par exemple dans l&apos;armoire fermée du service). Il permet de rouvrir le coffre si toutes les phrases de passe sont oubliées ; quiconque le possède peut lire les dossiers.</source>
        <translation>Print it or copy it out by hand now, and keep it in a safe place, away from the laptop (for example in the service&apos;s locked cabinet). It can reopen the vault if all passphrases are forgotten; anyone who has it can read the cases.</translation>
    </message>
    <message>
        <source>Cette réponse est obligatoire.</source>
        <translation>This answer is required.</translation>
    </message>
    <message>
        <source>Plusieurs communes correspondent à « {texte} » : {noms}. Indiquez le nom.</source>
        <translation>Several municipalities match “{texte}”: {noms}. Enter the name.</translation>
    </message>
    <message>
        <source>Commune inconnue : « {texte} ». Indiquez le nom d&apos;une commune wallonne ou son code postal.</source>
        <translation>Unknown municipality: “{texte}”. Enter the name of a Walloon municipality or its postcode.</translation>
    </message>
    <message>
        <source>utilisation : </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>commandes</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>afficher cette aide et quitter</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>arguments obligatoires manquants : %s</source>
        <translation>missing required arguments: %s</translation>
    </message>
    <message>
        <source>arguments non reconnus : %s</source>
        <translation>unrecognised arguments: %s</translation>
    </message>
    <message>
        <source>choix inconnu : %(value)r (possibles : %(choices)s)</source>
        <translation>unknown choice: %(value)r (possible: %(choices)s)</translation>
    </message>
    <message>
        <source>option %(argument_name)s : %(message)s</source>
        <translation>option %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>une valeur est attendue</source>
        <translation>a value is expected</translation>
    </message>
    <message>
        <source>%(prog)s : erreur : %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà utilisé par un autre compte.</source>
        <translation>This username is already used by another account.</translation>
    </message>
    <message>
        <source>Indiquez le nom complet.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <source>Choisissez un rôle.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Commune inconnue.</source>
        <translation>Unknown municipality.</translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>Il faut au moins un compte de coordination actif.</source>
        <translation>There must be at least one active coordination account.</translation>
    </message>
    <message>
        <source>Chaque personne choisit sa propre langue : vous ne pouvez changer que la vôtre.</source>
        <translation>Each person chooses their own language: you can only change yours.</translation>
    </message>
    <message>
        <source>Langue inconnue : {code}.</source>
        <translation>Unknown language: {code}.</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé : réactivez-le d&apos;abord.</source>
        <translation>This account is deactivated: reactivate it first.</translation>
    </message>
    <message>
        <source>Atelier pour enfants</source>
        <translation>Children&apos;s workshop</translation>
    </message>
    <message>
        <source>Groupe de parole</source>
        <translation>Support group</translation>
    </message>
    <message>
        <source>Groupe de parents</source>
        <translation>Parents&apos; group</translation>
    </message>
    <message>
        <source>Action de sensibilisation</source>
        <translation>Awareness-raising activity</translation>
    </message>
    <message>
        <source>Animation en milieu scolaire</source>
        <translation>School session</translation>
    </message>
    <message>
        <source>Formation de professionnel·les</source>
        <translation>Training for professionals</translation>
    </message>
    <message>
        <source>Réunion de réseau (plateforme)</source>
        <translation>Network meeting (platform)</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Professionnel·les</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Moins de 6 ans</source>
        <translation>Under 6</translation>
    </message>
    <message>
        <source>6 à 11 ans</source>
        <translation>6 to 11</translation>
    </message>
    <message>
        <source>12 à 17 ans</source>
        <translation>12 to 17</translation>
    </message>
    <message>
        <source>18 à 29 ans</source>
        <translation>18 to 29</translation>
    </message>
    <message>
        <source>30 à 44 ans</source>
        <translation>30 to 44</translation>
    </message>
    <message>
        <source>45 à 59 ans</source>
        <translation>45 to 59</translation>
    </message>
    <message>
        <source>60 ans et plus</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>Donnez un titre à l&apos;activité.</source>
        <extracomment>a kind whose participants are professionals by default</extracomment>
        <translation>Give the activity a title.</translation>
    </message>
    <message>
        <source>Le titre est trop long (200 caractères au plus).</source>
        <translation>The title is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>L&apos;heure de fin suit l&apos;heure de début.</source>
        <translation>The end time must come after the start time.</translation>
    </message>
    <message>
        <source>Un partenaire choisi n&apos;existe plus dans le répertoire.</source>
        <translation>A chosen partner no longer exists in the directory.</translation>
    </message>
    <message>
        <source>Un·e animateur·rice choisi·e n&apos;existe plus.</source>
        <translation>A chosen facilitator no longer exists.</translation>
    </message>
    <message>
        <source>Cette activité n&apos;existe plus.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;existe plus.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>Des présences sont notées pour cette séance : retirez-les avant de l&apos;annuler.</source>
        <translation>Attendance has been recorded for this session: remove it before cancelling.</translation>
    </message>
    <message>
        <source>Un effectif va de 1 à 1 000.</source>
        <translation>A headcount is between 1 and 1,000.</translation>
    </message>
    <message>
        <source>Le secteur ou l&apos;organisation ne se notent que pour des professionnel·les.</source>
        <translation>The sector or organisation is only recorded for professionals.</translation>
    </message>
    <message>
        <source>Secteur inconnu.</source>
        <translation>Unknown sector.</translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe plus dans le répertoire.</source>
        <translation>This organisation no longer exists in the directory.</translation>
    </message>
    <message>
        <source>Cette séance est annulée.</source>
        <translation>This session is cancelled.</translation>
    </message>
    <message>
        <source>Les présences se notent une fois la séance passée.</source>
        <translation>Attendance is recorded once the session has taken place.</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>Cette personne n&apos;appartient pas à ce dossier.</source>
        <translation>This person does not belong to this case.</translation>
    </message>
    <message>
        <source>Aucun dossier ne porte ce numéro.</source>
        <extracomment>people housed tonight (stays open today) stays overlapping the period, of the cases the reader may see requests waiting, by priority then date asked stays open past their planned end, hidden ones included (a count only)</extracomment>
        <translation>No case has this number.</translation>
    </message>
    <message>
        <source>Ce lien n&apos;existe plus.</source>
        <translation>This link no longer exists.</translation>
    </message>
    <message>
        <source>Les participant·es nommé·es se notent pour une formation.</source>
        <extracomment>links to cases the reader may not see: a count, never a reference</extracomment>
        <translation>Named participants are recorded for a training session.</translation>
    </message>
    <message>
        <source>Une personne choisie n&apos;est plus dans le répertoire.</source>
        <translation>A chosen person is no longer in the directory.</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Déverrouillage refusé</source>
        <translation>Unlock refused</translation>
    </message>
    <message>
        <source>Verrouillage</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Code de récupération utilisé</source>
        <translation>Recovery code used</translation>
    </message>
    <message>
        <source>Phrase de passe changée</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Dossier créé</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Dossier consulté</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <source>Dossier modifié</source>
        <translation>Case modified</translation>
    </message>
    <message>
        <source>Statut du dossier</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Courrier émis</source>
        <translation>Letter issued</translation>
    </message>
    <message>
        <source>Courrier imprimé</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Compte modifié</source>
        <translation>Account modified</translation>
    </message>
    <message>
        <source>Paramètres modifiés</source>
        <translation>Settings modified</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restauration d&apos;une sauvegarde</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Journal tronqué détecté</source>
        <translation>Truncated log detected</translation>
    </message>
    <message>
        <source>Logement d&apos;urgence modifié</source>
        <translation>Emergency housing modified</translation>
    </message>
    <message>
        <source>Adresse d&apos;un logement affichée</source>
        <translation>Housing address displayed</translation>
    </message>
    <message>
        <source>Activité collective modifiée</source>
        <translation>Group activity modified</translation>
    </message>
    <message>
        <source>{portable} : {n} entrées, chaîne intacte.</source>
        <translation>{portable}: {n} entries, chain intact.</translation>
    </message>
    <message>
        <source>{portable} : chaîne rompue à l&apos;entrée n° {seq} : {reason}.</source>
        <translation>{portable}: chain broken at entry no. {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Trop de tentatives : attendez {s} secondes avant de réessayer.</source>
        <extracomment>the language Balise shows this user (``users.language``) failed-unlock counts this process could not write to disk (full or read-only)</extracomment>
        <translation>Too many attempts: wait {s} seconds before trying again.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Adressez-vous au ou à la coordinateur·rice.</source>
        <translation>This account is deactivated. Contact the coordinator.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;existe plus.</source>
        <extracomment>one organisation of the directory: the consent then covers only that partner
----------
tables with a ``case_id`` that an erasure keeps: the audit trail keeps the case&apos;s identifier (never its content) so that the erasure itself is traced
----------
score thresholds: below MEDIUM → low, below HIGH → medium, below CRITICAL → high</extracomment>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>La copie externe n&apos;a pas pu être faite : le dossier « {dossier} » n&apos;est pas accessible (clé USB retirée, disque réseau déconnecté ?). La sauvegarde dans le dossier du coffre a bien été faite.</source>
        <extracomment>a last verified backup older than this is pointed out on the home page French sentence when the external copy could not be made (the local one was)</extracomment>
        <translation>The external copy could not be made: the folder “{dossier}” is not accessible (USB stick removed, network drive disconnected?). The backup in the vault folder was made successfully.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée du coffre n&apos;existe encore.</source>
        <translation>No verified backup of the vault exists yet.</translation>
    </message>
    <message>
        <source>La dernière sauvegarde vérifiée date du {date} : plus d&apos;une semaine.</source>
        <translation>The latest verified backup dates from {date}: more than a week ago.</translation>
    </message>
    <message>
        <source>Aucune copie externe n&apos;est prévue : choisissez une clé USB ou un disque réseau dans Paramètres › Sauvegardes.</source>
        <translation>No external copy is set up: choose a USB stick or a network drive in Settings › Backups.</translation>
    </message>
    <message>
        <source>Aucune copie externe n&apos;existe encore sur « {dossier} ».</source>
        <translation>No external copy exists yet on “{dossier}”.</translation>
    </message>
    <message>
        <source>La dernière copie externe date du {date} : plus d&apos;une semaine.</source>
        <translation>The latest external copy dates from {date}: more than a week ago.</translation>
    </message>
    <message>
        <source>{date} à {heure}</source>
        <translation>{date} at {heure}</translation>
    </message>
    <message>
        <source>Le trousseau de clés enregistré avec la sauvegarde vérifiée du {quand} se trouve dans « {chemin} » : copiez-le à la place de keyring.json dans le dossier du coffre (les phrases de passe valables à cette date s&apos;appliqueront), ou restaurez toute la sauvegarde : balise restore --vault « {coffre} » « {sauvegarde} ».</source>
        <translation>The key ring saved with the verified backup of {quand} is in “{chemin}”: copy it in place of keyring.json in the vault folder (the passphrases valid on that date will apply), or restore the whole backup: balise restore --vault &quot;{coffre}&quot; &quot;{sauvegarde}&quot;.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée n&apos;a été trouvée dans le dossier « sauvegardes » du coffre. Si une copie existe sur une clé USB ou un disque réseau, restaurez-la.</source>
        <translation>No verified backup was found in the vault&apos;s “sauvegardes” folder. If a copy exists on a USB stick or a network drive, restore it.</translation>
    </message>
    <message>
        <source>La sauvegarde vérifiée la plus récente date du {quand} : ce qui a été enregistré après cette date serait perdu. Pour la restaurer : balise restore --vault « {coffre} » « {sauvegarde} ».</source>
        <translation>The most recent verified backup dates from {quand}: anything saved after that date would be lost. To restore it: balise restore --vault &quot;{coffre}&quot; &quot;{sauvegarde}&quot;.</translation>
    </message>
    <message>
        <source>Choisissez la commune.</source>
        <translation>Choose the municipality.</translation>
    </message>
    <message>
        <source>Cochez au moins un type de violence.</source>
        <translation>Tick at least one type of violence.</translation>
    </message>
    <message>
        <source>Le dernier fait connu ne peut pas précéder le premier.</source>
        <translation>The last known incident cannot be before the first.</translation>
    </message>
    <message>
        <source>Un dossier doit avoir au moins un·e intervenant·e attitré·e.</source>
        <translation>A case must have at least one assigned worker.</translation>
    </message>
    <message>
        <source>Indiquez au moins un nom, un prénom ou un pseudonyme.</source>
        <translation>Enter at least a surname, a first name or a pseudonym.</translation>
    </message>
    <message>
        <source>Cochez au moins un type de violence (même provisoire).</source>
        <translation>Tick at least one type of violence (even provisional).</translation>
    </message>
    <message>
        <source>Type de violence inconnu.</source>
        <translation>Unknown type of violence.</translation>
    </message>
    <message>
        <source>Origine de la demande inconnue.</source>
        <translation>Unknown source of the request.</translation>
    </message>
    <message>
        <source>Indiquez le motif de clôture.</source>
        <translation>Enter the reason for closing.</translation>
    </message>
    <message>
        <source>Ce dossier est déjà clôturé.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>Seul un dossier ouvert peut être mis en pause.</source>
        <translation>Only an open case can be put on hold.</translation>
    </message>
    <message>
        <source>Indiquez avec qui les informations peuvent être partagées.</source>
        <translation>Specify with whom the information may be shared.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe plus.</source>
        <translation>This partner no longer exists.</translation>
    </message>
    <message>
        <source>Indiquez dans quel but.</source>
        <translation>Specify for what purpose.</translation>
    </message>
    <message>
        <source>Ce consentement n&apos;existe plus.</source>
        <translation>This consent no longer exists.</translation>
    </message>
    <message>
        <source>Ce consentement a déjà été retiré.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>Le retrait ne peut pas précéder la date du consentement.</source>
        <translation>The withdrawal cannot be before the date of the consent.</translation>
    </message>
    <message>
        <source>La personne n&apos;a pas (ou plus) donné son accord pour l&apos;enregistrement.</source>
        <translation>The person has not (or no longer) agreed to the recording.</translation>
    </message>
    <message>
        <source>Accord donné le {date}.</source>
        <translation>Agreement given on {date}.</translation>
    </message>
    <message>
        <source>L&apos;accord de partage avec ce destinataire a été retiré.</source>
        <translation>The agreement to share with this recipient has been withdrawn.</translation>
    </message>
    <message>
        <source>Aucun accord de partage enregistré pour ce destinataire et ce but. Demandez l&apos;accord de la personne et notez-le dans le registre des consentements.</source>
        <translation>No sharing agreement recorded for this recipient and this purpose. Ask for the person&apos;s agreement and record it in the consent register.</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Référent·e VIF</source>
        <translation>IFV lead</translation>
    </message>
    <message>
        <source>Éducateur·rice de rue</source>
        <translation>Street educator</translation>
    </message>
    <message>
        <source>Lors du dernier verrouillage, Balise n&apos;a pas pu conserver tout ce que vous étiez en train de taper : au moins un formulaire non enregistré est perdu. Cela arrive notamment quand le disque est plein. Vérifiez la place libre sur le disque, puis ressaisissez ces informations.</source>
        <extracomment>an empty file in the vault folder, named after the account&apos;s random id: a draft of that account could not be kept (no personal data, nothing but the fact)</extracomment>
        <translation>At the last lock, Balise could not keep everything you were typing: at least one unsaved form has been lost. This happens in particular when the disk is full. Check the free space on the disk, then enter this information again.</translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 minute et 24 heures.</source>
        <translation>The duration must be between 1 minute and 24 hours.</translation>
    </message>
    <message>
        <source>Un suivi futur ne peut pas être marqué « réalisé ».</source>
        <translation>A future follow-up cannot be marked “done”.</translation>
    </message>
    <message>
        <source>Résumez ce qui s&apos;est passé.</source>
        <translation>Summarise what happened.</translation>
    </message>
    <message>
        <source>Ce suivi n&apos;existe plus.</source>
        <extracomment>how many follow-ups the case screen shows at a time (a case can hold a thousand)</extracomment>
        <translation>This follow-up no longer exists.</translation>
    </message>
    <message>
        <source>Maison d&apos;accueil / refuge</source>
        <translation>Shelter / refuge</translation>
    </message>
    <message>
        <source>Logement social / AIS</source>
        <translation>Social housing / AIS</translation>
    </message>
    <message>
        <source>Logement privé</source>
        <translation>Private housing</translation>
    </message>
    <message>
        <source>Famille ou amis</source>
        <translation>Family or friends</translation>
    </message>
    <message>
        <source>Retour au domicile</source>
        <translation>Return home</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Inconnue</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Hébergé·e</source>
        <translation>Housed</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Orientée ailleurs</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>depuis le {day}</source>
        <extracomment>None keeps the stored address when a unit is changed</extracomment>
        <translation>since {day}</translation>
    </message>
    <message>
        <source>Donnez un nom au logement (sans son adresse, ex. « Appartement A »).</source>
        <translation>Give the housing unit a name (without its address, e.g. “Flat A”).</translation>
    </message>
    <message>
        <source>Le nom est trop long (120 caractères au plus).</source>
        <translation>The name is too long (120 characters at most).</translation>
    </message>
    <message>
        <source>La capacité va de 1 à 50 places.</source>
        <translation>Capacity is between 1 and 50 places.</translation>
    </message>
    <message>
        <source>Indiquez depuis quand le logement est disponible.</source>
        <translation>Specify since when the housing unit is available.</translation>
    </message>
    <message>
        <source>La fin de disponibilité ne peut pas précéder son début.</source>
        <translation>The end of availability cannot be before its start.</translation>
    </message>
    <message>
        <source>Ce logement n&apos;existe plus.</source>
        <translation>This housing unit no longer exists.</translation>
    </message>
    <message>
        <source>{unit}, depuis le {entry}</source>
        <extracomment>nights slept so far (the counting rule of app.core.housing_occupancy) still open after its planned end: the exit was probably not noted</extracomment>
        <translation>{unit}, since {entry}</translation>
    </message>
    <message>
        <source>{unit}, du {entry} au {exit}</source>
        <translation>{unit}, from {entry} to {exit}</translation>
    </message>
    <message>
        <source>L&apos;entrée ne peut pas être datée dans le futur : la liste d&apos;attente sert avant.</source>
        <translation>The entry cannot be dated in the future: use the waiting list before that.</translation>
    </message>
    <message>
        <source>Le logement n&apos;est pas disponible à cette date.</source>
        <translation>The housing unit is not available on this date.</translation>
    </message>
    <message>
        <source>La sortie prévue ne peut pas précéder l&apos;entrée.</source>
        <translation>The planned exit cannot be before the entry.</translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder l&apos;entrée.</source>
        <translation>The exit cannot be before the entry.</translation>
    </message>
    <message>
        <source>La sortie effective ne peut pas être dans le futur : notez la sortie prévue.</source>
        <translation>The actual exit cannot be in the future: record the planned exit.</translation>
    </message>
    <message>
        <source>La destination après le séjour se note avec la date de sortie.</source>
        <translation>The destination after the stay is recorded with the exit date.</translation>
    </message>
    <message>
        <source>Cochez au moins une personne hébergée (victime, enfants).</source>
        <translation>Tick at least one housed person (victim, children).</translation>
    </message>
    <message>
        <source>Une des personnes cochées n&apos;appartient pas (ou plus) à ce dossier.</source>
        <translation>One of the ticked people does not (or no longer) belong to this case.</translation>
    </message>
    <message>
        <source>Le logement n&apos;a que {n} place(s) : avec les séjours en cours, il serait sur-occupé à ces dates.</source>
        <translation>The housing unit has only {n} place(s): with the current stays, it would be over-occupied on these dates.</translation>
    </message>
    <message>
        <source>Ce séjour n&apos;existe plus.</source>
        <translation>This stay no longer exists.</translation>
    </message>
    <message>
        <source>La demande ne peut pas être datée dans le futur.</source>
        <extracomment>days waited (up to today while waiting)</extracomment>
        <translation>The request cannot be dated in the future.</translation>
    </message>
    <message>
        <source>De 1 à 20 personnes.</source>
        <translation>From 1 to 20 people.</translation>
    </message>
    <message>
        <source>Cette demande n&apos;existe plus.</source>
        <translation>This request no longer exists.</translation>
    </message>
    <message>
        <source>La clôture ne peut pas précéder la demande.</source>
        <translation>The closing date cannot be before the request.</translation>
    </message>
    <message>
        <source>Une nuit compte quand quelqu&apos;un dort sur place : le jour d&apos;entrée compte, le jour de sortie non (une entrée et une sortie le même jour ne font aucune nuit). Un séjour sans date de sortie compte jusqu&apos;à ce soir, jamais au-delà.</source>
        <translation>A night counts when someone sleeps there: the day of entry counts, the day of exit does not (an entry and an exit on the same day make no night). A stay without an exit date counts up to tonight, never beyond.</translation>
    </message>
    <message>
        <source>non disponible</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>{occupied} mois sur {available}</source>
        <translation>{occupied} months out of {available}</translation>
    </message>
    <message>
        <source>{occupied} nuits sur {available} ({rate} %)</source>
        <translation>{occupied} nights out of {available} ({rate} %)</translation>
    </message>
    <message>
        <source>Un semestre est le 1er ou le 2e.</source>
        <translation>A half-year is the 1st or the 2nd.</translation>
    </message>
    <message>
        <source>La fin de la période ne peut pas précéder son début.</source>
        <translation>The end of the period cannot be before its start.</translation>
    </message>
    <message>
        <source>Année {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>1er semestre {year}</source>
        <translation>1st half {year}</translation>
    </message>
    <message>
        <source>2e semestre {year}</source>
        <translation>2nd half {year}</translation>
    </message>
    <message>
        <source>S{half} {year}</source>
        <translation>H{half} {year}</translation>
    </message>
    <message>
        <source>Ensemble des logements</source>
        <extracomment>how a person would rather look at it: &quot;bar&quot;, &quot;pie&quot; or &quot;&quot; (a table is enough) the service&apos;s PSSP/PCS objectives, each with its indicators (in the set order)</extracomment>
        <translation>All housing units</translation>
    </message>
    <message>
        <source>PSSP (plan stratégique de sécurité et de prévention)</source>
        <translation>PSSP (strategic security and prevention plan)</translation>
    </message>
    <message>
        <source>PCS (plan de cohésion sociale)</source>
        <translation>PCS (social cohesion plan)</translation>
    </message>
    <message>
        <source>Occupation des logements d&apos;urgence</source>
        <extracomment>the occupancy table is built apart from the specs (a place, not people)</extracomment>
        <translation>Emergency housing occupancy</translation>
    </message>
    <message>
        <source>{programme} — {code} : {title}</source>
        <extracomment>codes of the catalogue, in the order they were attached</extracomment>
        <translation>{programme} — {code}: {title}</translation>
    </message>
    <message>
        <source>Choisissez le programme du financeur (PSSP ou PCS).</source>
        <translation>Choose the funder&apos;s programme (PSSP or PCS).</translation>
    </message>
    <message>
        <source>Indiquez le code de l&apos;objectif tel que le financeur l&apos;écrit (ex. « OS 1.2 »).</source>
        <translation>Enter the objective&apos;s code as the funder writes it (e.g. “OS 1.2”).</translation>
    </message>
    <message>
        <source>Le code est trop long (20 caractères au plus).</source>
        <translation>The code is too long (20 characters at most).</translation>
    </message>
    <message>
        <source>Donnez un intitulé à l&apos;objectif.</source>
        <translation>Give the objective a title.</translation>
    </message>
    <message>
        <source>Cet objectif n&apos;existe plus.</source>
        <translation>This objective no longer exists.</translation>
    </message>
    <message>
        <source>Un objectif {programme} porte déjà le code « {code} ».</source>
        <translation>A {programme} objective already has the code “{code}”.</translation>
    </message>
    <message>
        <source>Indicateur inconnu : {codes}.</source>
        <translation>Unknown indicator: {codes}.</translation>
    </message>
    <message>
        <source>Mois occupés sur mois de disponibilité du logement pendant la période (une période en cours s&apos;arrête à aujourd&apos;hui). </source>
        <translation>Months occupied out of months the housing unit was available during the period (a current period stops at today). </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Comparée à</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Évolution</source>
        <extracomment>a column of occupancy (« 15,5 mois sur 24 », bold in the total row)</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Aucun indicateur attaché</source>
        <translation>No indicator attached</translation>
    </message>
    <message>
        <source>{cases} dossiers, {people} personnes, {followups} suivis, {users} comptes, {slots} emplacements de clé ; SQLCipher {version}.</source>
        <extracomment>byte lengths inside a slot: salt, GCM nonce, wrapped 32-byte key + 16-byte tag</extracomment>
        <translation>{cases} cases, {people} people, {followups} follow-ups, {users} accounts, {slots} key slots; SQLCipher {version}.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé : {n} problème(s) détecté(s) par les contrôles d&apos;intégrité des pages chiffrées.</source>
        <translation>The vault file is damaged: {n} problem(s) detected by the integrity checks of the encrypted pages.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé : une partie des données ne peut plus être lue ni déchiffrée.</source>
        <translation>The vault file is damaged: part of the data can no longer be read or decrypted.</translation>
    </message>
    <message>
        <source>Le trousseau de clés (keyring.json) est illisible.</source>
        <translation>The key ring (keyring.json) is unreadable.</translation>
    </message>
    <message>
        <source>Le trousseau de clés (keyring.json) a un format inconnu.</source>
        <translation>The key ring (keyring.json) has an unknown format.</translation>
    </message>
    <message>
        <source>Le trousseau de clés ne contient pas d&apos;identifiant de coffre valide.</source>
        <translation>The key ring does not contain a valid vault identifier.</translation>
    </message>
    <message>
        <source>Le trousseau de clés ne contient aucun emplacement de clé.</source>
        <translation>The key ring contains no key slot.</translation>
    </message>
    <message>
        <source>Un emplacement du trousseau de clés est incomplet ou illisible.</source>
        <translation>A key slot in the key ring is incomplete or unreadable.</translation>
    </message>
    <message>
        <source>Le trousseau de clés doit contenir exactement un code de récupération (il en contient {n}).</source>
        <translation>The key ring must contain exactly one recovery code (it contains {n}).</translation>
    </message>
    <message>
        <source>Deux emplacements du trousseau de clés portent le même identifiant.</source>
        <translation>Two key slots in the key ring have the same identifier.</translation>
    </message>
    <message>
        <source>Un emplacement du trousseau de clés utilise une protection inférieure au minimum.</source>
        <translation>A key slot in the key ring uses protection below the minimum.</translation>
    </message>
    <message>
        <source>Le trousseau de clés n&apos;appartient pas à ce coffre (identifiant différent).</source>
        <translation>The key ring does not belong to this vault (different identifier).</translation>
    </message>
    <message>
        <source>{n} compte(s) actif(s) n&apos;ont pas d&apos;emplacement de clé correspondant.</source>
        <translation>{n} active account(s) have no matching key slot.</translation>
    </message>
    <message>
        <source>Plusieurs emplacements de clé concernent le même compte.</source>
        <translation>Several key slots relate to the same account.</translation>
    </message>
    <message>
        <source>{n} emplacement(s) de clé du trousseau ne correspondent à aucun compte.</source>
        <translation>{n} key slot(s) in the key ring do not match any account.</translation>
    </message>
    <message>
        <source>Prise en charge</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation>No further action</translation>
    </message>
    <message>
        <source>Sans accord — {reason}</source>
        <translation>No agreement — {reason}</translation>
    </message>
    <message>
        <source>Accord de partage enregistré</source>
        <translation>Sharing agreement recorded</translation>
    </message>
    <message>
        <source>Remis à la personne</source>
        <translation>Given to the person</translation>
    </message>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>Seule une orientation a une suite.</source>
        <extracomment>what may happen to an issued document&apos;s bytes outside the vault</extracomment>
        <translation>Only a referral has an outcome.</translation>
    </message>
    <message>
        <source>La suite ne peut pas précéder la date du courrier.</source>
        <translation>The outcome cannot be before the date of the letter.</translation>
    </message>
    <message>
        <source>la personne concernée</source>
        <translation>the person concerned</translation>
    </message>
    <message>
        <source>1 an</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>{n} ans</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>Aucune victime principale dans le dossier.</source>
        <translation>No main victim in the case.</translation>
    </message>
    <message>
        <source>(nom masqué à la demande de la personne)</source>
        <translation>(name hidden at the person&apos;s request)</translation>
    </message>
    <message>
        <source>Date de naissance non notée.</source>
        <translation>Date of birth not recorded.</translation>
    </message>
    <message>
        <source>Numéro non noté.</source>
        <translation>Number not recorded.</translation>
    </message>
    <message>
        <source>Langues non notées.</source>
        <translation>Languages not recorded.</translation>
    </message>
    <message>
        <source>Aucun numéro sûr noté : le numéro ordinaire n&apos;est jamais imprimé.</source>
        <translation>No safe number recorded: the ordinary number is never printed.</translation>
    </message>
    <message>
        <source>à appeler : {times}</source>
        <translation>call: {times}</translation>
    </message>
    <message>
        <source>ne pas laisser de message</source>
        <translation>do not leave a message</translation>
    </message>
    <message>
        <source>ne laisser un message qu&apos;après accord</source>
        <translation>leave a message only after agreement</translation>
    </message>
    <message>
        <source>Adresse non notée.</source>
        <translation>Address not recorded.</translation>
    </message>
    <message>
        <source>La personne masque son identité : son adresse n&apos;est pas imprimée.</source>
        <translation>The person hides their identity: their address is not printed.</translation>
    </message>
    <message>
        <source>Le courrier à cette adresse n&apos;est pas noté comme sûr (règles de contact).</source>
        <translation>Post to this address is not recorded as safe (contact rules).</translation>
    </message>
    <message>
        <source>Aucun résumé de situation noté.</source>
        <translation>No summary of the situation recorded.</translation>
    </message>
    <message>
        <source>Aucun type de violence noté.</source>
        <translation>No type of violence recorded.</translation>
    </message>
    <message>
        <source>premiers faits : {d}</source>
        <translation>first incidents: {d}</translation>
    </message>
    <message>
        <source>derniers faits : {d}</source>
        <translation>latest incidents: {d}</translation>
    </message>
    <message>
        <source>Enfants exposés aux violences.</source>
        <translation>Children exposed to the violence.</translation>
    </message>
    <message>
        <source>Aucun enfant noté dans le dossier.</source>
        <translation>No child recorded in the case.</translation>
    </message>
    <message>
        <source>un enfant</source>
        <translation>a child</translation>
    </message>
    <message>
        <source>exposés aux violences</source>
        <translation>exposed to the violence</translation>
    </message>
    <message>
        <source>Aucune plainte notée.</source>
        <translation>No complaint recorded.</translation>
    </message>
    <message>
        <source>déposée le {d}</source>
        <translation>filed on {d}</translation>
    </message>
    <message>
        <source>, PV n° {pv}</source>
        <translation>, police report no. {pv}</translation>
    </message>
    <message>
        <source>interdiction temporaire de résidence ordonnée le {start}, jusqu&apos;au {end}</source>
        <translation>temporary residence ban ordered on {start}, until {end}</translation>
    </message>
    <message>
        <source>requête au tribunal de la famille le {d}</source>
        <translation>application to the family court on {d}</translation>
    </message>
    <message>
        <source>, audience le {d}</source>
        <translation>, hearing on {d}</translation>
    </message>
    <message>
        <source>Aucune mesure de protection notée.</source>
        <translation>No protection measure recorded.</translation>
    </message>
    <message>
        <source>Aucune évaluation du risque.</source>
        <translation>No risk screening.</translation>
    </message>
    <message>
        <source>(évalué le {d})</source>
        <translation>(assessed on {d})</translation>
    </message>
    <message>
        <source>Aucun auteur présumé noté.</source>
        <translation>No alleged perpetrator recorded.</translation>
    </message>
    <message>
        <source>vit avec la personne</source>
        <translation>lives with the person</translation>
    </message>
    <message>
        <source>ne vit pas avec la personne</source>
        <translation>does not live with the person</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>National register number</translation>
    </message>
    <message>
        <source>Langue(s) parlée(s)</source>
        <translation>Language(s) spoken</translation>
    </message>
    <message>
        <source>Téléphone sûr</source>
        <translation>Safe phone</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Suivi par notre service depuis le</source>
        <translation>Supported by our service since</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Violences rapportées</source>
        <translation>Reported violence</translation>
    </message>
    <message>
        <source>Lien avec l&apos;auteur présumé</source>
        <translation>Relationship with the alleged perpetrator</translation>
    </message>
    <message>
        <source>Plainte</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Mesures de protection</source>
        <translation>Protection measures</translation>
    </message>
    <message>
        <source>Niveau de risque évalué</source>
        <translation>Assessed risk level</translation>
    </message>
    <message>
        <source>Madame,</source>
        <extracomment>the language the document is written (and drawn) in; &quot;&quot;: the screen&apos;s the template had no text in that language: its body is the French one</extracomment>
        <translation>Madam,</translation>
    </message>
    <message>
        <source>Monsieur,</source>
        <translation>Sir,</translation>
    </message>
    <message>
        <source>une prise en charge par votre service</source>
        <translation>support from your service</translation>
    </message>
    <message>
        <source>une concertation sur sa situation</source>
        <translation>a case conference on their situation</translation>
    </message>
    <message>
        <source>l&apos;établissement d&apos;une attestation</source>
        <translation>the issuing of a certificate</translation>
    </message>
    <message>
        <source>des démarches juridiques ou judiciaires</source>
        <translation>legal or judicial steps</translation>
    </message>
    <message>
        <source>une solution d&apos;hébergement ou de logement</source>
        <translation>a shelter or housing solution</translation>
    </message>
    <message>
        <source>un accompagnement par votre service</source>
        <translation>support by your service</translation>
    </message>
    <message>
        <source>Information inconnue : {code}.</source>
        <translation>Unknown information: {code}.</translation>
    </message>
    <message>
        <source>« {label} » ne peut pas être inclus : {why}</source>
        <translation>“{label}” cannot be included: {why}</translation>
    </message>
    <message>
        <source>Cette personne de contact n&apos;existe plus.</source>
        <translation>This contact person no longer exists.</translation>
    </message>
    <message>
        <source>Cette organisation est inactive dans le répertoire.</source>
        <translation>This organisation is inactive in the directory.</translation>
    </message>
    <message>
        <source>Pour passer outre, indiquez pourquoi (au moins {n} caractères) : la raison sera enregistrée avec le courrier.</source>
        <translation>To override, state why (at least {n} characters): the reason will be recorded with the letter.</translation>
    </message>
    <message>
        <source>À l&apos;attention de {who}</source>
        <translation>For the attention of {who}</translation>
    </message>
    <message>
        <source>Informations transmises avec l&apos;accord de la personne</source>
        <translation>Information sent with the person&apos;s agreement</translation>
    </message>
    <message>
        <source>Informations transmises</source>
        <translation>Information sent</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas de victime principale.</source>
        <translation>This case has no main victim.</translation>
    </message>
    <message>
        <source>La date de naissance n&apos;est pas notée.</source>
        <translation>The date of birth is not recorded.</translation>
    </message>
    <message>
        <source>, né{e} le {date},</source>
        <translation>, born on {date},</translation>
    </message>
    <message>
        <source>À qui de droit</source>
        <translation>To whom it may concern</translation>
    </message>
    <message>
        <source>Fait à {place}</source>
        <translation>Done at {place}</translation>
    </message>
    <message>
        <source>Numéro de téléphone non reconnu (chiffres, espaces, + . / - uniquement).</source>
        <extracomment>the language letters to this organisation are written in (app.i18n.LANGUAGES)</extracomment>
        <translation>Phone number not recognised (digits, spaces, + . / - only).</translation>
    </message>
    <message>
        <source>Adresse e-mail non reconnue.</source>
        <translation>E-mail address not recognised.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Rue</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact n° {n}, nom</source>
        <translation>Contact no. {n}, name</translation>
    </message>
    <message>
        <source>Contact n° {n}, fonction</source>
        <translation>Contact no. {n}, job title</translation>
    </message>
    <message>
        <source>Contact n° {n}, téléphone</source>
        <translation>Contact no. {n}, phone</translation>
    </message>
    <message>
        <source>Contact n° {n}, e-mail</source>
        <translation>Contact no. {n}, e-mail</translation>
    </message>
    <message>
        <source>Contact n° {n}, notes</source>
        <translation>Contact no. {n}, notes</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;organisation.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <source>Le nom est trop long (200 caractères au plus).</source>
        <translation>The name is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>Choisissez le secteur.</source>
        <translation>Choose the sector.</translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue.</source>
        <translation>The address is too long.</translation>
    </message>
    <message>
        <source>Contact n° {n} : indiquez son nom.</source>
        <translation>Contact no. {n}: enter their name.</translation>
    </message>
    <message>
        <source>Contact n° {n} : {message}</source>
        <translation>Contact no. {n}: {message}</translation>
    </message>
    <message>
        <source>Toutes les communes</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>guillemet ouvert mais jamais fermé.</source>
        <translation>quotation mark opened but never closed.</translation>
    </message>
    <message>
        <source>une cellule dépasse {n} caractères.</source>
        <translation>a cell exceeds {n} characters.</translation>
    </message>
    <message>
        <source>ligne illisible ({error}).</source>
        <translation>unreadable line ({error}).</translation>
    </message>
    <message>
        <source>contact « {text} » : quatre parties au plus (nom | fonction | tél. | e-mail).</source>
        <translation>contact “{text}”: four parts at most (name | job title | phone | e-mail).</translation>
    </message>
    <message>
        <source>colonne « actif » : écrivez oui ou non.</source>
        <translation>“actif” column: write yes or no.</translation>
    </message>
    <message>
        <source>colonne « langue » : écrivez fr, nl, de ou en (« {value} » est inconnu).</source>
        <extracomment>what a ``langue`` cell may say, folded: the code or the language&apos;s name (in French or in itself)</extracomment>
        <translation>“langue” column: write fr, nl, de or en (“{value}” is unknown).</translation>
    </message>
    <message>
        <source>secteur « {sector} » inconnu.</source>
        <translation>unknown sector “{sector}”.</translation>
    </message>
    <message>
        <source>le secteur manque.</source>
        <translation>the sector is missing.</translation>
    </message>
    <message>
        <source>commune « {name} » inconnue.</source>
        <translation>unknown municipality “{name}”.</translation>
    </message>
    <message>
        <source>Ce fichier est trop gros pour un répertoire (5 Mo au plus).</source>
        <translation>This file is too large for a directory (5 MB at most).</translation>
    </message>
    <message>
        <source>Ce fichier est vide.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un CSV lisible.</source>
        <translation>This file is not a readable CSV.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes ; il manque : {missing}. Partez d&apos;un fichier exporté par Balise.</source>
        <translation>The first line must name the columns; missing: {missing}. Start from a file exported by Balise.</translation>
    </message>
    <message>
        <source>plus de cellules que de colonnes.</source>
        <translation>more cells than columns.</translation>
    </message>
    <message>
        <source>(lignes {first} à {last} du fichier)</source>
        <translation>(lines {first} to {last} of the file)</translation>
    </message>
    <message>
        <source>déjà présente à la ligne {n} du fichier.</source>
        <translation>already present on line {n} of the file.</translation>
    </message>
    <message>
        <source>Très faible</source>
        <extracomment>the estimate must reach 10^10 guesses (zxcvbn&apos;s top score). Behind Argon2id at 64 MiB or more, that is years of work for an offline attacker with one GPU; a word, a year and a sign (``Soleil2024!!``, about 10^8) is a day or so. the meter&apos;s steps, in log10 of the estimated guesses: Faible, Insuffisante, Bonne (the minimum accepted), Très bonne the meter&apos;s score from which a passphrase is accepted zxcvbn refuses longer input; the first 72 characters decide the estimate.</extracomment>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Insuffisante</source>
        <translation>Insufficient</translation>
    </message>
    <message>
        <source>Bonne</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Très bonne</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Vide</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>Trop courte</source>
        <translation>Too short</translation>
    </message>
    <message>
        <source>Trop courante</source>
        <translation>Too common</translation>
    </message>
    <message>
        <source>La phrase de passe doit compter au moins {n} caractères (elle en a {m}). Une courte phrase facile à retenir convient bien.</source>
        <translation>The passphrase must have at least {n} characters (it has {m}). A short sentence that is easy to remember works well.</translation>
    </message>
    <message>
        <source>La phrase de passe ne peut pas commencer ni finir par une espace.</source>
        <translation>The passphrase cannot begin or end with a space.</translation>
    </message>
    <message>
        <source>Cette phrase de passe fait partie des mots de passe les plus courants : choisissez-en une autre, par exemple quelques mots sans lien entre eux.</source>
        <translation>This passphrase is one of the most common passwords: choose another one, for example a few unrelated words.</translation>
    </message>
    <message>
        <source>Cette phrase de passe serait vite devinée (mot courant, prénom, nom de lieu, date, suite de touches…). Ajoutez un ou deux mots sans lien entre eux.</source>
        <translation>This passphrase would quickly be guessed (common word, first name, place name, date, keyboard sequence…). Add one or two unrelated words.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases are not identical.</translation>
    </message>
    <message>
        <source>Documents à emporter ou à copier</source>
        <translation>Documents to take or copy</translation>
    </message>
    <message>
        <source>Indispensables</source>
        <translation>Essentials</translation>
    </message>
    <message>
        <source>Enfants et animaux</source>
        <translation>Children and pets</translation>
    </message>
    <message>
        <source>Contacts et mot de passe</source>
        <translation>Contacts and password</translation>
    </message>
    <message>
        <source>Destination et transport</source>
        <translation>Destination and transport</translation>
    </message>
    <message>
        <source>Carte d&apos;identité, titre de séjour, passeports</source>
        <translation>Identity card, residence permit, passports</translation>
    </message>
    <message>
        <source>Actes de naissance et de mariage</source>
        <translation>Birth and marriage certificates</translation>
    </message>
    <message>
        <source>Bail ou titre de propriété</source>
        <translation>Lease or title deed</translation>
    </message>
    <message>
        <source>Documents bancaires, fiches de paie, allocations</source>
        <translation>Bank documents, payslips, benefits</translation>
    </message>
    <message>
        <source>Assurances et mutuelle</source>
        <translation>Insurance and health insurance fund</translation>
    </message>
    <message>
        <source>Certificats médicaux</source>
        <translation>Medical certificates</translation>
    </message>
    <message>
        <source>Copies des procès-verbaux de police</source>
        <translation>Copies of police reports</translation>
    </message>
    <message>
        <source>Décisions de justice</source>
        <translation>Court decisions</translation>
    </message>
    <message>
        <source>Diplômes</source>
        <translation>Diplomas</translation>
    </message>
    <message>
        <source>Carnets de santé et documents scolaires des enfants</source>
        <translation>Children&apos;s health records and school documents</translation>
    </message>
    <message>
        <source>Clés (logement, voiture)</source>
        <translation>Keys (home, car)</translation>
    </message>
    <message>
        <source>Argent liquide</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cartes bancaires</source>
        <translation>Bank cards</translation>
    </message>
    <message>
        <source>Médicaments et ordonnances</source>
        <translation>Medicines and prescriptions</translation>
    </message>
    <message>
        <source>Téléphone et chargeur</source>
        <translation>Phone and charger</translation>
    </message>
    <message>
        <source>Sac d&apos;urgence prêt et caché</source>
        <translation>Emergency bag ready and hidden</translation>
    </message>
    <message>
        <source>Vêtements des enfants</source>
        <translation>Children&apos;s clothes</translation>
    </message>
    <message>
        <source>Doudou ou jouet préféré</source>
        <translation>Comfort blanket or favourite toy</translation>
    </message>
    <message>
        <source>École ou crèche prévenue (personnes autorisées)</source>
        <translation>School or nursery informed (authorised persons)</translation>
    </message>
    <message>
        <source>Animaux : solution d&apos;accueil prévue</source>
        <translation>Pets: a place to stay arranged</translation>
    </message>
    <message>
        <source>Personne de confiance prévenue</source>
        <translation>Trusted person informed</translation>
    </message>
    <message>
        <source>Mot de passe convenu avec elle</source>
        <translation>Password agreed with them</translation>
    </message>
    <message>
        <source>Voisin·e·s prévenu·e·s</source>
        <translation>Neighbours informed</translation>
    </message>
    <message>
        <source>Numéros d&apos;urgence appris par cœur (112, 101, 0800 30 030)</source>
        <translation>Emergency numbers learnt by heart (112, 101, 0800 30 030)</translation>
    </message>
    <message>
        <source>Situations déclenchantes repérées</source>
        <translation>Trigger situations identified</translation>
    </message>
    <message>
        <source>Lieu d&apos;accueil confirmé</source>
        <translation>Place to stay confirmed</translation>
    </message>
    <message>
        <source>Transport organisé</source>
        <translation>Transport arranged</translation>
    </message>
    <message>
        <source>Moment et trajet sûrs choisis</source>
        <translation>Safe time and route chosen</translation>
    </message>
    <message>
        <source>Cette date ne peut pas être dans le futur.</source>
        <extracomment>the sentence when the record was deleted meanwhile</extracomment>
        <translation>This date cannot be in the future.</translation>
    </message>
    <message>
        <source>Ce membre de l&apos;équipe n&apos;existe plus.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe plus dans le répertoire.</source>
        <translation>This partner no longer exists in the directory.</translation>
    </message>
    <message>
        <source>La date de la plainte ne peut pas être future.</source>
        <translation>The date of the complaint cannot be in the future.</translation>
    </message>
    <message>
        <source>Cochez « accompagnée » pour indiquer par qui.</source>
        <translation>Tick “accompanied” to say by whom.</translation>
    </message>
    <message>
        <source>Cochez « certificat médical » pour en donner la date.</source>
        <translation>Tick “medical certificate” to give its date.</translation>
    </message>
    <message>
        <source>Indiquez la zone de police ou le commissariat.</source>
        <translation>Enter the police zone or station.</translation>
    </message>
    <message>
        <source>Cette plainte n&apos;existe plus.</source>
        <translation>This complaint no longer exists.</translation>
    </message>
    <message>
        <source>La plainte ne peut pas être postérieure à son premier changement de statut ({date}).</source>
        <translation>The complaint cannot be after its first status change ({date}).</translation>
    </message>
    <message>
        <source>Le changement de statut ne peut pas précéder le dépôt de la plainte ({date}).</source>
        <translation>The status change cannot be before the complaint was filed ({date}).</translation>
    </message>
    <message>
        <source>Le statut a déjà changé le {date} : la nouvelle date doit être postérieure.</source>
        <translation>The status already changed on {date}: the new date must be later.</translation>
    </message>
    <message>
        <source>La plainte a déjà le statut « {status} ».</source>
        <translation>The complaint already has the status “{status}”.</translation>
    </message>
    <message>
        <source>Fin de l&apos;interdiction</source>
        <extracomment>a deadline this close is shown as « bientôt »</extracomment>
        <translation>End of the ban</translation>
    </message>
    <message>
        <source>Audience du juge de paix</source>
        <translation>Justice of the peace hearing</translation>
    </message>
    <message>
        <source>Audience au tribunal de la famille</source>
        <translation>Family court hearing</translation>
    </message>
    <message>
        <source>Démarche à terminer</source>
        <translation>Step to complete</translation>
    </message>
    <message>
        <source>Départ prévu</source>
        <translation>Planned departure</translation>
    </message>
    <message>
        <source>notez la prolongation ou la fin de l&apos;interdiction</source>
        <translation>record the extension or the end of the ban</translation>
    </message>
    <message>
        <source>notez l&apos;issue de l&apos;audience</source>
        <translation>record the outcome of the hearing</translation>
    </message>
    <message>
        <source>notez la décision ou la nouvelle date</source>
        <translation>record the decision or the new date</translation>
    </message>
    <message>
        <source>mettez la démarche à jour</source>
        <translation>update the step</translation>
    </message>
    <message>
        <source>mettez le plan de départ à jour</source>
        <translation>update the departure plan</translation>
    </message>
    <message>
        <source>interdiction de résidence prolongée le {date}</source>
        <translation>residence ban extended on {date}</translation>
    </message>
    <message>
        <source>interdiction de résidence ordonnée le {date} (10 jours)</source>
        <translation>residence ban ordered on {date} (10 days)</translation>
    </message>
    <message>
        <source>interdiction de résidence, fin actuelle le {date}</source>
        <translation>residence ban, currently ending on {date}</translation>
    </message>
    <message>
        <source>requête du {date}</source>
        <translation>application of {date}</translation>
    </message>
    <message>
        <source>{label} (bloquée)</source>
        <translation>{label} (blocked)</translation>
    </message>
    <message>
        <source>plan {status}</source>
        <translation>plan {status}</translation>
    </message>
    <message>
        <source>Élément de liste inconnu.</source>
        <extracomment>the free-text fields of a plan, copied to a new version an emergency-housing stay of the case, when the destination is the apartment the worker confirmed « prêt » although documents are missing</extracomment>
        <translation>Unknown list item.</translation>
    </message>
    <message>
        <source>Indiquez la date à laquelle le départ a eu lieu.</source>
        <translation>Enter the date on which the departure took place.</translation>
    </message>
    <message>
        <source>Le départ ne peut pas être daté dans le futur.</source>
        <translation>The departure cannot be dated in the future.</translation>
    </message>
    <message>
        <source>La date de départ effectif ne se remplit que pour un plan « réalisé ».</source>
        <translation>The actual departure date is only filled in for a “completed” plan.</translation>
    </message>
    <message>
        <source>{n} document(s) de la liste ne sont pas encore cochés. Marquer le plan « prêt » quand même ?</source>
        <translation>{n} document(s) on the list are not ticked yet. Mark the plan “ready” anyway?</translation>
    </message>
    <message>
        <source>Un séjour ne se choisit que pour la destination « Appartement d&apos;urgence ».</source>
        <translation>A stay can only be chosen for the destination “Emergency flat”.</translation>
    </message>
    <message>
        <source>Ce séjour n&apos;existe plus dans ce dossier.</source>
        <translation>This stay no longer exists in this case.</translation>
    </message>
    <message>
        <source>Ce plan de départ n&apos;existe plus.</source>
        <translation>This departure plan no longer exists.</translation>
    </message>
    <message>
        <source>Cette version du plan est archivée : seule la version en cours se modifie.</source>
        <translation>This version of the plan is archived: only the current version can be changed.</translation>
    </message>
    <message>
        <source>Version {n} — {status}</source>
        <translation>Version {n} — {status}</translation>
    </message>
    <message>
        <source> le {date}</source>
        <translation> on {date}</translation>
    </message>
    <message>
        <source>, prévu le {date}</source>
        <translation>, planned for {date}</translation>
    </message>
    <message>
        <source>La date de l&apos;ordonnance ne peut pas être future.</source>
        <translation>The date of the order cannot be in the future.</translation>
    </message>
    <message>
        <source>La date de notification ne peut pas être future.</source>
        <translation>The date of notification cannot be in the future.</translation>
    </message>
    <message>
        <source>La notification ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>The notification cannot be before the order ({date}).</translation>
    </message>
    <message>
        <source>L&apos;audience ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>The hearing cannot be before the order ({date}).</translation>
    </message>
    <message>
        <source>Cette interdiction n&apos;existe plus.</source>
        <translation>This ban no longer exists.</translation>
    </message>
    <message>
        <source>La décision du juge de paix ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>The decision of the justice of the peace cannot be before the order ({date}).</translation>
    </message>
    <message>
        <source>Une prolongation doit finir après le {date} (fin des 10 jours).</source>
        <translation>An extension must end after {date} (end of the 10 days).</translation>
    </message>
    <message>
        <source>Le juge de paix peut prolonger l&apos;interdiction jusqu&apos;à trois mois après l&apos;ordonnance : au plus tard le {date}.</source>
        <translation>The justice of the peace can extend the ban up to three months after the order: {date} at the latest.</translation>
    </message>
    <message>
        <source>La décision du juge de paix ne peut pas être future.</source>
        <translation>The decision of the justice of the peace cannot be in the future.</translation>
    </message>
    <message>
        <source>Écrivez la note.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <source>La date de la requête ne peut pas être future.</source>
        <translation>The date of the application cannot be in the future.</translation>
    </message>
    <message>
        <source>L&apos;audience ne peut pas précéder la requête ({date}).</source>
        <translation>The hearing cannot be before the application ({date}).</translation>
    </message>
    <message>
        <source>La date de décision ne peut pas être future.</source>
        <translation>The date of the decision cannot be in the future.</translation>
    </message>
    <message>
        <source>La décision ne peut pas précéder la requête ({date}).</source>
        <translation>The decision cannot be before the application ({date}).</translation>
    </message>
    <message>
        <source>Indiquez la date de la décision.</source>
        <translation>Enter the date of the decision.</translation>
    </message>
    <message>
        <source>Cette procédure n&apos;existe plus.</source>
        <translation>This procedure no longer exists.</translation>
    </message>
    <message>
        <source>La décision ne peut pas précéder l&apos;introduction du dossier.</source>
        <translation>The decision cannot be before the application was filed.</translation>
    </message>
    <message>
        <source>Indiquez quand le dossier a été introduit.</source>
        <translation>Enter when the application was filed.</translation>
    </message>
    <message>
        <source>Choisissez la décision prise à cette date.</source>
        <translation>Choose the decision taken on this date.</translation>
    </message>
    <message>
        <source>Ce dossier de séjour n&apos;existe plus.</source>
        <translation>This residence application no longer exists.</translation>
    </message>
    <message>
        <source>Donnez un intitulé à la démarche.</source>
        <translation>Give the step a title.</translation>
    </message>
    <message>
        <source>L&apos;intitulé est trop long (200 caractères au plus).</source>
        <translation>The title is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>Une démarche porte déjà cet intitulé dans le catalogue.</source>
        <translation>A step with this title already exists in the catalogue.</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;existe pas au catalogue.</source>
        <translation>This step does not exist in the catalogue.</translation>
    </message>
    <message>
        <source>Choisissez une démarche du catalogue.</source>
        <translation>Choose a step from the catalogue.</translation>
    </message>
    <message>
        <source>Cette démarche figure déjà dans le dossier : modifiez-la plutôt.</source>
        <translation>This step is already in the case: edit it instead.</translation>
    </message>
    <message>
        <source>Ensemble « {name} »</source>
        <translation>Set “{name}”</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;existe plus.</source>
        <translation>This step no longer exists.</translation>
    </message>
    <message>
        <source>Aucune plainte enregistrée</source>
        <translation>No complaint recorded</translation>
    </message>
    <message>
        <source>{status} depuis le {date}</source>
        <translation>{status} since {date}</translation>
    </message>
    <message>
        <source> · PV {pv}</source>
        <translation> · report {pv}</translation>
    </message>
    <message>
        <source>{n} plaintes — la dernière : {text}</source>
        <translation>{n} complaints — the latest: {text}</translation>
    </message>
    <message>
        <source>Interdiction de résidence jusqu&apos;au {date}</source>
        <translation>Residence ban until {date}</translation>
    </message>
    <message>
        <source>Interdiction de résidence terminée le {date}</source>
        <translation>Residence ban ended on {date}</translation>
    </message>
    <message>
        <source> (prolongée)</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <source> · audience le {date} à {time}</source>
        <translation> · hearing on {date} at {time}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : décision du {date}</source>
        <translation>Family court: decision of {date}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : audience le {date}</source>
        <translation>Family court: hearing on {date}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : requête du {date}</source>
        <translation>Family court: application of {date}</translation>
    </message>
    <message>
        <source>Séjour : {decision}</source>
        <translation>Residence: {decision}</translation>
    </message>
    <message>
        <source>Séjour : dossier à introduire</source>
        <translation>Residence: application to be filed</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Aucune mesure de protection</source>
        <translation>No protection measure</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Aucune démarche</source>
        <translation>No steps</translation>
    </message>
    <message>
        <source>{done} sur {total} faites</source>
        <translation>{done} of {total} done</translation>
    </message>
    <message>
        <source> · {n} en retard</source>
        <translation> · {n} overdue</translation>
    </message>
    <message>
        <source> · {n} bloquée(s)</source>
        <translation> · {n} blocked</translation>
    </message>
    <message>
        <source>Plan de départ</source>
        <translation>Departure plan</translation>
    </message>
    <message>
        <source>Aucun plan de départ</source>
        <translation>No departure plan</translation>
    </message>
    <message>
        <source>{status} — {done} éléments sur {total} ({percent} %)</source>
        <translation>{status} — {done} items of {total} ({percent} %)</translation>
    </message>
    <message>
        <source> · départ le {date}</source>
        <translation> · departure on {date}</translation>
    </message>
    <message>
        <source> · départ prévu le {date}</source>
        <translation> · departure planned for {date}</translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation> · version {n}</translation>
    </message>
    <message>
        <source>Déposée</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>À l&apos;instruction</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <source>Classée sans suite</source>
        <translation>Case dismissed</translation>
    </message>
    <message>
        <source>Poursuites</source>
        <translation>Prosecution</translation>
    </message>
    <message>
        <source>Jugement</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Mesures urgentes (audience sous ± 15 jours)</source>
        <translation>Urgent measures (hearing within ± 15 days)</translation>
    </message>
    <message>
        <source>Référé (audience sous ± 2 jours)</source>
        <translation>Summary proceedings (hearing within ± 2 days)</translation>
    </message>
    <message>
        <source>Art. 11, § 2 (regroupement familial, pays tiers)</source>
        <translation>Art. 11, § 2 (family reunification, third country)</translation>
    </message>
    <message>
        <source>Art. 42quater, § 4 (famille de citoyen·ne UE)</source>
        <translation>Art. 42quater, § 4 (family of an EU citizen)</translation>
    </message>
    <message>
        <source>Autre base légale</source>
        <translation>Other legal basis</translation>
    </message>
    <message>
        <source>Séjour maintenu</source>
        <translation>Residence maintained</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sans objet</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Départ du domicile</source>
        <translation>Leaving home</translation>
    </message>
    <message>
        <source>Victime de nationalité étrangère</source>
        <translation>Victim of foreign nationality</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Appartement d&apos;urgence</source>
        <translation>Emergency flat</translation>
    </message>
    <message>
        <source>Logement personnel</source>
        <translation>Own housing</translation>
    </message>
    <message>
        <source>Ce dossier a déjà une victime principale.</source>
        <translation>This case already has a main victim.</translation>
    </message>
    <message>
        <source>Cette personne n&apos;existe plus dans le dossier.</source>
        <translation>This person no longer exists in the case.</translation>
    </message>
    <message>
        <source>La victime principale ne peut pas être retirée du dossier.</source>
        <translation>The main victim cannot be removed from the case.</translation>
    </message>
    <message>
        <source>voir la liste des dossiers, l&apos;agenda et le tableau de bord</source>
        <extracomment>action → {role: scope}; a role missing from an entry is refused. actions that concern one case: checked against the case&apos;s assignment and flag</extracomment>
        <translation>see the list of cases, the agenda and the dashboard</translation>
    </message>
    <message>
        <source>enregistrer un nouveau dossier (accueil)</source>
        <translation>register a new case (intake)</translation>
    </message>
    <message>
        <source>ouvrir un dossier</source>
        <translation>open a case</translation>
    </message>
    <message>
        <source>modifier les informations générales d&apos;un dossier</source>
        <translation>edit the general information of a case</translation>
    </message>
    <message>
        <source>clôturer, mettre en pause ou rouvrir un dossier</source>
        <translation>close, put on hold or reopen a case</translation>
    </message>
    <message>
        <source>ouvrir un dossier confidentiel sans y être attitré·e</source>
        <translation>open a confidential case without being assigned to it</translation>
    </message>
    <message>
        <source>modifier les personnes d&apos;un dossier et le contact sûr</source>
        <translation>edit the people in a case and the safe contact</translation>
    </message>
    <message>
        <source>consulter les fiches des auteurs présumés</source>
        <translation>view the records of alleged perpetrators</translation>
    </message>
    <message>
        <source>enregistrer ou modifier une fiche d&apos;auteur présumé</source>
        <translation>save or edit an alleged perpetrator&apos;s record</translation>
    </message>
    <message>
        <source>noter un suivi ou un rendez-vous</source>
        <translation>record a follow-up or an appointment</translation>
    </message>
    <message>
        <source>faire une évaluation du risque</source>
        <translation>do a risk screening</translation>
    </message>
    <message>
        <source>noter ou retirer un consentement</source>
        <translation>record or withdraw a consent</translation>
    </message>
    <message>
        <source>suivre plainte, démarches et plan de départ</source>
        <translation>follow up complaint, steps and departure plan</translation>
    </message>
    <message>
        <source>émettre ou imprimer un courrier</source>
        <translation>issue or print a letter</translation>
    </message>
    <message>
        <source>exporter des données</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>consulter le répertoire des partenaires</source>
        <translation>view the partner directory</translation>
    </message>
    <message>
        <source>modifier le répertoire des partenaires</source>
        <translation>edit the partner directory</translation>
    </message>
    <message>
        <source>modifier les paramètres du coffre</source>
        <translation>edit the vault settings</translation>
    </message>
    <message>
        <source>gérer les comptes de l&apos;équipe et le code de récupération</source>
        <translation>manage the team&apos;s accounts and the recovery code</translation>
    </message>
    <message>
        <source>consulter et exporter le journal d&apos;audit</source>
        <translation>view and export the audit trail</translation>
    </message>
    <message>
        <source>consulter les statistiques</source>
        <translation>view the statistics</translation>
    </message>
    <message>
        <source>nommer les objectifs du financeur (PSSP, PCS) et leur attacher des indicateurs</source>
        <translation>name the funder&apos;s objectives (PSSP, PCS) and attach indicators to them</translation>
    </message>
    <message>
        <source>effacer définitivement des données</source>
        <translation>permanently erase data</translation>
    </message>
    <message>
        <source>consulter l&apos;hébergement d&apos;urgence (logements, séjours, liste d&apos;attente)</source>
        <translation>view emergency housing (housing units, stays, waiting list)</translation>
    </message>
    <message>
        <source>enregistrer un séjour ou une demande d&apos;hébergement et voir l&apos;adresse d&apos;un logement</source>
        <translation>record a stay or a housing request and see a housing unit&apos;s address</translation>
    </message>
    <message>
        <source>gérer les logements d&apos;urgence (adresse, disponibilité)</source>
        <translation>manage emergency housing (address, availability)</translation>
    </message>
    <message>
        <source>consulter les activités collectives et les formations</source>
        <translation>view group activities and training sessions</translation>
    </message>
    <message>
        <source>organiser une activité collective et noter les présences anonymes</source>
        <translation>organise a group activity and record anonymous attendance</translation>
    </message>
    <message>
        <source>relier un·e participant·e d&apos;une activité à un dossier</source>
        <translation>link an activity participant to a case</translation>
    </message>
    <message>
        <source>Ce dossier est confidentiel : seul·es les intervenant·es attitré·es et la coordination y ont accès.</source>
        <translation>This case is confidential: only the assigned workers and the coordination have access to it.</translation>
    </message>
    <message>
        <source>Ce dossier ne vous est pas attribué. Demandez à la coordination de vous y ajouter si vous devez y travailler.</source>
        <translation>This case is not assigned to you. Ask the coordination to add you if you need to work on it.</translation>
    </message>
    <message>
        <source>Cette fiche a été enregistrée par un·e collègue : vous ne pouvez pas y accéder.</source>
        <translation>This record was saved by a colleague: you cannot access it.</translation>
    </message>
    <message>
        <source>Votre rôle ({role}) ne permet pas de {what}.</source>
        <translation>Your role ({role}) does not allow you to {what}.</translation>
    </message>
    <message>
        <source>Urgences (ambulance, pompiers, police)</source>
        <extracomment>printed at the end of the discreet plan; the listening line is not named</extracomment>
        <translation>Emergencies (ambulance, fire brigade, police)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Écoute gratuite et anonyme</source>
        <translation>Free, anonymous listening line</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas encore de plan de départ.</source>
        <translation>This case does not have a departure plan yet.</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Où aller</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <source>Comment y aller</source>
        <translation>How to get there</translation>
    </message>
    <message>
        <source>Personne de confiance</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <source>Mot convenu</source>
        <translation>Agreed word</translation>
    </message>
    <message>
        <source>Où est mon sac</source>
        <translation>Where my bag is</translation>
    </message>
    <message>
        <source>Signes qui doivent m&apos;alerter</source>
        <translation>Signs that should alert me</translation>
    </message>
    <message>
        <source>Mon départ</source>
        <translation>My departure</translation>
    </message>
    <message>
        <source>À compléter ensemble.</source>
        <translation>To be completed together.</translation>
    </message>
    <message>
        <source>Mes personnes relais</source>
        <translation>My contact people</translation>
    </message>
    <message>
        <source>À compléter.</source>
        <translation>To be completed.</translation>
    </message>
    <message>
        <source>À garder en tête</source>
        <translation>To keep in mind</translation>
    </message>
    <message>
        <source>Numéros utiles</source>
        <translation>Useful numbers</translation>
    </message>
    <message>
        <source>Aide-mémoire</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Le résumé pour la personne est établi par le ou la coordinateur·rice.</source>
        <translation>The summary for the person is drawn up by the coordinator.</translation>
    </message>
    <message>
        <source>Votre dossier</source>
        <translation>Your file</translation>
    </message>
    <message>
        <source>Référence</source>
        <extracomment>the case&apos;s UUID True for a confidential case (reference column) the RiskLevel (or None) of the row, any column marker colours: orange for high, red for critical darker shades for text, readable on white (contrast above 4.5:1) columns the database can sort on, with the CaseSort for each Qt order the header indicator that matches each CaseSort fetch(cursor, limit) -&gt; CasePage, run on the worker thread</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Ouvert le</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Origine de la demande</source>
        <translation>Source of the request</translation>
    </message>
    <message>
        <source>Intervenant·e·s</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Vos coordonnées</source>
        <translation>Your contact details</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Registre national</source>
        <translation>National register</translation>
    </message>
    <message>
        <source>Moments sûrs</source>
        <translation>Safe times</translation>
    </message>
    <message>
        <source>Message possible</source>
        <translation>Message possible</translation>
    </message>
    <message>
        <source>Courrier possible</source>
        <translation>Post possible</translation>
    </message>
    <message>
        <source>Votre situation</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <source>Violences notées</source>
        <translation>Violence recorded</translation>
    </message>
    <message>
        <source>Premiers faits</source>
        <translation>First incidents</translation>
    </message>
    <message>
        <source>Derniers faits</source>
        <translation>Latest incidents</translation>
    </message>
    <message>
        <source>Enfants exposés</source>
        <translation>Children exposed</translation>
    </message>
    <message>
        <source>Enfants et autres personnes</source>
        <translation>Children and other people</translation>
    </message>
    <message>
        <source>date de naissance non notée</source>
        <translation>date of birth not recorded</translation>
    </message>
    <message>
        <source>Évaluations du risque</source>
        <translation>Risk screenings</translation>
    </message>
    <message>
        <source>donné le {d}</source>
        <translation>given on {d}</translation>
    </message>
    <message>
        <source>, retiré le {d}</source>
        <translation>, withdrawn on {d}</translation>
    </message>
    <message>
        <source>Vos accords</source>
        <translation>Your agreements</translation>
    </message>
    <message>
        <source>Interdiction de résidence</source>
        <translation>Residence ban</translation>
    </message>
    <message>
        <source>du {a} au {b}</source>
        <translation>from {a} to {b}</translation>
    </message>
    <message>
        <source>Tribunal de la famille</source>
        <translation>Family court</translation>
    </message>
    <message>
        <source>requête du {d}</source>
        <translation>application of {d}</translation>
    </message>
    <message>
        <source>Plainte et protection</source>
        <translation>Complaint and protection</translation>
    </message>
    <message>
        <source>Nos rencontres et démarches</source>
        <translation>Our meetings and steps</translation>
    </message>
    <message>
        <source>Documents établis</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>né le {d}</source>
        <translation>born on {d}</translation>
    </message>
    <message>
        <source>vit avec vous : {x}</source>
        <translation>lives with you: {x}</translation>
    </message>
    <message>
        <source>Auteur(s) présumé(s)</source>
        <translation>Alleged perpetrator(s)</translation>
    </message>
    <message>
        <source>Les informations qui concernent d&apos;autres personnes, notamment l&apos;auteur présumé, ne figurent pas dans ce résumé.</source>
        <translation>Information about other people, in particular the alleged perpetrator, is not included in this summary.</translation>
    </message>
    <message>
        <source>Indiquez le motif de l&apos;effacement.</source>
        <translation>Enter the reason for the erasure.</translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>a recurring activity never makes more dates than this at once</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>premier</source>
        <translation>first</translation>
    </message>
    <message>
        <source>deuxième</source>
        <translation>second</translation>
    </message>
    <message>
        <source>troisième</source>
        <translation>third</translation>
    </message>
    <message>
        <source>quatrième</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>dernier</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Une seule date</source>
        <translation>A single date</translation>
    </message>
    <message>
        <source>Chaque semaine (ou toutes les n semaines)</source>
        <translation>Every week (or every n weeks)</translation>
    </message>
    <message>
        <source>Un jour fixe du mois (ex. le premier mercredi)</source>
        <translation>A fixed day of the month (e.g. the first Wednesday)</translation>
    </message>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>Une activité récurrente a une date de fin (par ex. la fin de l&apos;année scolaire).</source>
        <translation>A recurring activity has an end date (e.g. the end of the school year).</translation>
    </message>
    <message>
        <source>Choisissez le jour de la semaine.</source>
        <translation>Choose the day of the week.</translation>
    </message>
    <message>
        <source>Choisissez le premier, deuxième… ou dernier.</source>
        <translation>Choose the first, second… or last.</translation>
    </message>
    <message>
        <source>Toutes les 1 à 8 semaines.</source>
        <translation>Every 1 to 8 weeks.</translation>
    </message>
    <message>
        <source>Plus de {n} séances : raccourcissez la période.</source>
        <translation>More than {n} sessions: shorten the period.</translation>
    </message>
    <message>
        <source>Aucune date ne tombe dans cette période : vérifiez le jour et les dates.</source>
        <translation>No date falls within this period: check the day and the dates.</translation>
    </message>
    <message>
        <source>une seule date</source>
        <translation>a single date</translation>
    </message>
    <message>
        <source>chaque {day}</source>
        <translation>every {day}</translation>
    </message>
    <message>
        <source>un {day} sur deux</source>
        <translation>every other {day}</translation>
    </message>
    <message>
        <source>un {day} toutes les {n} semaines</source>
        <translation>one {day} every {n} weeks</translation>
    </message>
    <message>
        <source>le {nth} {day} du mois</source>
        <translation>the {nth} {day} of the month</translation>
    </message>
    <message>
        <source>« {chemin} » n&apos;est pas une sauvegarde Balise lisible.</source>
        <extracomment>where the vault that was replaced now is (inside the vault folder) erasures of the register applied again to the restored data</extracomment>
        <translation>“{chemin}” is not a readable Balise backup.</translation>
    </message>
    <message>
        <source>Cette sauvegarde n&apos;est pas vérifiée ou n&apos;appartient pas à ce coffre : elle n&apos;est pas restaurée.</source>
        <translation>This backup is not verified or does not belong to this vault: it is not restored.</translation>
    </message>
    <message>
        <source>Le trousseau de clés de cette sauvegarde est illisible.</source>
        <translation>The key ring of this backup is unreadable.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde ne peut pas être relue.</source>
        <translation>The backup copy cannot be read back.</translation>
    </message>
    <message>
        <source>Seul un compte de coordination actif à la date de la sauvegarde peut la restaurer.</source>
        <translation>Only a coordination account active on the date of the backup can restore it.</translation>
    </message>
    <message>
        <source>Le niveau peut être relevé par votre jugement professionnel, pas abaissé sous le niveau calculé.</source>
        <translation>The level can be raised by your professional judgement, not lowered below the calculated level.</translation>
    </message>
    <message>
        <source>Expliquez pourquoi vous relevez le niveau de risque.</source>
        <translation>Explain why you are raising the risk level.</translation>
    </message>
    <message>
        <source>L&apos;identifiant doit compter de 2 à 40 caractères : lettres minuscules sans accent, chiffres, point, tiret ou soulignement (par exemple « m.dupont »).</source>
        <extracomment>the coordinator login of every demo vault the language Balise shows the coordinator (chosen in the first-run wizard)</extracomment>
        <translation>The username must have 2 to 40 characters: unaccented lowercase letters, digits, full stop, hyphen or underscore (for example “m.dupont”).</translation>
    </message>
    <message>
        <source>Indiquez le nom du service.</source>
        <translation>Enter the name of the service.</translation>
    </message>
    <message>
        <source>Le code postal belge compte 4 chiffres (par exemple 4920).</source>
        <translation>A Belgian postcode has 4 digits (for example 4920).</translation>
    </message>
    <message>
        <source>Indiquez le nom du ou de la coordinateur·rice.</source>
        <translation>Enter the coordinator&apos;s name.</translation>
    </message>
    <message>
        <source>&lt; 5</source>
        <extracomment>the largest count that is never shown the smallest value a complementary cell can have (one above SMALL_MAX) months out of this many (occupancy: « 7,5 mois sur 12 »; 0: not available)</extracomment>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <source>masqué</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Règle de confidentialité : les effectifs de 1 à 4 sont affichés « &lt; 5 ». Pour qu&apos;un total ne permette pas de les retrouver, d&apos;autres cases sont alors masquées (« masqué ») et, si nécessaire, le total lui-même. Aucun nom ni aucune donnée individuelle ne figure dans ces indicateurs.</source>
        <translation>Confidentiality rule: counts from 1 to 4 are shown as “&lt; 5”. So that a total cannot be used to work them out, other cells are then hidden (“hidden”) and, if necessary, the total itself. No name or individual data appears in these indicators.</translation>
    </message>
    <message>
        <source>Premier portable</source>
        <extracomment>reference suffixes given to enrolled laptops (no I, O: read aloud without doubt) erasures sent to the other laptops, and erasures of theirs replayed here</extracomment>
        <translation>First laptop</translation>
    </message>
    <message>
        <source>Donnez un nom à ce portable (80 caractères au plus).</source>
        <translation>Give this laptop a name (80 characters at most).</translation>
    </message>
    <message>
        <source>Choisissez ce que ce portable contient.</source>
        <translation>Choose what this laptop contains.</translation>
    </message>
    <message>
        <source>Cochez au moins une personne dont ce portable contiendra les dossiers.</source>
        <translation>Tick at least one person whose cases this laptop will contain.</translation>
    </message>
    <message>
        <source>Choisissez un dossier vide pour le nouveau portable.</source>
        <translation>Choose an empty folder for the new laptop.</translation>
    </message>
    <message>
        <source>Ce portable ne contient que certains dossiers : inscrivez les nouveaux portables depuis un portable qui les contient tous.</source>
        <translation>This laptop only contains some of the cases: enrol new laptops from a laptop that contains them all.</translation>
    </message>
    <message>
        <source>Une des personnes cochées n&apos;a plus de compte actif.</source>
        <translation>One of the ticked people no longer has an active account.</translation>
    </message>
    <message>
        <source>Le service a déjà le nombre maximum de portables.</source>
        <translation>The service already has the maximum number of laptops.</translation>
    </message>
    <message>
        <source>Aucun compte actif n&apos;a l&apos;identifiant « {login} ».</source>
        <extracomment>&quot;all&quot; | &quot;assigned&quot;; for &quot;assigned&quot;, the full names of the people it carries</extracomment>
        <translation>No active account has the username “{login}”.</translation>
    </message>
    <message>
        <source>Ce portable n&apos;est pas connu du service.</source>
        <translation>This laptop is not known to the service.</translation>
    </message>
    <message>
        <source>C&apos;est ce portable-ci : un portable ne peut pas se retirer lui-même. Retirez-le depuis le portable de la coordination.</source>
        <translation>This is this very laptop: a laptop cannot remove itself. Remove it from the coordination&apos;s laptop.</translation>
    </message>
    <message>
        <source>Ce portable est déjà retiré du service.</source>
        <translation>This laptop has already been removed from the service.</translation>
    </message>
    <message>
        <source>Des paquets viennent d&apos;une autre version de Balise : mettez Balise à jour sur cet ordinateur (ou sur l&apos;ordinateur qui les a écrits), puis synchronisez à nouveau.</source>
        <extracomment>settings (local table, never travels) holding the bundle secrets (hex) on a partial laptop: {laptop id: last bundle} its relay had applied (or written) when it relayed what this laptop holds; the ``after`` of this laptop&apos;s bundles ids of the erasure register&apos;s lines this laptop has sent or replayed {laptop id: the last of this laptop&apos;s bundles it had applied}, from the headers of its bundles applied here (authenticated): what may leave the folder</extracomment>
        <translation>Some packets come from another version of Balise: update Balise on this computer (or on the computer that wrote them), then synchronise again.</translation>
    </message>
    <message>
        <source>Connectez-vous pour synchroniser.</source>
        <extracomment>the ``settings`` key (a local table: the folder stays on this laptop)</extracomment>
        <translation>Log in to synchronise.</translation>
    </message>
    <message>
        <source>Le dossier de synchronisation « {dossier} » n&apos;existe pas ou n&apos;est pas branché.</source>
        <translation>The synchronisation folder “{dossier}” does not exist or is not connected.</translation>
    </message>
    <message>
        <source>Ce portable a été retiré du service : il ne peut plus synchroniser. Adressez-vous à la coordination.</source>
        <translation>This laptop has been removed from the service: it can no longer synchronise. Contact the coordination.</translation>
    </message>
    <message>
        <source>Balise termine une autre opération sur ce coffre : attendez un instant, puis synchronisez à nouveau.</source>
        <translation>Balise is finishing another operation on this vault: wait a moment, then synchronise again.</translation>
    </message>
    <message>
        <source>portable inconnu</source>
        <extracomment>execute(sql with ? parameters, parameters) -&gt; rows</extracomment>
        <translation>unknown laptop</translation>
    </message>
    <message>
        <source>Le paquet n° {numero} du portable « {portable} » manque dans le dossier : ses paquets suivants attendent. Synchronisez ce portable (il réécrit les paquets manquants).</source>
        <translation>Packet no. {numero} from the laptop “{portable}” is missing from the folder: its following packets are waiting. Synchronise this laptop (it rewrites the missing packets).</translation>
    </message>
    <message>
        <source>Les paquets du portable « {portable} » attendent le paquet n° {numero} du portable « {autre} », qui n&apos;est pas dans le dossier ou n&apos;a pas pu être appliqué : synchronisez à nouveau quand il y sera.</source>
        <translation>The packets from the laptop “{portable}” are waiting for packet no. {numero} from the laptop “{autre}”, which is not in the folder or could not be applied: synchronise again once it is there.</translation>
    </message>
    <message>
        <source>Les paquets du portable « {portable} » attendent la clé que leur envoie le portable qui l&apos;a inscrit : synchronisez ce portable-là, puis celui-ci.</source>
        <translation>The packets from the laptop “{portable}” are waiting for the key sent by the laptop that enrolled it: synchronise that laptop first, then this one.</translation>
    </message>
    <message>
        <source>Courrier d&apos;orientation</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Attestation de suivi</source>
        <translation>Certificate of support</translation>
    </message>
    <message>
        <source>Plan de départ (remis à la personne)</source>
        <translation>Departure plan (given to the person)</translation>
    </message>
    <message>
        <source>Résumé pour la personne (droit d&apos;accès)</source>
        <translation>Summary for the person (right of access)</translation>
    </message>
    <message>
        <source>commune du service</source>
        <translation>service&apos;s municipality</translation>
    </message>
    <message>
        <source>date du jour en toutes lettres (22 novembre 2026)</source>
        <translation>today&apos;s date in full (22 November 2026)</translation>
    </message>
    <message>
        <source>référence du dossier</source>
        <translation>case reference</translation>
    </message>
    <message>
        <source>nom de l&apos;intervenant·e qui signe</source>
        <translation>name of the worker who signs</translation>
    </message>
    <message>
        <source>fonction de l&apos;intervenant·e qui signe</source>
        <translation>job title of the worker who signs</translation>
    </message>
    <message>
        <source>nom de la personne (ou « la personne concernée » si non coché)</source>
        <translation>name of the person (or “the person concerned” if not ticked)</translation>
    </message>
    <message>
        <source>Madame / Monsieur selon le genre noté (sinon vide)</source>
        <translation>Madam / Sir according to the recorded gender (otherwise empty)</translation>
    </message>
    <message>
        <source>accord féminin : « e » pour une femme, « ·e » si le genre n&apos;est pas noté</source>
        <translation>French feminine agreement: “e” for a woman, “·e” if the gender is not recorded</translation>
    </message>
    <message>
        <source>date d&apos;ouverture du dossier en toutes lettres</source>
        <translation>case opening date in full</translation>
    </message>
    <message>
        <source>nom de l&apos;organisation destinataire</source>
        <translation>name of the recipient organisation</translation>
    </message>
    <message>
        <source>personne de contact destinataire (ou vide)</source>
        <translation>recipient contact person (or empty)</translation>
    </message>
    <message>
        <source>but de l&apos;orientation (« une prise en charge par votre service »…)</source>
        <translation>purpose of the referral (“support from your service”…)</translation>
    </message>
    <message>
        <source>place des informations cochées (seul dans un paragraphe)</source>
        <translation>where the ticked information goes (alone in a paragraph)</translation>
    </message>
    <message>
        <source>« , né·e le … » si la date de naissance est cochée, sinon vide</source>
        <translation>“, born on …” if the date of birth is ticked, otherwise empty</translation>
    </message>
    <message>
        <source>Demande d&apos;orientation</source>
        <extracomment>the language the text is written in the language asked for had no text of its own: this is the French one</extracomment>
        <translation>Referral request</translation>
    </message>
    <message>
        <source>Madame, Monsieur,

Notre service accompagne actuellement {personne}. Nous vous l&apos;adressons pour {but}.

Vous trouverez ci-dessous les informations utiles à cette orientation. Elles sont confidentielles et ne peuvent être communiquées à des tiers sans l&apos;accord de la personne.

{informations}

Nous restons à votre disposition pour tout renseignement complémentaire et vous remercions de bien vouloir nous informer de la suite réservée à cette orientation.

Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation>Dear Sir or Madam,

Our service is currently supporting {personne}. We are referring them to you for {but}.

Below you will find the information relevant to this referral. It is confidential and may not be passed on to third parties without the person&apos;s agreement.

{informations}

We remain at your disposal for any further information and would be grateful if you could let us know the outcome of this referral.

Yours faithfully,</translation>
    </message>
    <message>
        <source>Je soussigné·e, {intervenant} ({fonction}, {service}), atteste que {personne}{naissance} est suivi{e} par notre service depuis le {suivi_depuis}.

La présente attestation est délivrée à la demande de l&apos;intéressé{e}, pour servir et valoir ce que de droit.</source>
        <translation>I, the undersigned, {intervenant} ({fonction}, {service}), certify that {personne}{naissance} has been supported by our service since {suivi_depuis}.

This certificate is issued at the request of the person concerned, for whatever purpose it may lawfully serve.</translation>
    </message>
    <message>
        <source>Résumé de vos données</source>
        <translation>Summary of your data</translation>
    </message>
    <message>
        <source>{civilite},

À votre demande, voici un résumé des informations que notre service conserve à votre sujet (article 15 du règlement général sur la protection des données). Si une information vous paraît inexacte, vous pouvez nous demander de la corriger.</source>
        <translation>Dear {civilite},

At your request, here is a summary of the information our service holds about you (Article 15 of the General Data Protection Regulation). If any information seems inaccurate to you, you can ask us to correct it.</translation>
    </message>
    <message>
        <source>Ce que nous avons préparé ensemble, à garder en lieu sûr. Mis à jour le {date}.</source>
        <translation>What we have prepared together, to keep in a safe place. Updated on {date}.</translation>
    </message>
    <message>
        <source>Une accolade n&apos;est pas fermée (ou pas ouverte). Écrivez les champs comme ceci : {personne}.</source>
        <translation>A brace is not closed (or not opened). Write the fields like this: {personne}.</translation>
    </message>
    <message>
        <source>Le texte du document ne peut pas être vide.</source>
        <translation>The text of the document cannot be empty.</translation>
    </message>
    <message>
        <source>Le plan remis à la personne doit rester discret : n&apos;y écrivez pas « violence » (ni le nom du service).</source>
        <translation>The plan given to the person must stay discreet: do not write “violence” in it (nor the name of the service).</translation>
    </message>
    <message>
        <source>Champ(s) inconnu(s) : {names}. Utilisez un des champs de la liste.</source>
        <translation>Unknown field(s): {names}. Use one of the fields in the list.</translation>
    </message>
    <message>
        <source>une seule ligne est attendue, sans retour à la ligne.</source>
        <extracomment>ASCII only: ``d`` would also take Arabic-Indic or full-width digits digits and the separators people type or paste (no-break spaces come from PDFs) what a multi-line field (notes, services, a summary) may hold besides printable text bidi embeddings, overrides and isolates show a text in another order than it is stored</extracomment>
        <translation>a single line is expected, without a line break.</translation>
    </message>
    <message>
        <source>une tabulation n&apos;est pas admise ici.</source>
        <translation>a tab is not allowed here.</translation>
    </message>
    <message>
        <source>caractère invisible non autorisé (U+{code:04X}) ; retirez-le.</source>
        <translation>invisible character not allowed (U+{code:04X}); remove it.</translation>
    </message>
    <message>
        <source>{label} : {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>Le numéro de registre national compte 11 chiffres (par ex. 85.07.30-033.28).</source>
        <translation>The national register number has 11 digits (e.g. 85.07.30-033.28).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide : vérifiez les chiffres.</source>
        <translation>This national register number is not valid: check the digits.</translation>
    </message>
    <message>
        <source>Le numéro de registre national ne correspond pas à la date de naissance.</source>
        <translation>The national register number does not match the date of birth.</translation>
    </message>
    <message>
        <source>Numéro de téléphone non reconnu. Exemples : 0472 12 34 56, 04 384 40 17 ou +33 6 12 34 56 78.</source>
        <translation>Phone number not recognised. Examples: 0472 12 34 56, 04 384 40 17 or +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>La date de naissance semble erronée.</source>
        <translation>The date of birth seems wrong.</translation>
    </message>
    <message>
        <source>Ce suivi est daté d&apos;avant l&apos;ouverture du dossier ({date}). Confirmez-vous cette date ?</source>
        <translation>This follow-up is dated before the case was opened ({date}). Do you confirm this date?</translation>
    </message>
    <message>
        <source>Coordinateur·rice</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Assistant·e social·e / référent·e VIF</source>
        <translation>Social worker / IFV lead</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Clôturé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Victime</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Co-victime</source>
        <translation>Co-victim</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ne sait pas</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Entretien</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Appel téléphonique</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Visite à domicile</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Accompagnement (police, CPAS, tribunal…)</source>
        <translation>Accompaniment (police, CPAS, court…)</translation>
    </message>
    <message>
        <source>Réunion de réseau</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Manqué</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Moyen</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Élevé</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critique</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Consentement à l&apos;enregistrement</source>
        <translation>Consent to recording</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consent to sharing</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Écrit</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Orientation vers le partenaire</source>
        <translation>Referral to the partner</translation>
    </message>
    <message>
        <source>Concertation sur la situation</source>
        <translation>Case conference on the situation</translation>
    </message>
    <message>
        <source>Démarches juridiques ou judiciaires</source>
        <translation>Legal or judicial steps</translation>
    </message>
    <message>
        <source>Hébergement / logement</source>
        <translation>Shelter / housing</translation>
    </message>
    <message>
        <source>Partenaire / conjoint·e</source>
        <translation>Partner / spouse</translation>
    </message>
    <message>
        <source>Ex-partenaire</source>
        <translation>Ex-partner</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Enfant (majeur)</source>
        <translation>Child (adult)</translation>
    </message>
    <message>
        <source>Frère / sœur</source>
        <translation>Brother / sister</translation>
    </message>
    <message>
        <source>Autre membre de la famille</source>
        <translation>Other family member</translation>
    </message>
    <message>
        <source>Coffre de démonstration créé dans « {dossier} ».</source>
        <extracomment>files a vault folder may hold besides the database and keyring</extracomment>
        <translation>Demo vault created in “{dossier}”.</translation>
    </message>
    <message>
        <source>{cases} dossiers, {people} personnes et {followups} suivis, tous fictifs.</source>
        <translation>{cases} cases, {people} people and {followups} follow-ups, all fictitious.</translation>
    </message>
    <message>
        <source>Identifiant : {login}</source>
        <translation>Username: {login}</translation>
    </message>
    <message>
        <source>Phrase de passe : {phrase}</source>
        <translation>Passphrase: {phrase}</translation>
    </message>
    <message>
        <source>Autres comptes (même phrase de passe) : {logins}</source>
        <translation>Other accounts (same passphrase): {logins}</translation>
    </message>
    <message>
        <source>Code de récupération (démo uniquement) : {code}</source>
        <translation>Recovery code (demo only): {code}</translation>
    </message>
    <message>
        <source>Le dossier « {dossier} » contient un coffre qui n&apos;est pas un coffre de démonstration : il n&apos;est pas remplacé. Choisissez un autre dossier avec --vault.</source>
        <translation>The folder “{dossier}” contains a vault that is not a demo vault: it is not replaced. Choose another folder with --vault.</translation>
    </message>
    <message>
        <source>Service de prévention de {commune} (démonstration)</source>
        <translation>{commune} prevention service (demo)</translation>
    </message>
    <message>
        <source>Rue de l&apos;Exemple 1</source>
        <translation>1 Rue de l&apos;Exemple</translation>
    </message>
    <message>
        <source>Résumé</source>
        <extracomment>the sections built so far, and those showing the case read (the others are filled when shown)</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>(valeurs masquées non dessinées)</source>
        <translation>(hidden values not drawn)</translation>
    </message>
    <message>
        <source>Objectifs du financeur</source>
        <extracomment>an objective or its indicators changed (the page reads the report again)</extracomment>
        <translation>Funder&apos;s objectives</translation>
    </message>
    <message>
        <source>Aucun indicateur attaché à cet objectif.</source>
        <translation>No indicator attached to this objective.</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;activité</source>
        <translation>Activity indicators</translation>
    </message>
    <message>
        <source>{period}, comparée à : {previous}</source>
        <translation>{period}, compared with: {previous}</translation>
    </message>
    <message>
        <source>Établi le {day}.</source>
        <translation>Drawn up on {day}.</translation>
    </message>
    <message>
        <source>Agrégats sans nom ; effectifs de 1 à 4 affichés « &lt; 5 ».</source>
        <translation>Anonymous aggregates; counts from 1 to 4 shown as “&lt; 5”.</translation>
    </message>
    <message>
        <source>Notre référence</source>
        <extracomment>the window of a DL envelope (window on the right), measured from the top-left corner</extracomment>
        <translation>Our reference</translation>
    </message>
    <message>
        <source>Votre contact</source>
        <translation>Your contact</translation>
    </message>
    <message>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Confidentiel — réf. {reference}</source>
        <translation>Confidential — ref. {reference}</translation>
    </message>
    <message>
        <source>Code de récupération du coffre Balise</source>
        <translation>Balise vault recovery code</translation>
    </message>
    <message>
        <source>Ce code ouvre le coffre si une phrase de passe est oubliée. Quiconque le possède peut lire tous les dossiers : rangez cette feuille sous clé, loin de l&apos;ordinateur portable (par exemple dans une armoire fermée du service).</source>
        <translation>This code opens the vault if a passphrase is forgotten. Anyone who has it can read all the cases: keep this sheet locked away, far from the laptop (for example in a locked cabinet of the service).</translation>
    </message>
    <message>
        <source>Ne le photographiez pas, ne l&apos;enregistrez pas dans un fichier ni dans un courriel. Si la feuille est perdue ou a été vue, renouvelez le code dans Balise (Paramètres) : l&apos;ancien cessera de fonctionner.</source>
        <translation>Do not photograph it, and do not save it in a file or an e-mail. If the sheet is lost or has been seen, renew the code in Balise (Settings): the old one will stop working.</translation>
    </message>
    <message>
        <source>Imprimé le {date}.</source>
        <translation>Printed on {date}.</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>printers every Windows installs that write a file instead of paper (and the usual CUPS PDF queue on Linux): refused like &quot;print to file&quot; (docs/WINDOWS.md)</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Notre référence : {ref}</source>
        <translation>Our reference: {ref}</translation>
    </message>
    <message>
        <source>Le trousseau de clés utilise une méthode inconnue.</source>
        <extracomment>memory ceiling for tuning: old laptops with 4 GiB must still unlock the most a slot may ask for: well above anything tune() produces cheap parameters for the test suite only (explicitly opted into)</extracomment>
        <translation>The key ring uses an unknown method.</translation>
    </message>
    <message>
        <source>Le trousseau de clés demande une protection plus faible que le minimum autorisé : il a peut-être été modifié. Le coffre n&apos;est pas ouvert.</source>
        <translation>The key ring asks for weaker protection than the minimum allowed: it may have been modified. The vault is not opened.</translation>
    </message>
    <message>
        <source>Le trousseau de clés contient des paramètres invalides.</source>
        <translation>The key ring contains invalid settings.</translation>
    </message>
    <message>
        <source>Le trousseau de clés demande des paramètres démesurés : il a peut-être été modifié. Le coffre n&apos;est pas ouvert.</source>
        <translation>The key ring asks for excessive settings: it may have been modified. The vault is not opened.</translation>
    </message>
    <message>
        <source>Identifiant ou phrase de passe incorrect. Vérifiez la saisie et réessayez.</source>
        <extracomment>the 32-byte database key and the 16-byte GCM tag a keyring holds a few slots of about 400 bytes: anything this large was not written by Balise</extracomment>
        <translation>Incorrect username or passphrase. Check what you typed and try again.</translation>
    </message>
    <message>
        <source>Ce coffre n&apos;a pas de code de récupération.</source>
        <translation>This vault has no recovery code.</translation>
    </message>
    <message>
        <source>Code de récupération incorrect. Vérifiez chaque groupe de caractères.</source>
        <translation>Incorrect recovery code. Check each group of characters.</translation>
    </message>
    <message>
        <source>Ce coffre a été créé par une version plus récente de Balise. Installez la dernière version pour l&apos;ouvrir.</source>
        <translation>This vault was created by a newer version of Balise. Install the latest version to open it.</translation>
    </message>
    <message>
        <source>Le trousseau de clés du coffre (keyring.json) est illisible ou a été modifié. Restaurez-le depuis une sauvegarde.</source>
        <translation>The vault&apos;s key ring (keyring.json) is unreadable or has been modified. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Le coffre est verrouillé.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde est endommagée.</source>
        <translation>The backup copy is damaged.</translation>
    </message>
    <message>
        <source>Les sauvegardes précédentes sont intactes.</source>
        <extracomment>pages copied per step of the backup API (4 MiB at 4 KiB pages): progress granularity page cache of the verifying connection (KiB): ``integrity_check`` walks every index against its table, and with the default 8 MB cache it took about twice as long on a 1.7 GB vault (docs/PERFORMANCE.md); freed when the check ends ``progress(phase, done, total)``; phases: &quot;copy&quot;, &quot;verify&quot;</extracomment>
        <translation>The previous backups are intact.</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le disque du dossier « {dossier} » est plein. Libérez de la place ou choisissez un autre support. {intact}</source>
        <translation>The backup could not be written: the disk of the folder “{dossier}” is full. Free up space or choose another medium. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le dossier « {dossier} » n&apos;est plus accessible (clé USB retirée, disque réseau déconnecté ?). Reconnectez-le, puis réessayez. {intact}</source>
        <translation>The backup could not be written: the folder “{dossier}” is no longer accessible (USB stick removed, network drive disconnected?). Reconnect it, then try again. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le dossier « {dossier} » est en lecture seule. {intact}</source>
        <translation>The backup could not be written: the folder “{dossier}” is read-only. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : l&apos;accès au dossier « {dossier} » est refusé. {intact}</source>
        <translation>The backup could not be written: access to the folder “{dossier}” is denied. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être faite ou sa vérification a échoué ; la copie incomplète a été supprimée. {intact}</source>
        <translation>The backup could not be made or its verification failed; the incomplete copy has been deleted. {intact}</translation>
    </message>
    <message>
        <source>La copie de sauvegarde est introuvable.</source>
        <translation>The backup copy cannot be found.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde ne s&apos;ouvre pas avec la clé de ce coffre.</source>
        <translation>The backup copy does not open with this vault&apos;s key.</translation>
    </message>
    <message>
        <source>Le chiffrement (SQLCipher) n&apos;est pas disponible sur cet ordinateur : Balise refuse de démarrer pour ne pas écrire de données en clair. Réinstallez l&apos;application.</source>
        <translation>Encryption (SQLCipher) is not available on this computer: Balise refuses to start so as not to write unencrypted data. Reinstall the application.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé ou ne peut pas être déchiffré. Restaurez la dernière sauvegarde du coffre.</source>
        <extracomment>key of ``Session.info`` holding the audit chain&apos;s HMAC key</extracomment>
        <translation>The vault file is damaged or cannot be decrypted. Restore the latest backup of the vault.</translation>
    </message>
    <message>
        <source>Balise ne peut pas ouvrir le coffre.</source>
        <extracomment>SQLite&apos;s own words for those codes, for a driver error that does not carry them below this much free space, an I/O error is taken to mean &quot;disk full&quot;</extracomment>
        <translation>Balise cannot open the vault.</translation>
    </message>
    <message>
        <source>ce qui vient d&apos;être fait n&apos;a pas été enregistré.</source>
        <translation>what you have just done has not been saved.</translation>
    </message>
    <message>
        <source>Le disque où se trouve le coffre est plein : {consequence} Libérez de la place sur ce disque (videz la corbeille, déplacez ou supprimez de gros fichiers), puis réessayez. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>The disk where the vault is stored is full: {consequence} Free up space on this disk (empty the recycle bin, move or delete large files), then try again. Your data already saved is not damaged.</translation>
    </message>
    <message>
        <source>Le dossier du coffre est en lecture seule (disque protégé en écriture, ou dossier que votre compte ne peut pas modifier) : {consequence} Vérifiez que le disque n&apos;est pas verrouillé en écriture et que vous pouvez modifier ce dossier, puis réessayez. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>The vault folder is read-only (write-protected disk, or a folder your account cannot change): {consequence} Check that the disk is not write-locked and that you can change this folder, then try again. Your data already saved is not damaged.</translation>
    </message>
    <message>
        <source>Votre compte sur cet ordinateur n&apos;a pas le droit d&apos;accéder aux fichiers du coffre (accès refusé) : {consequence} Connectez-vous avec votre compte habituel, ou demandez à la personne qui gère l&apos;ordinateur de vous rendre l&apos;accès au dossier du coffre. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>Your account on this computer is not allowed to access the vault files (access denied): {consequence} Log in with your usual account, or ask the person who manages the computer to give you back access to the vault folder. Your data already saved is not damaged.</translation>
    </message>
    <message>
        <source>Aucun coffre Balise n&apos;a été trouvé : le dossier « {dossier} » n&apos;existe pas ou n&apos;est plus accessible. S&apos;il se trouve sur une clé USB ou un disque réseau, reconnectez-le, puis réessayez.</source>
        <translation>No Balise vault was found: the folder “{dossier}” does not exist or is no longer accessible. If it is on a USB stick or a network drive, reconnect it, then try again.</translation>
    </message>
    <message>
        <source>La clé ne correspond pas à ce coffre, ou le fichier est endommagé.</source>
        <extracomment>a page&apos;s HMAC or structure is wrong (&quot;database disk image is malformed&quot;, &quot;file is not a database&quot;): SQLCipher reports a damaged page with these codes</extracomment>
        <translation>The key does not match this vault, or the file is damaged.</translation>
    </message>
    <message>
        <source>La connexion à la base n&apos;est pas chiffrée : Balise refuse de continuer.</source>
        <translation>The connection to the database is not encrypted: Balise refuses to continue.</translation>
    </message>
    <message>
        <source>Ce coffre a été enregistré par une version plus récente de Balise. Installez la dernière version de Balise pour l&apos;ouvrir ; rien n&apos;a été modifié.</source>
        <extracomment>tables created by raw SQL in migrations (FTS5 and its shadow tables), not by models</extracomment>
        <translation>This vault was saved by a newer version of Balise. Install the latest version of Balise to open it; nothing has been changed.</translation>
    </message>
    <message>
        <source>La mise à jour du coffre a échoué (références incohérentes) ; rien n&apos;a été modifié. Contactez le support.</source>
        <translation>The vault update failed (inconsistent references); nothing has been changed. Contact support.</translation>
    </message>
    <message>
        <source>La synchronisation n&apos;est pas disponible sur cet ordinateur (composant manquant). Réinstallez Balise.</source>
        <extracomment>Tables that travel between the laptops of a service. Listed explicitly: a new table travels only once someone has decided it should (a test checks that every table of the schema is in exactly one of the two lists). Tables that never leave the laptop, and why. The snapshot&apos;s own table: the last ``sync_dirty.id`` it holds the rows of. Triggers recording the written keys: ``sync_track_&lt;table&gt;_ins|upd|del``. Tables derived locally by triggers (the search index) never travel either. ``updated_at``: both sides touched the row; the later time wins (not a clash). Columns computed on each laptop by its own triggers: the local value stands. Columns that are numbered per laptop and removed from outgoing changesets.</extracomment>
        <translation>Synchronisation is not available on this computer (missing component). Reinstall Balise.</translation>
    </message>
    <message>
        <source>Les modifications reçues n&apos;ont pas pu être appliquées ({cause}).</source>
        <extracomment>where a laptop keeps the snapshot, under its vault folder (``app.core.sync``)</extracomment>
        <translation>The changes received could not be applied ({cause}).</translation>
    </message>
    <message>
        <source>Aucun coffre Balise n&apos;a été trouvé dans le dossier « {dossier} ».</source>
        <translation>No Balise vault was found in the folder “{dossier}”.</translation>
    </message>
    <message>
        <source>Ce coffre est déjà ouvert dans une autre fenêtre de Balise. Revenez à cette fenêtre, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>This vault is already open in another Balise window. Go back to that window, or close it before reopening the vault.</translation>
    </message>
    <message>
        <source>Le coffre ne peut pas être créé dans « {dossier} » : un fichier porte déjà ce nom ou se trouve sur ce chemin. Choisissez un autre dossier.</source>
        <translation>The vault cannot be created in “{dossier}”: a file already has this name or is on this path. Choose another folder.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Modifier l&apos;activité</source>
        <translation>Edit the activity</translation>
    </message>
    <message>
        <source>Nouvelle activité</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>ex. La cabane</source>
        <translation>e.g. The Hut</translation>
    </message>
    <message>
        <source>ex. enfants de 5 à 10 ans, parents en parallèle</source>
        <translation>e.g. children aged 5 to 10, parents in parallel</translation>
    </message>
    <message>
        <source>toutes les </source>
        <translation>every </translation>
    </message>
    <message>
        <source> semaine(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <source>Partenaires impliqués</source>
        <translation>Partners involved</translation>
    </message>
    <message>
        <source>Animateur·rices</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>T&amp;itre :</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Public :</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <source>&amp;Rythme :</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <source>&amp;Du (ou le) :</source>
        <translation>&amp;From (or on):</translation>
    </message>
    <message>
        <source>A&amp;u :</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Le &amp;combientième :</source>
        <translation>&amp;Which one:</translation>
    </message>
    <message>
        <source>&amp;Jour :</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Fréquence :</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <source>De (&amp;heure) :</source>
        <translation>Fro&amp;m (time):</translation>
    </message>
    <message>
        <source>À (heur&amp;e) :</source>
        <translation type="vanished">To (tim&amp;e):</translation>
    </message>
    <message>
        <source>Pa&amp;rtenaires :</source>
        <translation type="vanished">Pa&amp;rtners:</translation>
    </message>
    <message>
        <source>Ani&amp;mé par :</source>
        <translation type="vanished">&amp;Led by:</translation>
    </message>
    <message>
        <source>À (heure) :</source>
        <translation>To (time):</translation>
    </message>
    <message>
        <source>Parte&amp;naires :</source>
        <translation>Part&amp;ners:</translation>
    </message>
    <message>
        <source>&amp;Animé par :</source>
        <translation>&amp;Led by:</translation>
    </message>
    <message>
        <source>Re&amp;marques :</source>
        <translation>Remar&amp;ks:</translation>
    </message>
    <message>
        <source>Les dates apparaîtront ici.</source>
        <translation>The dates will appear here.</translation>
    </message>
    <message>
        <source>{rule} : {n} séance(s), du {first} au {last}</source>
        <translation>{rule}: {n} session(s), from {first} to {last}</translation>
    </message>
    <message>
        <source>Indiquez la date (ou la première date).</source>
        <translation>Enter the date (or the first date).</translation>
    </message>
    <message>
        <source>Filles / femmes</source>
        <extracomment>the columns of the attendance grid: (gender code, heading); &quot;&quot; is « non précisé »</extracomment>
        <translation>Girls / women</translation>
    </message>
    <message>
        <source>Garçons / hommes</source>
        <translation>Boys / men</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Présences du {day}</source>
        <translation>Attendance on {day}</translation>
    </message>
    <message>
        <source>Des comptages anonymes : combien de personnes sont venues, sans nom. Relier une personne à son dossier se fait à part, si vous le choisissez.</source>
        <extracomment>(audience, age band or &quot;&quot;, gender or &quot;&quot;, sector or &quot;&quot;) → its spin box</extracomment>
        <translation>Anonymous counts: how many people came, without names. Linking a person to their case is done separately, if you choose to.</translation>
    </message>
    <message>
        <source>Âge non précisé</source>
        <translation>Age not specified</translation>
    </message>
    <message>
        <source>Professionnel·les, secteur non précisé</source>
        <translation>Professionals, sector not specified</translation>
    </message>
    <message>
        <source>Secteur non précisé</source>
        <translation>Sector not specified</translation>
    </message>
    <message>
        <source>Professionnel·les, {sector}</source>
        <translation>Professionals, {sector}</translation>
    </message>
    <message>
        <source>Total : {n} participant·e(s)</source>
        <translation>Total: {n} participant(s)</translation>
    </message>
    <message>
        <source>Relier à un dossier</source>
        <translation>Link to a case</translation>
    </message>
    <message>
        <source>ex. 2026-0042</source>
        <extracomment>the &quot;no bound&quot; value of the date fields (shown as &quot;—&quot;)</extracomment>
        <translation>e.g. 2026-0042</translation>
    </message>
    <message>
        <source>Seulement si c&apos;est utile au suivi : le lien s&apos;inscrit dans le dossier et suit ses droits d&apos;accès. Il n&apos;ajoute personne aux comptages.</source>
        <translation>Only if it helps the follow-up: the link is recorded in the case and follows its access rights. It does not add anyone to the counts.</translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>Formation du {day}</source>
        <translation>Training on {day}</translation>
    </message>
    <message>
        <source>Professionnel·les du répertoire</source>
        <translation>Professionals from the directory</translation>
    </message>
    <message>
        <source>Cochez les professionnel·les présent·es (répertoire).</source>
        <translation>Tick the professionals present (directory).</translation>
    </message>
    <message>
        <source>Année</source>
        <extracomment>a form kept at lock, reopened once its activity is read
----------
a form kept at lock, reopened once the page has read what it needs</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>A&amp;fficher</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Rythme</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Prochaine</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Annu&amp;ler la séance</source>
        <translation>&amp;Cancel the session</translation>
    </message>
    <message>
        <source>Profil des nouveaux dossiers</source>
        <translation>Profile of the new cases</translation>
    </message>
    <message>
        <source>Accompagnement</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Plainte, protection et départ</source>
        <translation>Complaint, protection and departure</translation>
    </message>
    <message>
        <source>Orientations vers le réseau</source>
        <translation>Referrals to the network</translation>
    </message>
    <message>
        <source>Nouveaux dossiers</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Dossiers actifs</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>Dossiers clôturés</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Plaintes déposées</source>
        <translation>Complaints filed</translation>
    </message>
    <message>
        <source>Interdictions temporaires de résidence ordonnées</source>
        <translation>Temporary residence bans ordered</translation>
    </message>
    <message>
        <source>Interdictions temporaires de résidence prolongées</source>
        <translation>Temporary residence bans extended</translation>
    </message>
    <message>
        <source>Demandes au tribunal de la famille</source>
        <translation>Applications to the family court</translation>
    </message>
    <message>
        <source>Dossiers de protection du droit de séjour introduits</source>
        <translation>Right-of-residence protection applications lodged</translation>
    </message>
    <message>
        <source>Départs du domicile réalisés</source>
        <translation>Departures from home carried out</translation>
    </message>
    <message>
        <source>Courriers d&apos;orientation émis</source>
        <translation>Referral letters issued</translation>
    </message>
    <message>
        <source>Séjours commencés</source>
        <translation>Stays started</translation>
    </message>
    <message>
        <source>Séjours terminés</source>
        <translation>Stays ended</translation>
    </message>
    <message>
        <source>Nuitées (nuits × personnes)</source>
        <translation>Nights spent (nights × people)</translation>
    </message>
    <message>
        <source>Demandes d&apos;hébergement reçues</source>
        <translation>Housing requests received</translation>
    </message>
    <message>
        <source>Séances tenues</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Présences (cumul des séances)</source>
        <translation>Attendance (all sessions combined)</translation>
    </message>
    <message>
        <source>Présences de professionnel·les</source>
        <translation>Attendance of professionals</translation>
    </message>
    <message>
        <source>Professionnel·les formé·es</source>
        <translation>Professionals trained</translation>
    </message>
    <message>
        <source>Moins de 18 ans</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Risque relevé</source>
        <translation>Risk raised</translation>
    </message>
    <message>
        <source>Risque inchangé</source>
        <translation>Risk unchanged</translation>
    </message>
    <message>
        <source>Risque abaissé</source>
        <translation>Risk lowered</translation>
    </message>
    <message>
        <source>Une seule évaluation</source>
        <translation>A single screening</translation>
    </message>
    <message>
        <source>Moins d&apos;un mois</source>
        <translation>Less than a month</translation>
    </message>
    <message>
        <source>1 à 3 mois</source>
        <translation>1 to 3 months</translation>
    </message>
    <message>
        <source>3 à 6 mois</source>
        <translation>3 to 6 months</translation>
    </message>
    <message>
        <source>Plus de 6 mois</source>
        <translation>More than 6 months</translation>
    </message>
    <message>
        <source>Actifs : ouverts avant la fin de la période et non clôturés avant son début (les dossiers en pause comptent).</source>
        <translation>Active: opened before the end of the period and not closed before its start (cases on hold count).</translation>
    </message>
    <message>
        <source>Durée d&apos;accompagnement des dossiers clôturés</source>
        <translation>Length of support of the closed cases</translation>
    </message>
    <message>
        <source>De l&apos;ouverture à la clôture, en mois calendrier.</source>
        <translation>From opening to closing, in calendar months.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par commune</source>
        <translation>New cases by municipality</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par type de violence</source>
        <translation>New cases by type of violence</translation>
    </message>
    <message>
        <source>Un dossier peut relever de plusieurs types : pas de total.</source>
        <translation>A case can fall under several types: no total.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par orienteur</source>
        <translation>New cases by referral source</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par âge de la victime</source>
        <translation>New cases by age of the victim</translation>
    </message>
    <message>
        <source>Âge à l&apos;ouverture du dossier.</source>
        <translation>Age when the case was opened.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par genre de la victime</source>
        <translation>New cases by gender of the victim</translation>
    </message>
    <message>
        <source>Niveau de risque à la première évaluation</source>
        <translation>Risk level at the first screening</translation>
    </message>
    <message>
        <source>Dossiers dont la première évaluation du risque a eu lieu pendant la période.</source>
        <translation>Cases whose first risk screening took place during the period.</translation>
    </message>
    <message>
        <source>Évolution du risque depuis la première évaluation</source>
        <translation>Change in risk since the first screening</translation>
    </message>
    <message>
        <source>Mêmes dossiers : niveau retenu à la dernière évaluation jusqu&apos;à la fin de la période, comparé à celui de la première.</source>
        <translation>Same cases: level at the last screening up to the end of the period, compared with the first one.</translation>
    </message>
    <message>
        <source>Suivis réalisés par type</source>
        <translation>Completed follow-ups by type</translation>
    </message>
    <message>
        <source>Suivis marqués « réalisé » ; les rendez-vous prévus ou manqués ne comptent pas.</source>
        <translation>Follow-ups marked “completed”; planned or missed appointments do not count.</translation>
    </message>
    <message>
        <source>Demandes au tribunal de la famille par procédure</source>
        <translation>Applications to the family court by procedure</translation>
    </message>
    <message>
        <source>Protection du droit de séjour par base légale</source>
        <translation>Right-of-residence protection by legal basis</translation>
    </message>
    <message>
        <source>Départs réalisés par destination</source>
        <translation>Departures carried out by destination</translation>
    </message>
    <message>
        <source>Orientations par secteur du partenaire</source>
        <translation>Referrals by partner sector</translation>
    </message>
    <message>
        <source>Suite donnée aux orientations</source>
        <translation>Outcome of the referrals</translation>
    </message>
    <message>
        <source>Personnes hébergées : victimes et enfants présents au moins une nuit de la période. Une nuit compte quand quelqu&apos;un dort sur place : le jour d&apos;entrée compte, le jour de sortie non.</source>
        <translation>Housed people: victims and children present for at least one night of the period. A night counts when someone sleeps on site: the day of arrival counts, the day of departure does not.</translation>
    </message>
    <message>
        <source>Séjours terminés par destination</source>
        <translation>Stays ended by destination</translation>
    </message>
    <message>
        <source>Activités collectives</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <source>Séances non annulées, jusqu&apos;à aujourd&apos;hui. Les présences sont des comptages anonymes : un enfant venu à dix ateliers compte dix fois.</source>
        <translation>Sessions not cancelled, up to today. Attendance is an anonymous count: a child who came to ten workshops counts ten times.</translation>
    </message>
    <message>
        <source>Séances par type d&apos;activité</source>
        <translation>Sessions by type of activity</translation>
    </message>
    <message>
        <source>Présences par type d&apos;activité</source>
        <translation>Attendance by type of activity</translation>
    </message>
    <message>
        <source>Présences par âge</source>
        <translation>Attendance by age</translation>
    </message>
    <message>
        <source>Présences par genre</source>
        <translation>Attendance by gender</translation>
    </message>
    <message>
        <source>Présences de professionnel·les par secteur</source>
        <translation>Attendance of professionals by sector</translation>
    </message>
    <message>
        <source>Professionnel·les formé·es par module</source>
        <translation>Professionals trained by module</translation>
    </message>
    <message>
        <source>Une même personne peut avoir suivi plusieurs modules : pas de total.</source>
        <translation>The same person may have taken several modules: no total.</translation>
    </message>
    <message>
        <source>Heures de suivi par type</source>
        <translation>Follow-up hours by type</translation>
    </message>
    <message>
        <source>Durées notées sur les suivis réalisés ; une case est masquée quand le nombre de suivis correspondant l&apos;est.</source>
        <translation>Durations recorded on completed follow-ups; a cell is hidden when the corresponding number of follow-ups is hidden.</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>&amp;Nouvelle activité…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>&amp;Modifier l&apos;activité…</source>
        <translation>&amp;Edit the activity…</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Liées à un dossier</source>
        <translation>Linked to a case</translation>
    </message>
    <message>
        <source>Formé·es</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Séances de l&apos;activité</source>
        <translation>Sessions of the activity</translation>
    </message>
    <message>
        <source>Noter les &amp;présences…</source>
        <translation>Record &amp;attendance…</translation>
    </message>
    <message>
        <source>&amp;Relier à un dossier…</source>
        <translation>&amp;Link to a case…</translation>
    </message>
    <message>
        <source>Professionnel·les f&amp;ormé·es…</source>
        <translation>Professionals &amp;trained…</translation>
    </message>
    <message>
        <source>A&amp;nnuler la séance</source>
        <translation type="vanished">Ca&amp;ncel the session</translation>
    </message>
    <message>
        <source>Professionnel·le</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Modules suivis</source>
        <translation>Modules attended</translation>
    </message>
    <message>
        <source>Plan de formation du réseau</source>
        <translation>Network training plan</translation>
    </message>
    <message>
        <source>Les présences sont des comptages anonymes (âge, genre, secteur pour les professionnel·les). Relier une personne à son dossier reste un choix.</source>
        <translation>Attendance is recorded as anonymous counts (age, gender, sector for professionals). Linking a person to their case remains a choice.</translation>
    </message>
    <message>
        <source>Qui, dans le réseau, a suivi quel module (formations enregistrées avec les contacts du répertoire).</source>
        <translation>Who in the network has attended which module (training sessions recorded with contacts from the directory).</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Plan de formation</source>
        <translation>Training plan</translation>
    </message>
    <message>
        <source>Activités collectives et formations</source>
        <translation>Group activities and training</translation>
    </message>
    <message>
        <source>{held} sur {n}</source>
        <translation>{held} of {n}</translation>
    </message>
    <message>
        <source>{title} — {rule}</source>
        <translation>{title} — {rule}</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>tenue</source>
        <translation>held</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Ré&amp;tablir la séance</source>
        <translation>Res&amp;tore the session</translation>
    </message>
    <message>
        <source>{detail} — {hint}</source>
        <translation>{detail} — {hint}</translation>
    </message>
    <message>
        <source>Rendez-vous réalisé</source>
        <translation>Appointment done</translation>
    </message>
    <message>
        <source>{kind} du {when} — dossier {reference}</source>
        <translation>{kind} on {when} — case {reference}</translation>
    </message>
    <message>
        <source>Ce qui a été fait ou dit, en quelques mots.</source>
        <translation>What was done or said, in a few words.</translation>
    </message>
    <message>
        <source>&amp;Résumé :</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <extracomment>emitted after a successful save with what the save job returned question asked when leaving with unsaved changes</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <extracomment>the language the letter is written in: the partner&apos;s (issue 14)</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Le brouillon gardé n&apos;a pas pu être relu : {reason}</source>
        <translation>The kept draft could not be read back: {reason}</translation>
    </message>
    <message>
        <source>Résumé d&apos;un rendez-vous</source>
        <translation>Summary of an appointment</translation>
    </message>
    <message>
        <source>aucun contact enregistré</source>
        <extracomment>the follow-up behind the line, when it can be marked done or missed a deadline of a day rather than of an hour (issue #4): no time shown</extracomment>
        <translation>no contact recorded</translation>
    </message>
    <message>
        <source>dernier contact {date}</source>
        <translation>last contact {date}</translation>
    </message>
    <message>
        <source>Risque {level}</source>
        <translation>Risk {level}</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;Jour</source>
        <extracomment>the key of the overdue group in the tree (a day&apos;s group: its ISO date)</extracomment>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Semaine</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>◀ &amp;Précédent</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Aujourd&apos;hui</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Sui&amp;vant ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>M&amp;es rendez-vous</source>
        <translation>M&amp;y appointments</translation>
    </message>
    <message>
        <source>&amp;Tout le service</source>
        <translation>&amp;Whole service</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>&amp;Réalisé…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <source>Marquer le rendez-vous comme réalisé, avec un résumé</source>
        <translation>Mark the appointment as done, with a summary</translation>
    </message>
    <message>
        <source>&amp;Manqué</source>
        <translation>&amp;Missed</translation>
    </message>
    <message>
        <source>La personne n&apos;est pas venue ou n&apos;a pas pu être jointe</source>
        <translation>The person did not come or could not be reached</translation>
    </message>
    <message>
        <source>Afficher les rendez-vous suiva&amp;nts</source>
        <translation>Show the &amp;next appointments</translation>
    </message>
    <message>
        <source>Afficher d&apos;autres retar&amp;ds</source>
        <translation>Show more overd&amp;ue items</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Semaine du {first} au {last}</source>
        <translation>Week from {first} to {last}</translation>
    </message>
    <message>
        <source>En retard — à marquer réalisés ou manqués ({n})</source>
        <translation>Overdue — to be marked done or missed ({n})</translation>
    </message>
    <message>
        <source>Échéances dépassées sans mise à jour ({n})</source>
        <translation>Deadlines passed without an update ({n})</translation>
    </message>
    <message>
        <source>{day} (aujourd&apos;hui)</source>
        <translation>{day} (today)</translation>
    </message>
    <message>
        <source>Aucun rendez-vous.</source>
        <translation>No appointments.</translation>
    </message>
    <message>
        <source>… {n} rendez-vous de plus ce jour : « Afficher les rendez-vous suivants »</source>
        <translation>… {n} more appointments on this day: “Show the next appointments”</translation>
    </message>
    <message>
        <source>… {n} de plus : « Afficher d&apos;autres retards »</source>
        <translation>… {n} more: “Show more overdue items”</translation>
    </message>
    <message>
        <source>Heure</source>
        <extracomment>names the group, to add entries to it later (a day&apos;s ISO date, &quot;overdue&quot;) a last line saying that more entries are not shown yet (a long list) on a heading: its group&apos;s key; on the &quot;more to see&quot; line of a group: True</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Lieu / précisions</source>
        <translation>Place / details</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>N°</source>
        <extracomment>fetch(before, limit) -&gt; AuditPage, run on the worker thread</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utilisateur·rice</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Entrées du journal d&apos;audit</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>&amp;Vérifier la chaîne</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Du :</source>
        <extracomment>where to save the export (replaced in tests)</extracomment>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Ac&amp;tion :</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <source>D&amp;ossier :</source>
        <translation>Ca&amp;se:</translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Chaque ouverture du coffre, consultation ou modification de dossier, courrier, export et changement de compte est noté ici, sans donnée personnelle. Les entrées sont chaînées : toute modification est détectée.</source>
        <translation>Every opening of the vault, viewing or change of a case, letter, export and account change is recorded here, without personal data. The entries are chained: any modification is detected.</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source> (faites défiler pour la suite)</source>
        <translation> (scroll for more)</translation>
    </message>
    <message>
        <source>{n} entrée(s) affichée(s)</source>
        <translation>{n} entry(ies) shown</translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} entrée(s) exportée(s) dans « {file} ».</source>
        <translation>{n} entry(ies) exported to “{file}”.</translation>
    </message>
    <message>
        <source>Export du journal…</source>
        <translation>Exporting the log…</translation>
    </message>
    <message>
        <source>Vérification de la chaîne…</source>
        <translation>Verifying the chain…</translation>
    </message>
    <message>
        <source>Sauvegardes et conservation</source>
        <translation>Backups and retention</translation>
    </message>
    <message>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Conservation et e&amp;ffacement…</source>
        <translation>R&amp;etention and erasure…</translation>
    </message>
    <message>
        <source>Conservation et &amp;effacement…</source>
        <translation type="vanished">Retention and &amp;erasure…</translation>
    </message>
    <message>
        <source>Copies chiffrées du coffre (une par jour, et sur une clé USB si vous en choisissez une), restauration, et effacement des dossiers dont le délai de conservation est passé.</source>
        <translation>Encrypted copies of the vault (one per day, and on a USB stick if you choose one), restore, and erasure of cases whose retention period has expired.</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) après cette date ont été appliqués à nouveau : rien de ce qui avait été effacé n&apos;est revenu.</source>
        <translation>{n} erasure(s) made after this date have been applied again: nothing that had been erased has come back.</translation>
    </message>
    <message>
        <source>Le registre des effacements a été relu : aucun effacement n&apos;avait été fait après cette date.</source>
        <translation>The erasure register has been read again: no erasure had been made after this date.</translation>
    </message>
    <message>
        <source>Le coffre a été restauré : il revient à la sauvegarde du {quand}, et ce qui avait été enregistré après n&apos;y est plus. {effacements} Le coffre endommagé a été mis de côté dans « {chemin} » (rien n&apos;a été supprimé). Déverrouillez avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>The vault has been restored: it goes back to the backup of {quand}, and what had been saved after that is no longer there. {effacements} The damaged vault has been set aside in “{chemin}” (nothing has been deleted). Unlock with the passphrase valid on the date of the backup.</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <extracomment>the :class:`~app.core.restore.RestoreOutcome`; the vault is locked again</extracomment>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Phrase de passe à la date de la sauvegarde</source>
        <translation>Passphrase on the date of the backup</translation>
    </message>
    <message>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {quand}</source>
        <translation>Restore the backup of {quand}</translation>
    </message>
    <message>
        <source>Cette sauvegarde vérifiée va remplacer le coffre endommagé : ce qui a été enregistré après le {quand} sera perdu. Le coffre endommagé n&apos;est pas supprimé : il est mis de côté dans le dossier du coffre. Les effacements faits après cette date seront appliqués à nouveau.</source>
        <translation>This verified backup will replace the damaged vault: anything saved after {quand} will be lost. The damaged vault is not deleted: it is set aside in the vault folder. Erasures made after this date will be applied again.</translation>
    </message>
    <message>
        <source>Identifiez-vous avec un compte de coordination et la phrase de passe valable à la date de la sauvegarde (celle d&apos;avant un éventuel changement).</source>
        <translation>Identify yourself with a coordination account and the passphrase valid on the date of the backup (the one before any change).</translation>
    </message>
    <message>
        <source>Restauration et vérification en cours…</source>
        <translation>Restoring and verifying…</translation>
    </message>
    <message>
        <source>Tapez votre identifiant.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Tapez la phrase de passe valable à cette date.</source>
        <translation>Type the passphrase valid on that date.</translation>
    </message>
    <message>
        <source>quotidienne</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>manuelle</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>après effacement</source>
        <translation>after erasure</translation>
    </message>
    <message>
        <source>avant restauration</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>Sauvegardes du coffre</source>
        <extracomment>emitted after a restore: the data on screen is another&apos;s, the window must lock</extracomment>
        <translation>Vault backups</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>how many follow-ups the case holds; the timeline shows the newest, a page at a time (a case can hold a thousand)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Vérifiée</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Choisir le dossier externe…</source>
        <translation>&amp;Choose the external folder…</translation>
    </message>
    <message>
        <source>Ne plus copier à l&apos;e&amp;xtérieur</source>
        <translation>Stop copying e&amp;xternally</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Chaque sauvegarde est une copie chiffrée du coffre, avec les phrases de passe et le code de récupération valables à sa date. Balise en fait une par jour au verrouillage ou à la fermeture, et garde les 7 derniers jours, 4 semaines et 12 mois. Une copie sur une clé USB ou un disque réseau protège aussi du vol ou de la panne de l&apos;ordinateur.</source>
        <translation>Each backup is an encrypted copy of the vault, with the passphrases and the recovery code valid on its date. Balise makes one a day when locking or closing, and keeps the last 7 days, 4 weeks and 12 months. A copy on a USB stick or a network drive also protects against theft or failure of the computer.</translation>
    </message>
    <message>
        <source>dossier du coffre</source>
        <translation>vault folder</translation>
    </message>
    <message>
        <source>copie externe</source>
        <translation>external copy</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Copie externe : aucune (choisissez un dossier).</source>
        <translation>External copy: none (choose a folder).</translation>
    </message>
    <message>
        <source>Copie externe : « {dossier} ».</source>
        <translation>External copy: “{dossier}”.</translation>
    </message>
    <message>
        <source>Copie externe : « {dossier} » n&apos;est pas branché ou pas accessible.</source>
        <translation>External copy: “{dossier}” is not connected or not accessible.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Vérification de la copie…</source>
        <translation>Verifying the copy…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée du {quand} ({taille}).</source>
        <translation>Verified backup of {quand} ({taille}).</translation>
    </message>
    <message>
        <source>La copie externe est faite et vérifiée.</source>
        <translation>The external copy is made and verified.</translation>
    </message>
    <message>
        <source>Dossier de la copie externe (clé USB, disque réseau)</source>
        <translation>External copy folder (USB stick, network drive)</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {quand} ? Ce qui a été enregistré après cette date sera perdu (le coffre actuel est mis de côté dans son dossier, jamais supprimé). Les effacements faits depuis seront appliqués à nouveau. Le coffre se verrouillera ensuite : rouvrez-le avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>Restore the backup of {quand}? Anything saved after that date will be lost (the current vault is set aside in its folder, never deleted). Erasures made since then will be applied again. The vault will then lock: reopen it with the passphrase valid on the date of the backup.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) depuis ont été appliqués à nouveau.</source>
        <translation>{n} erasure(s) made since then have been applied again.</translation>
    </message>
    <message>
        <source>Le coffre remplacé est dans « {chemin} ».</source>
        <translation>The replaced vault is in “{chemin}”.</translation>
    </message>
    <message>
        <source>État des sauvegardes</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <source>Données relatives à des infractions (RGPD, art. 10) : notez uniquement ce qui est utile à la sécurité de la personne et à l&apos;accompagnement.</source>
        <translation>Data relating to offences (GDPR, Art. 10): record only what is useful for the person&apos;s safety and for the support.</translation>
    </message>
    <message>
        <source>Modifier l&apos;auteur présumé</source>
        <translation>Edit the alleged perpetrator</translation>
    </message>
    <message>
        <source>Ajouter un auteur présumé</source>
        <translation>Add an alleged perpetrator</translation>
    </message>
    <message>
        <source>&amp;Lien avec la victime :</source>
        <translation>&amp;Relationship with the victim:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>Date de na&amp;issance :</source>
        <translation>Date of b&amp;irth:</translation>
    </message>
    <message>
        <source>&amp;Vit avec la victime ?</source>
        <translation>&amp;Lives with the victim?</translation>
    </message>
    <message>
        <source>A accès à des &amp;armes ?</source>
        <translation>Has access to &amp;weapons?</translation>
    </message>
    <message>
        <source>Armes : pré&amp;cisions :</source>
        <translation>Weapons: de&amp;tails:</translation>
    </message>
    <message>
        <source>Armes : &amp;précisions :</source>
        <translation type="vanished">Weapons: &amp;details:</translation>
    </message>
    <message>
        <source>Antécédents &amp;judiciaires :</source>
        <translation>Criminal &amp;record:</translation>
    </message>
    <message>
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Vit avec la victime</source>
        <translation>Lives with the victim</translation>
    </message>
    <message>
        <source>Armes</source>
        <translation>Weapons</translation>
    </message>
    <message>
        <source>Antécédents judiciaires</source>
        <translation>Criminal record</translation>
    </message>
    <message>
        <source>Auteurs présumés</source>
        <translation>Alleged perpetrators</translation>
    </message>
    <message>
        <source>&amp;Ajouter un auteur présumé…</source>
        <translation>&amp;Add an alleged perpetrator…</translation>
    </message>
    <message>
        <source>Modi&amp;fier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;tirer…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Vous ne voyez ici que les fiches que vous avez enregistrées vous-même : celles de vos collègues restent réservées à l&apos;équipe sociale et à la coordination.</source>
        <extracomment>shown to a role that sees only the records it made (street educators)</extracomment>
        <translation>You only see here the records you saved yourself: those of your colleagues are reserved for the social team and the coordination.</translation>
    </message>
    <message>
        <source>Retirer cette fiche d&apos;auteur présumé du dossier ? Elle sera effacée.</source>
        <translation>Remove this alleged perpetrator&apos;s record from the case? It will be erased.</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Modifier la plainte</source>
        <translation>Edit the complaint</translation>
    </message>
    <message>
        <source>Nouvelle plainte</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>ex. Zone Secova</source>
        <translation>e.g. Secova zone</translation>
    </message>
    <message>
        <source>ex. Commissariat d&apos;Aywaille</source>
        <translation>e.g. Aywaille police station</translation>
    </message>
    <message>
        <source>ex. LI.55.L1.012345/26</source>
        <translation>e.g. LI.55.L1.012345/26</translation>
    </message>
    <message>
        <source>&amp;Accompagnée</source>
        <translation>&amp;Accompanied</translation>
    </message>
    <message>
        <source>par qui (ex. l&apos;éducatrice de rue)</source>
        <translation>by whom (e.g. the street educator)</translation>
    </message>
    <message>
        <source>&amp;Certificat médical</source>
        <translation>&amp;Medical certificate</translation>
    </message>
    <message>
        <source>Photos, messages, témoins…</source>
        <translation>Photos, messages, witnesses…</translation>
    </message>
    <message>
        <source>&amp;Déposée le :</source>
        <translation>&amp;Filed on:</translation>
    </message>
    <message>
        <source>&amp;Zone de police :</source>
        <translation>Police &amp;zone:</translation>
    </message>
    <message>
        <source>Co&amp;mmissariat :</source>
        <translation>Police s&amp;tation:</translation>
    </message>
    <message>
        <source>N° de &amp;PV :</source>
        <translation>&amp;Police report no.:</translation>
    </message>
    <message>
        <source>Par &amp;qui :</source>
        <translation>By &amp;whom:</translation>
    </message>
    <message>
        <source>Da&amp;te du certificat :</source>
        <translation>Certificate &amp;date:</translation>
    </message>
    <message>
        <source>Pre&amp;uves recueillies :</source>
        <translation>E&amp;vidence gathered:</translation>
    </message>
    <message>
        <source>&amp;Remarques :</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <source>La plainte est enregistrée avec le statut « déposée ».</source>
        <translation>The complaint is saved with the status “filed”.</translation>
    </message>
    <message>
        <source>Changer le statut de la plainte</source>
        <translation>Change the status of the complaint</translation>
    </message>
    <message>
        <source>ex. avis du parquet reçu par courrier</source>
        <translation>e.g. notice from the prosecutor&apos;s office received by post</translation>
    </message>
    <message>
        <source>Statut actuel : {status} depuis le {date}.</source>
        <translation>Current status: {status} since {date}.</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut :</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Depuis le :</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>&amp;Remarque :</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <source>Noter un consentement</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>À l&apos;&amp;enregistrement de ses données</source>
        <translation type="vanished">To the &amp;recording of their data</translation>
    </message>
    <message>
        <source>À l&apos;enre&amp;gistrement de ses données</source>
        <translation>To the recordin&amp;g of their data</translation>
    </message>
    <message>
        <source>Au &amp;partage d&apos;informations</source>
        <translation>To the &amp;sharing of information</translation>
    </message>
    <message>
        <source>— choisir un secteur —</source>
        <translation>— choose a sector —</translation>
    </message>
    <message>
        <source>ex. CPAS d&apos;Aywaille (facultatif si le secteur suffit)</source>
        <translation>e.g. CPAS of Aywaille (optional if the sector is enough)</translation>
    </message>
    <message>
        <source>— choisir le but —</source>
        <translation>— choose the purpose —</translation>
    </message>
    <message>
        <source>Consentement de la personne, avec la date et la forme.</source>
        <translation>The person&apos;s consent, with the date and the form.</translation>
    </message>
    <message>
        <source>Consentement :</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Forme :</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Secteur :</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Organisme :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;But :</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Pr&amp;écisions :</source>
        <translation>D&amp;etails:</translation>
    </message>
    <message>
        <source>Retirer un consentement</source>
        <translation>Withdraw a consent</translation>
    </message>
    <message>
        <source>Le consentement reste dans le registre, avec sa date de retrait.</source>
        <translation>The consent stays in the register, with its withdrawal date.</translation>
    </message>
    <message>
        <source>Retiré &amp;le :</source>
        <translation>Withdrawn &amp;on:</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;retrait</source>
        <translation>Save the &amp;withdrawal</translation>
    </message>
    <message>
        <source>Consentement à l&apos;enregistrement du {date}</source>
        <translation>Consent to recording of {date}</translation>
    </message>
    <message>
        <source>Partage avec {recipient} du {date}</source>
        <translation>Sharing with {recipient} of {date}</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>But</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Retiré le</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Noté par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Registre des consentements</source>
        <translation>Consent register</translation>
    </message>
    <message>
        <source>&amp;Noter un consentement…</source>
        <translation>&amp;Record a consent…</translation>
    </message>
    <message>
        <source>Reti&amp;rer le consentement…</source>
        <translation>&amp;Withdraw the consent…</translation>
    </message>
    <message>
        <source>Aucun courrier ni partage sans un consentement au partage valable pour ce destinataire et ce but.</source>
        <translation>No letter or sharing without a valid consent to sharing for this recipient and this purpose.</translation>
    </message>
    <message>
        <source>Partage</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Destination :</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <source>Transport :</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Personne de confiance :</source>
        <translation>Trusted person:</translation>
    </message>
    <message>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Situations déclenchantes :</source>
        <translation>Trigger situations:</translation>
    </message>
    <message>
        <source>Voisin·e·s prévenu·e·s :</source>
        <translation>Neighbours informed:</translation>
    </message>
    <message>
        <source>Sac d&apos;urgence :</source>
        <translation>Emergency bag:</translation>
    </message>
    <message>
        <source>Remarques :</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>Avancement du plan de départ</source>
        <translation>Departure plan progress</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Liste du plan de départ</source>
        <translation>Departure plan list</translation>
    </message>
    <message>
        <source>&amp;Remplir le plan…</source>
        <translation>&amp;Fill in the plan…</translation>
    </message>
    <message>
        <source>Refaire le plan (&amp;nouvelle version)…</source>
        <translation>Redo the plan (&amp;new version)…</translation>
    </message>
    <message>
        <source>Version du plan affichée</source>
        <translation>Plan version shown</translation>
    </message>
    <message>
        <source>&amp;Version :</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Modi&amp;fier le plan…</source>
        <translation>&amp;Edit the plan…</translation>
    </message>
    <message>
        <source>Aucun plan de départ pour ce dossier.</source>
        <translation>No departure plan for this case.</translation>
    </message>
    <message>
        <source>Préparez-le avec la personne : documents, indispensables, enfants, contacts et mot de passe, destination et transport.</source>
        <translation>Prepare it with the person: documents, essentials, children, contacts and password, destination and transport.</translation>
    </message>
    <message>
        <source>Version {n} — {status}{when}</source>
        <translation>Version {n} — {status}{when}</translation>
    </message>
    <message>
        <source>, par {name}</source>
        <translation>, by {name}</translation>
    </message>
    <message>
        <source>Créée le {date}{by}.</source>
        <translation>Created on {date}{by}.</translation>
    </message>
    <message>
        <source>Version archivée (lecture seule). </source>
        <translation>Archived version (read-only). </translation>
    </message>
    <message>
        <source>{done} éléments sur {total} ({percent} %)</source>
        <translation>{done} items of {total} ({percent} %)</translation>
    </message>
    <message>
        <source>Refaire le plan de départ ? La version actuelle est gardée dans l&apos;historique ; la nouvelle version part de son contenu, avec le statut « en préparation ».</source>
        <translation>Redo the departure plan? The current version is kept in the history; the new version starts from its content, with the status “in preparation”.</translation>
    </message>
    <message>
        <source>&amp;Refaire le plan</source>
        <translation>&amp;Redo the plan</translation>
    </message>
    <message>
        <source>Plan de départ — version {n}</source>
        <translation>Departure plan — version {n}</translation>
    </message>
    <message>
        <source>— pas encore choisie —</source>
        <translation>— not chosen yet —</translation>
    </message>
    <message>
        <source>— aucun séjour choisi —</source>
        <translation>— no stay chosen —</translation>
    </message>
    <message>
        <source>Séjour en hébergement d&apos;urgence</source>
        <translation>Emergency housing stay</translation>
    </message>
    <message>
        <source>sans adresse secrète</source>
        <translation>without a secret address</translation>
    </message>
    <message>
        <source>mot convenu pour dire « viens vite »</source>
        <translation>agreed word for “come quickly”</translation>
    </message>
    <message>
        <source>ce qui annonce la violence</source>
        <translation>what signals the violence</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Départ &amp;prévu le :</source>
        <translation>&amp;Planned departure on:</translation>
    </message>
    <message>
        <source>Départ e&amp;ffectif le :</source>
        <translation>A&amp;ctual departure on:</translation>
    </message>
    <message>
        <source>&amp;Destination :</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Séjo&amp;ur :</source>
        <translation>St&amp;ay:</translation>
    </message>
    <message>
        <source>&amp;Transport :</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>Personne de &amp;confiance :</source>
        <translation>Trusted &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>S&amp;ituations déclenchantes :</source>
        <translation>Tr&amp;igger situations:</translation>
    </message>
    <message>
        <source>&amp;Voisin·e·s prévenu·e·s :</source>
        <translation>&amp;Neighbours informed:</translation>
    </message>
    <message>
        <source>Sac d&apos;&amp;urgence caché :</source>
        <translation>Hidden emergency &amp;bag:</translation>
    </message>
    <message>
        <source>Marquer « &amp;prêt »</source>
        <translation>Mark as “&amp;ready”</translation>
    </message>
    <message>
        <source>Modifier le dossier</source>
        <translation>Edit the case</translation>
    </message>
    <message>
        <source>Modifier le dossier {reference}</source>
        <translation>Edit case {reference}</translation>
    </message>
    <message>
        <source>Dossier {reference}</source>
        <translation>Case {reference}</translation>
    </message>
    <message>
        <source>— non précisée —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>Do&amp;ssier confidentiel (réservé aux intervenant·es attitré·es)</source>
        <translation>Co&amp;nfidential case (restricted to the assigned workers)</translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Origine de la demande :</source>
        <translation>&amp;Source of the request:</translation>
    </message>
    <message>
        <source>Si&amp;tuation :</source>
        <translation>Si&amp;tuation:</translation>
    </message>
    <message>
        <source>&amp;Intervenant·es :</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Types de &amp;violence :</source>
        <translation>Types of &amp;violence:</translation>
    </message>
    <message>
        <source>&amp;Premier fait connu :</source>
        <translation>&amp;First known incident:</translation>
    </message>
    <message>
        <source>&amp;Dernier fait connu :</source>
        <translation>&amp;Latest known incident:</translation>
    </message>
    <message>
        <source>En&amp;fants exposés :</source>
        <translation>Chil&amp;dren exposed:</translation>
    </message>
    <message>
        <source>Commune non reconnue : choisissez-la dans la liste.</source>
        <translation>Municipality not recognised: choose it from the list.</translation>
    </message>
    <message>
        <source>Re&amp;prendre</source>
        <extracomment>the user chose &quot;Reprendre&quot; for this draft</extracomment>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Masquer ce message ; la saisie reste conservée.</source>
        <translation>Hide this message; the input is kept.</translation>
    </message>
    <message>
        <source>Une saisie interrompue par le verrouillage a été conservée : « {title} » ({date}).</source>
        <translation>An input interrupted by the lock has been kept: “{title}” ({date}).</translation>
    </message>
    <message>
        <source>formulaire</source>
        <translation>form</translation>
    </message>
    <message>
        <source>{n} autre(s) ensuite.</source>
        <translation>{n} more after that.</translation>
    </message>
    <message>
        <source>Le dossier {ref} sera effacé définitivement du coffre, avec tout ce qu&apos;il contient : {people} personne(s), {authors} auteur(s), {followups} suivi(s), {screenings} évaluation(s) du risque, {consents} consentement(s), ainsi que les plaintes et mesures de protection, les démarches, le plan de départ, les documents émis et les brouillons du dossier.</source>
        <extracomment>what will be gone, in words (counts and kinds)</extracomment>
        <translation>Case {ref} will be permanently erased from the vault, with everything it contains: {people} person(s), {authors} perpetrator(s), {followups} follow-up(s), {screenings} risk screening(s), {consents} consent(s), as well as the complaints and protection measures, the steps, the departure plan, the issued documents and the case&apos;s drafts.</translation>
    </message>
    <message>
        <source>Effacer définitivement le dossier</source>
        <translation>Permanently erase the case</translation>
    </message>
    <message>
        <source>La fiche de {who} ({role}) sera effacée définitivement du dossier {ref} : identité, date de naissance, numéro national, coordonnées et consignes de contact. Le reste du dossier est gardé. Si son nom est écrit dans le texte d&apos;un suivi ou d&apos;un document, il n&apos;y est pas retrouvé : relisez ces textes.</source>
        <translation>The record of {who} ({role}) will be permanently erased from case {ref}: identity, date of birth, national number, contact details and contact instructions. The rest of the case is kept. If their name is written in the text of a follow-up or a document, it is not found there: reread these texts.</translation>
    </message>
    <message>
        <source>Effacer définitivement une personne</source>
        <translation>Permanently erase a person</translation>
    </message>
    <message>
        <source>La personne concernée a &amp;demandé l&apos;effacement de ses données (RGPD, art. 17).</source>
        <extracomment>the :class:`~app.core.purge.ErasureOutcome` once the erasure is committed</extracomment>
        <translation>The person concerned has &amp;requested the erasure of their data (GDPR, Art. 17).</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement</source>
        <translation>&amp;Erase permanently</translation>
    </message>
    <message>
        <source>Cette action ne peut pas être annulée. Une sauvegarde du coffre est faite juste après ; les sauvegardes plus anciennes (dans le coffre et sur la copie externe) contiennent encore ces données jusqu&apos;à ce que la rotation les retire, au bout d&apos;environ {months} mois. Le journal garde seulement qu&apos;un effacement a eu lieu, par qui et pour quel motif, jamais son contenu.</source>
        <translation>This action cannot be undone. A backup of the vault is made right afterwards; older backups (in the vault and on the external copy) still contain this data until the rotation removes them, after about {months} months. The log only keeps that an erasure took place, by whom and for what reason, never its content.</translation>
    </message>
    <message>
        <source>Motif : demande de la personne (RGPD, art. 17).</source>
        <translation>Reason: request from the person (GDPR, Art. 17).</translation>
    </message>
    <message>
        <source>Effacement et sauvegarde en cours…</source>
        <translation>Erasing and backing up…</translation>
    </message>
    <message>
        <source>Touche {n}</source>
        <translation>Key {n}</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Date non reconnue : tapez-la comme 30/07/1985.</source>
        <translation>Date not recognised: type it like 30/07/1985.</translation>
    </message>
    <message>
        <source>Tapez le début du nom ou le code postal</source>
        <translation>Type the start of the name or the postcode</translation>
    </message>
    <message>
        <source>Compte rendu du rendez-vous</source>
        <translation>Appointment report</translation>
    </message>
    <message>
        <source>Modifier le suivi</source>
        <translation>Edit the follow-up</translation>
    </message>
    <message>
        <source>Prochain rendez-vous</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Nouveau suivi</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>ex. bureau, domicile, commissariat</source>
        <translation>e.g. office, home, police station</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, ce qui a été convenu</source>
        <translation>What happened, what was agreed</translation>
    </message>
    <message>
        <source>&amp;Date et heure :</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Prochaine étape :</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>Planifier le prochain rende&amp;z-vous</source>
        <translation>Schedule the next appoint&amp;ment</translation>
    </message>
    <message>
        <source>Le :</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Date future : ce suivi sera enregistré comme rendez-vous prévu.</source>
        <translation>Future date: this follow-up will be saved as a planned appointment.</translation>
    </message>
    <message>
        <source>&amp;Confirmer</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suivis du dossier</source>
        <translation>Case follow-ups</translation>
    </message>
    <message>
        <source>&amp;Nouveau suivi…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <source>Prochain &amp;rendez-vous…</source>
        <translation>Next &amp;appointment…</translation>
    </message>
    <message>
        <source>Marquer ré&amp;alisé…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>Marquer &amp;manqué</source>
        <translation>Mark &amp;missed</translation>
    </message>
    <message>
        <source>Afficher les suivis plus an&amp;ciens</source>
        <translation>Show &amp;older follow-ups</translation>
    </message>
    <message>
        <source>{shown} suivis affichés sur {total}</source>
        <translation>{shown} of {total} follow-ups shown</translation>
    </message>
    <message>
        <source>Un rendez-vous à venir ne peut pas encore être marqué réalisé.</source>
        <translation>An upcoming appointment cannot be marked done yet.</translation>
    </message>
    <message>
        <source>Aucun suivi pour l&apos;instant.</source>
        <translation>No follow-ups yet.</translation>
    </message>
    <message>
        <source>Lieu : {place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>par {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <source>Prochaine étape : {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <source>{m} min</source>
        <extracomment>background / text colours of the risk badges (calm → alarming)</extracomment>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h} h {m:02d}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>Risque non évalué</source>
        <translation>Risk not assessed</translation>
    </message>
    <message>
        <source>Risque : {level}</source>
        <translation>Risk: {level}</translation>
    </message>
    <message>
        <source>Balise</source>
        <extracomment>how long after the vault&apos;s pages are shown the idle pre-build of the case screen starts (its steps then follow at the next turns of the event loop) between two steps: the event loop answers what came meanwhile (a step chained with a zero timer could run right after the previous one, in the same pass)</extracomment>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Ce que vous avez tapé n&apos;est pas encore enregistré.</source>
        <translation>What you typed has not been saved yet.</translation>
    </message>
    <message>
        <source>&amp;Ne pas enregistrer</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abandonner cette saisie ?</source>
        <translation>Discard this input?</translation>
    </message>
    <message>
        <source>Niveau de risque</source>
        <translation type="vanished">Risk level</translation>
    </message>
    <message>
        <source>Confidentiel</source>
        <extracomment>a sample of the widest text of each column (measured in bold: high-risk rows)</extracomment>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Statut du dossier : {status}</source>
        <extracomment>a synchronisation clash of this case waits for a choice (issue 12)</extracomment>
        <translation>Case status: {status}</translation>
    </message>
    <message>
        <source>Un conflit de synchronisation attend : Paramètres › Conflits de synchronisation</source>
        <translation>A synchronisation conflict is waiting: Settings › Synchronisation conflicts</translation>
    </message>
    <message>
        <source>{n} conflits de synchronisation attendent : Paramètres › Conflits de synchronisation</source>
        <translation>{n} synchronisation conflicts are waiting: Settings › Synchronisation conflicts</translation>
    </message>
    <message>
        <source>aucun·e</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Commune : {commune}   ·   Intervenant·es : {workers}</source>
        <translation>Municipality: {commune}   ·   Workers: {workers}</translation>
    </message>
    <message>
        <source>Ce que le tribunal a décidé</source>
        <translation>What the court decided</translation>
    </message>
    <message>
        <source>&amp;Procédure :</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>&amp;Requête introduite le :</source>
        <translation>&amp;Application filed on:</translation>
    </message>
    <message>
        <source>&amp;Audience :</source>
        <translation>&amp;Hearing:</translation>
    </message>
    <message>
        <source>Décision &amp;le :</source>
        <translation>Decision &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Décision :</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Protection du droit de séjour</source>
        <translation>Protection of the right of residence</translation>
    </message>
    <message>
        <source>Loi du 15 décembre 1980 : le droit de séjour obtenu par regroupement familial peut être maintenu pour une victime de violences.</source>
        <translation>Law of 15 December 1980: the right of residence obtained through family reunification can be maintained for a victim of violence.</translation>
    </message>
    <message>
        <source>&amp;Base légale :</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Introduit le :</source>
        <translation>&amp;Filed on:</translation>
    </message>
    <message>
        <source>← Retour</source>
        <extracomment>the sections in tab order: the page&apos;s attribute and the section&apos;s class &quot;← Retour&quot; was pressed the guide&apos;s section about the case screen (each tab has its own: CASE_TAB_ANCHORS)</extracomment>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Revenir à la page précédente (Alt+←)</source>
        <translation>Go back to the previous page (Alt+←)</translation>
    </message>
    <message>
        <source>Résumé du dossier</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Victime et co-victimes</source>
        <translation>Victim and co-victims</translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation>Perpetrators</translation>
    </message>
    <message>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Évaluation du risque</source>
        <translation>Risk screening</translation>
    </message>
    <message>
        <source>Accords</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Consentements (enregistrer, partager)</source>
        <translation>Consents (recording, sharing)</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Suivis et rendez-vous</source>
        <translation>Follow-ups and appointments</translation>
    </message>
    <message>
        <source>Démarches socio-administratives</source>
        <translation>Social and administrative steps</translation>
    </message>
    <message>
        <source>Départ</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Courriers et documents</source>
        <translation>Letters and documents</translation>
    </message>
    <message>
        <source>L&apos;effacement est fait, mais la sauvegarde qui devait suivre n&apos;a pas pu être faite : {raison}</source>
        <translation>The erasure is done, but the backup that should have followed could not be made: {raison}</translation>
    </message>
    <message>
        <source>jj/mm/aaaa hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <source>Date et heure non reconnues : tapez-les comme 12/11/2026 09:30.</source>
        <translation>Date and time not recognised: type them like 12/11/2026 09:30.</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>{title} :</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Échéance dépassée sans mise à jour</source>
        <translation>Deadline passed without an update</translation>
    </message>
    <message>
        <source>{date} ({years} ans)</source>
        <translation>{date} ({years} years)</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>N° national</source>
        <translation>National no.</translation>
    </message>
    <message>
        <source>Personnes du dossier</source>
        <translation>People in the case</translation>
    </message>
    <message>
        <source>&amp;Ajouter un enfant / une co-victime…</source>
        <translation>&amp;Add a child / a co-victim…</translation>
    </message>
    <message>
        <source>Modi&amp;fier la fiche…</source>
        <translation>&amp;Edit the record…</translation>
    </message>
    <message>
        <source>Re&amp;tirer du dossier…</source>
        <translation>Re&amp;move from the case…</translation>
    </message>
    <message>
        <source>La victime principale, puis les enfants et autres co-victimes.</source>
        <translation>The main victim, then the children and other co-victims.</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement…</source>
        <translation>&amp;Erase permanently…</translation>
    </message>
    <message>
        <source>Effacer la fiche de cette personne à sa demande (RGPD, art. 17)</source>
        <translation>Erase this person&apos;s record at their request (GDPR, Art. 17)</translation>
    </message>
    <message>
        <source>Effacer la victime principale, c&apos;est effacer tout le dossier : onglet Résumé, « Effacer définitivement… »</source>
        <translation>Erasing the main victim means erasing the whole case: Summary tab, “Erase permanently…”</translation>
    </message>
    <message>
        <source>Retirer {name} du dossier ? Sa fiche sera effacée.</source>
        <translation>Remove {name} from the case? Their record will be erased.</translation>
    </message>
    <message>
        <source>Modifier la fiche</source>
        <translation>Edit the record</translation>
    </message>
    <message>
        <source>Ajouter un enfant ou une co-victime</source>
        <translation>Add a child or a co-victim</translation>
    </message>
    <message>
        <source>Victime principale</source>
        <translation>Main victim</translation>
    </message>
    <message>
        <source>ex. fils, fille, mère</source>
        <translation>e.g. son, daughter, mother</translation>
    </message>
    <message>
        <source>Masq&amp;uer le nom (afficher le pseudonyme partout)</source>
        <translation>&amp;Hide the name (show the pseudonym everywhere)</translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>ex. français, arabe</source>
        <translation>e.g. French, Arabic</translation>
    </message>
    <message>
        <source>ex. 85.07.30-033.28</source>
        <translation>e.g. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Lien avec la &amp;victime :</source>
        <translation>Relationship with the &amp;victim:</translation>
    </message>
    <message>
        <source>Pseudon&amp;yme :</source>
        <translation>Pseudon&amp;ym:</translation>
    </message>
    <message>
        <source>&amp;Genre :</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Langue&amp;s :</source>
        <translation>Language&amp;s:</translation>
    </message>
    <message>
        <source>Nationalité :</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Rue et numéro :</source>
        <translation>Street and number:</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Nationa&amp;lité :</source>
        <translation type="vanished">Nationa&amp;lity:</translation>
    </message>
    <message>
        <source>Numér&amp;o de registre national :</source>
        <translation>Nati&amp;onal register number:</translation>
    </message>
    <message>
        <source>Adresse et téléphone</source>
        <translation>Address and phone</translation>
    </message>
    <message>
        <source>ex. 0472 12 34 56</source>
        <translation>e.g. 0472 12 34 56</translation>
    </message>
    <message>
        <source>&amp;Rue et numéro :</source>
        <translation type="vanished">&amp;Street and number:</translation>
    </message>
    <message>
        <source>Code &amp;postal :</source>
        <translation type="vanished">&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Localité :</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>Télép&amp;hone :</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Contact sûr</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <source>&amp;Nouvelle plainte…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation>Change the &amp;status…</translation>
    </message>
    <message>
        <source>Plaintes</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Déposée le</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Zone / commissariat</source>
        <translation>Zone / police station</translation>
    </message>
    <message>
        <source>N° de PV</source>
        <translation>Police report no.</translation>
    </message>
    <message>
        <source>Certificat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation>Accompanied</translation>
    </message>
    <message>
        <source>&amp;Interdiction de résidence…</source>
        <translation>&amp;Residence ban…</translation>
    </message>
    <message>
        <source>&amp;Prolongation…</source>
        <translation>E&amp;xtension…</translation>
    </message>
    <message>
        <source>Noter l&apos;iss&amp;ue…</source>
        <translation>Record the o&amp;utcome…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Interdiction temporaire de résidence</source>
        <translation>Temporary residence ban</translation>
    </message>
    <message>
        <source>Ordonnée le</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <source>Notifiée le</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Audience (juge de paix)</source>
        <translation>Hearing (justice of the peace)</translation>
    </message>
    <message>
        <source>Prolongée le</source>
        <translation>Extended on</translation>
    </message>
    <message>
        <source>Remarques</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>&amp;Tribunal de la famille…</source>
        <translation>&amp;Family court…</translation>
    </message>
    <message>
        <source>Tribunal de la famille — mesures urgentes</source>
        <translation>Family court — urgent measures</translation>
    </message>
    <message>
        <source>Procédure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Requête le</source>
        <translation>Application on</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Droit de s&amp;éjour…</source>
        <translation>Right of r&amp;esidence…</translation>
    </message>
    <message>
        <source>Protection du droit de séjour (victime étrangère)</source>
        <translation>Protection of the right of residence (foreign victim)</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Introduit le</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Aucune plainte enregistrée pour ce dossier.</source>
        <translation>No complaint recorded for this case.</translation>
    </message>
    <message>
        <source>Aucune interdiction de résidence.</source>
        <translation>No residence ban.</translation>
    </message>
    <message>
        <source>Fin après 10 jours : {initial} · prolongation possible jusqu&apos;au {limit}</source>
        <translation>End after 10 days: {initial} · extension possible until {limit}</translation>
    </message>
    <message>
        <source>Échéance dépassée sans mise à jour : notez la prolongation ou l&apos;issue.</source>
        <translation>Deadline passed without an update: record the extension or the outcome.</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Supprimer cette plainte et son historique ? (À faire seulement si elle a été enregistrée par erreur.)</source>
        <translation>Delete this complaint and its history? (Only do this if it was recorded by mistake.)</translation>
    </message>
    <message>
        <source>Supprimer cette interdiction de résidence (enregistrée par erreur) ?</source>
        <translation>Delete this residence ban (recorded by mistake)?</translation>
    </message>
    <message>
        <source>Supprimer cette procédure (enregistrée par erreur) ?</source>
        <translation>Delete this procedure (recorded by mistake)?</translation>
    </message>
    <message>
        <source>Supprimer ce dossier de séjour (enregistré par erreur) ?</source>
        <translation>Delete this residence application (recorded by mistake)?</translation>
    </message>
    <message>
        <source>Modifier l&apos;interdiction</source>
        <translation>Edit the ban</translation>
    </message>
    <message>
        <source>Ordonnée par le procureur du Roi pour 10 jours au plus ; le juge de paix peut la prolonger jusqu&apos;à trois mois après l&apos;ordonnance.</source>
        <translation>Ordered by the public prosecutor for 10 days at most; the justice of the peace can extend it up to three months after the order.</translation>
    </message>
    <message>
        <source>&amp;Ordonnée le :</source>
        <translation>&amp;Ordered on:</translation>
    </message>
    <message>
        <source>&amp;Notifiée le :</source>
        <translation>&amp;Notified on:</translation>
    </message>
    <message>
        <source>&amp;Audience du juge de paix :</source>
        <translation>Justice of the peace &amp;hearing:</translation>
    </message>
    <message>
        <source>Prolongée jusqu&apos;au {end} (au plus tard le {limit}).</source>
        <translation>Extended until {end} ({limit} at the latest).</translation>
    </message>
    <message>
        <source>Fin calculée : {end} (ordonnance + 10 jours).</source>
        <translation>Calculated end: {end} (order + 10 days).</translation>
    </message>
    <message>
        <source>Prolongation par le juge de paix</source>
        <translation>Extension by the justice of the peace</translation>
    </message>
    <message>
        <source>Interdiction ordonnée le {ordered}. La prolongation peut aller jusqu&apos;au {limit} au plus tard (trois mois après l&apos;ordonnance).</source>
        <translation>Ban ordered on {ordered}. The extension can run until {limit} at the latest (three months after the order).</translation>
    </message>
    <message>
        <source>&amp;Décision du juge de paix le :</source>
        <translation>&amp;Decision of the justice of the peace on:</translation>
    </message>
    <message>
        <source>&amp;Nouvelle fin :</source>
        <translation>&amp;New end:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la prolongation</source>
        <translation>&amp;Save the extension</translation>
    </message>
    <message>
        <source>Noter l&apos;issue de l&apos;interdiction</source>
        <translation>Record the outcome of the ban</translation>
    </message>
    <message>
        <source>ex. pas de prolongation demandée ; fin de l&apos;interdiction</source>
        <translation>e.g. no extension requested; end of the ban</translation>
    </message>
    <message>
        <source>La note s&apos;ajoute aux remarques de l&apos;interdiction, datée d&apos;aujourd&apos;hui.</source>
        <translation>The note is added to the remarks of the ban, dated today.</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>{status} ({date})</source>
        <translation>{status} ({date})</translation>
    </message>
    <message>
        <source>{status} le {date}</source>
        <translation>{status} on {date}</translation>
    </message>
    <message>
        <source>Historique : {steps}</source>
        <translation>History: {steps}</translation>
    </message>
    <message>
        <source>Preuves : {text}</source>
        <translation>Evidence: {text}</translation>
    </message>
    <message>
        <source>Remarques : {text}</source>
        <translation>Remarks: {text}</translation>
    </message>
    <message>
        <source>{date} — {text}</source>
        <translation>{date} — {text}</translation>
    </message>
    <message>
        <source>en hausse</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>en baisse</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>une seule évaluation</source>
        <translation>a single screening</translation>
    </message>
    <message>
        <source>(+ {n} autres)</source>
        <translation>(+ {n} more)</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Facteurs déterminants</source>
        <translation>Key factors</translation>
    </message>
    <message>
        <source>Relèvement</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Historique des évaluations</source>
        <translation>Screening history</translation>
    </message>
    <message>
        <source>&amp;Nouvelle évaluation…</source>
        <translation>&amp;New screening…</translation>
    </message>
    <message>
        <source>Tendance : {trend} {arrow}</source>
        <translation>Trend: {trend} {arrow}</translation>
    </message>
    <message>
        <source>Aucune évaluation pour l&apos;instant.</source>
        <translation>No screenings yet.</translation>
    </message>
    <message>
        <source>Règles de contact sûr</source>
        <translation>Safe contact rules</translation>
    </message>
    <message>
        <source>Modifier la fiche de la victime et ses règles de contact</source>
        <translation>Edit the victim&apos;s record and their contact rules</translation>
    </message>
    <message>
        <source>&amp;Copier le n°</source>
        <translation>&amp;Copy the no.</translation>
    </message>
    <message>
        <source>Copier le téléphone sûr. Il est retiré du presse-papiers après 30 secondes et au verrouillage, et caché aux gestionnaires de presse-papiers.</source>
        <translation>Copy the safe phone number. It is removed from the clipboard after 30 seconds and when locking, and hidden from clipboard managers.</translation>
    </message>
    <message>
        <source>Copié ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <source>Aucune règle de contact enregistrée.</source>
        <translation>No contact rules recorded.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Téléphone sûr :</source>
        <translation>Safe phone:</translation>
    </message>
    <message>
        <source>Moments sûrs :</source>
        <translation>Safe times:</translation>
    </message>
    <message>
        <source>Message :</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Courrier :</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Mot de code :</source>
        <translation>Code word:</translation>
    </message>
    <message>
        <source>ex. en semaine entre 9 h et 11 h</source>
        <translation>e.g. on weekdays between 9 am and 11 am</translation>
    </message>
    <message>
        <source>ex. ne jamais appeler le soir</source>
        <translation>e.g. never call in the evening</translation>
    </message>
    <message>
        <source>&amp;Téléphone sûr :</source>
        <translation>&amp;Safe phone:</translation>
    </message>
    <message>
        <source>Mo&amp;ments sûrs :</source>
        <translation>Safe ti&amp;mes:</translation>
    </message>
    <message>
        <source>Peut-on laisser un mess&amp;age ?</source>
        <translation>Can a mess&amp;age be left?</translation>
    </message>
    <message>
        <source>Peut-on éc&amp;rire ?</source>
        <translation>Can we w&amp;rite?</translation>
    </message>
    <message>
        <source>Mot de co&amp;de :</source>
        <translation>Co&amp;de word:</translation>
    </message>
    <message>
        <source>Autres &amp;consignes :</source>
        <translation>Other &amp;instructions:</translation>
    </message>
    <message>
        <source>Répondez Oui, Non ou Ne sait pas.</source>
        <translation>Answer Yes, No or Don&apos;t know.</translation>
    </message>
    <message>
        <source>Nouvelle évaluation du risque</source>
        <translation>New risk screening</translation>
    </message>
    <message>
        <source>Niveau calculé</source>
        <translation>Calculated level</translation>
    </message>
    <message>
        <source>  (facteur critique)</source>
        <translation>  (critical factor)</translation>
    </message>
    <message>
        <source>— garder le niveau calculé —</source>
        <translation>— keep the calculated level —</translation>
    </message>
    <message>
        <source>Pourquoi votre jugement professionnel relève le niveau</source>
        <translation>Why your professional judgement raises the level</translation>
    </message>
    <message>
        <source>Re&amp;lever le niveau :</source>
        <translation>Ra&amp;ise the level:</translation>
    </message>
    <message>
        <source>M&amp;otif du relèvement :</source>
        <translation>Reas&amp;on for raising:</translation>
    </message>
    <message>
        <source>Pour chaque question : 1 = Oui, 2 = Non, 3 = Ne sait pas (ou les flèches ← →). La réponse passe à la question suivante. Sans réponse = « Ne sait pas ».</source>
        <translation>For each question: 1 = Yes, 2 = No, 3 = Don&apos;t know (or the ← → arrows). The answer moves on to the next question. No answer = “Don&apos;t know”.</translation>
    </message>
    <message>
        <source>Niveau calculé : {level}  (score {score})</source>
        <translation>Calculated level: {level}  (score {score})</translation>
    </message>
    <message>
        <source>aucun « Oui » pour l&apos;instant</source>
        <translation>no “Yes” so far</translation>
    </message>
    <message>
        <source> (+{n})</source>
        <translation> (+{n})</translation>
    </message>
    <message>
        <source>Facteurs déterminants : {drivers}. Sans réponse : {n}.</source>
        <translation>Key factors: {drivers}. Unanswered: {n}.</translation>
    </message>
    <message>
        <source>Clôturer le dossier</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Le motif de clôture est obligatoire ; il reste dans l&apos;historique du dossier.</source>
        <translation>The reason for closing is required; it stays in the case history.</translation>
    </message>
    <message>
        <source>&amp;Clôturer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Mettre le dossier en pause</source>
        <translation>Put the case on hold</translation>
    </message>
    <message>
        <source>Par exemple : la personne ne répond plus, elle a déménagé hors de la zone…</source>
        <translation>For example: the person no longer responds, they have moved out of the area…</translation>
    </message>
    <message>
        <source>Mettre en &amp;pause</source>
        <translation>Put on &amp;hold</translation>
    </message>
    <message>
        <source>Rouvrir le dossier</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Vous pouvez noter pourquoi le dossier est rouvert (facultatif).</source>
        <translation>You can note why the case is being reopened (optional).</translation>
    </message>
    <message>
        <source>&amp;Rouvrir</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Motif (facultatif) :</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <source>Modifier la démarche</source>
        <translation>Edit the step</translation>
    </message>
    <message>
        <source>Ajouter une démarche</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>— choisir une démarche —</source>
        <translation>— choose a step —</translation>
    </message>
    <message>
        <source>— personne —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>noté avec le changement de statut</source>
        <translation>recorded with the status change</translation>
    </message>
    <message>
        <source>&amp;Démarche :</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>É&amp;chéance :</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Partenaire :</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>C&amp;ommentaire du changement :</source>
        <translation>C&amp;omment on the change:</translation>
    </message>
    <message>
        <source>Le répertoire des partenaires est vide pour l&apos;instant.</source>
        <translation>The partner directory is empty for now.</translation>
    </message>
    <message>
        <source>Avancement des démarches</source>
        <translation>Progress of the steps</translation>
    </message>
    <message>
        <source>Démarche</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Démarches du dossier</source>
        <translation>Case steps</translation>
    </message>
    <message>
        <source>Espace : marquer la démarche faite (ou à refaire)</source>
        <translation>Space: mark the step done (or to be redone)</translation>
    </message>
    <message>
        <source>&amp;Ajouter une démarche…</source>
        <translation>&amp;Add a step…</translation>
    </message>
    <message>
        <source>Appliquer un &amp;ensemble</source>
        <translation>Apply a &amp;set</translation>
    </message>
    <message>
        <source>Marquer &amp;fait</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Mo&amp;difier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Retirer du dossier</source>
        <translation>Remove from the case</translation>
    </message>
    <message>
        <source>{n} en retard</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{n} bloquée(s)</source>
        <translation>{n} blocked</translation>
    </message>
    <message>
        <source>{n} sans objet</source>
        <translation>{n} not applicable</translation>
    </message>
    <message>
        <source> (retirée du catalogue)</source>
        <translation> (removed from the catalogue)</translation>
    </message>
    <message>
        <source>Aucune démarche. Ajoutez-en une, ou appliquez un ensemble type (par exemple « Départ du domicile »).</source>
        <translation>No steps. Add one, or apply a standard set (for example “Leaving home”).</translation>
    </message>
    <message>
        <source> par {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <source>Historique : {history}</source>
        <translation>History: {history}</translation>
    </message>
    <message>
        <source>Échéance dépassée : mettez la démarche à jour.</source>
        <translation>Deadline passed: update the step.</translation>
    </message>
    <message>
        <source>{n} démarche(s) ajoutée(s) : ensemble « {name} ».</source>
        <translation>{n} step(s) added: set “{name}”.</translation>
    </message>
    <message>
        <source>Le dossier contient déjà toutes les démarches de l&apos;ensemble « {name} ».</source>
        <translation>The case already contains all the steps of the set “{name}”.</translation>
    </message>
    <message>
        <source>Retirer « {label} » de ce dossier, avec son historique ?</source>
        <translation>Remove “{label}” from this case, with its history?</translation>
    </message>
    <message>
        <source>Ouverture</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Clôture</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Réouverture</source>
        <translation>Reopening</translation>
    </message>
    <message>
        <source>Mise en pause</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Situation :</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Types de violence :</source>
        <translation>Types of violence:</translation>
    </message>
    <message>
        <source>Premier fait connu :</source>
        <translation>First known incident:</translation>
    </message>
    <message>
        <source>Dernier fait connu :</source>
        <translation>Latest known incident:</translation>
    </message>
    <message>
        <source>Enfants exposés :</source>
        <translation>Children exposed:</translation>
    </message>
    <message>
        <source>Origine de la demande :</source>
        <translation>Source of the request:</translation>
    </message>
    <message>
        <source>Ouvert le :</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <source>Clôturé le :</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <source>Confidentiel :</source>
        <translation>Confidential:</translation>
    </message>
    <message>
        <source>Au dossier :</source>
        <translation>On the case:</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>C&amp;lôturer…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <source>Mettre en &amp;pause…</source>
        <translation>Put on &amp;hold…</translation>
    </message>
    <message>
        <source>R&amp;ouvrir…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Effacer tout le dossier à la demande de la personne (RGPD, art. 17)</source>
        <translation>Erase the whole case at the person&apos;s request (GDPR, Art. 17)</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Historique du statut</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>{date} — motif : {reason}</source>
        <translation>{date} — reason: {reason}</translation>
    </message>
    <message>
        <source>Oui : réservé aux intervenant·es attitré·es</source>
        <translation>Yes: restricted to the assigned workers</translation>
    </message>
    <message>
        <source>{people} personne(s), {authors} auteur(s), {followups} suivi(s)</source>
        <translation>{people} person(s), {authors} perpetrator(s), {followups} follow-up(s)</translation>
    </message>
    <message>
        <source>Ouverts et en pause</source>
        <translation>Open and on hold</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clôturés</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Tous les niveaux</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Élevé et critique</source>
        <translation>High and critical</translation>
    </message>
    <message>
        <source>Ouverts &amp;du</source>
        <translation>Opened &amp;from</translation>
    </message>
    <message>
        <source>Limiter aux dossiers ouverts pendant cette période</source>
        <translation>Limit to cases opened during this period</translation>
    </message>
    <message>
        <source>Début de la période d&apos;ouverture</source>
        <translation>Start of the opening period</translation>
    </message>
    <message>
        <source>Fin de la période d&apos;ouverture</source>
        <translation>End of the opening period</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear the filters</translation>
    </message>
    <message>
        <source>Revenir aux dossiers ouverts et en pause, sans filtre</source>
        <translation>Go back to open and on-hold cases, without filters</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Intervenant·e</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <source>&amp;Risque</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tous les intervenant·es</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>Moi</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Intervenant·es</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>{reference}, confidentiel</source>
        <extracomment>the database sort changed through :meth:`sort` (the page reloads)</extracomment>
        <translation>{reference}, confidential</translation>
    </message>
    <message>
        <source>Non évalué</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Dossier confidentiel : réservé aux intervenant·es désigné·es.</source>
        <translation>Confidential case: restricted to the designated workers.</translation>
    </message>
    <message>
        <source>Risque {level} : à suivre de près.</source>
        <translation>Risk {level}: to be monitored closely.</translation>
    </message>
    <message>
        <source>Rechercher un nom, un pseudonyme, une référence, un mot d&apos;un suivi…</source>
        <translation>Search for a name, a pseudonym, a reference, a word from a follow-up…</translation>
    </message>
    <message>
        <source>Rechercher un dossier</source>
        <translation>Search for a case</translation>
    </message>
    <message>
        <source>Ctrl+F ; flèche bas pour aller à la liste</source>
        <translation>Ctrl+F; down arrow to go to the list</translation>
    </message>
    <message>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Enregistrer une nouvelle situation (Ctrl+N)</source>
        <translation>Register a new situation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aucun dossier ne correspond à ces critères.</source>
        <translation>No case matches these criteria.</translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Plus de {n} dossiers — précisez la recherche</source>
        <translation>More than {n} cases — narrow the search</translation>
    </message>
    <message>
        <source>1 résultat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>{n} résultats</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <source>Liste des dossiers</source>
        <extracomment>the row to open (Enter, Return or double-click)</extracomment>
        <translation>List of cases</translation>
    </message>
    <message>
        <source>Aperçu : relisez avant d&apos;émettre. Rien n&apos;est encore enregistré.</source>
        <translation>Preview: reread before issuing. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Document émis et enregistré dans le dossier. Vous pouvez l&apos;imprimer.</source>
        <translation>Document issued and saved in the case. You can print it.</translation>
    </message>
    <message>
        <source>Rechercher un partenaire (nom, secteur, commune)…</source>
        <translation>Search for a partner (name, sector, municipality)…</translation>
    </message>
    <message>
        <source>Rechercher un partenaire</source>
        <translation>Search for a partner</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Pour le registre du dossier (non imprimé)</source>
        <translation>For the case register (not printed)</translation>
    </message>
    <message>
        <source>Informations à inclure</source>
        <translation>Information to include</translation>
    </message>
    <message>
        <source>&amp;Passer outre l&apos;absence d&apos;accord (raison obligatoire)</source>
        <translation>&amp;Override the lack of agreement (reason required)</translation>
    </message>
    <message>
        <source>Pourquoi ce courrier part-il sans l&apos;accord de la personne ?</source>
        <translation>Why is this letter being sent without the person&apos;s agreement?</translation>
    </message>
    <message>
        <source>&amp;Aperçu…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>1. Destinataire</source>
        <translation>1. Recipient</translation>
    </message>
    <message>
        <source>&amp;Contact :</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Fonction sous la signature :</source>
        <translation>&amp;Job title under the signature:</translation>
    </message>
    <message>
        <source>2. Ce que le courrier contient</source>
        <translation>2. What the letter contains</translation>
    </message>
    <message>
        <source>Cochez seulement ce qui est utile au partenaire. Rien d&apos;autre n&apos;est imprimé.</source>
        <translation>Tick only what is useful to the partner. Nothing else is printed.</translation>
    </message>
    <message>
        <source>3. Accord de la personne</source>
        <translation>3. The person&apos;s agreement</translation>
    </message>
    <message>
        <source>(l&apos;organisation, sans contact nommé)</source>
        <translation>(the organisation, without a named contact)</translation>
    </message>
    <message>
        <source>Courrier rédigé en {language} (langue du partenaire).</source>
        <translation>Letter written in {language} (the partner&apos;s language).</translation>
    </message>
    <message>
        <source>Le modèle n&apos;a pas encore de texte en {language} : le corps du courrier reste en français (Paramètres › Modèles de documents).</source>
        <translation>The template has no text in {language} yet: the body of the letter stays in French (Settings › Document templates).</translation>
    </message>
    <message>
        <source>Choisissez le partenaire destinataire.</source>
        <translation>Choose the recipient partner.</translation>
    </message>
    <message>
        <source>Cochez au moins une information.</source>
        <translation>Tick at least one piece of information.</translation>
    </message>
    <message>
        <source>Sans accord de la personne, le courrier ne peut pas partir. Notez son accord dans l&apos;onglet Consentements, ou passez outre avec une raison.</source>
        <translation>Without the person&apos;s agreement, the letter cannot be sent. Record their agreement in the Consents tab, or override with a reason.</translation>
    </message>
    <message>
        <source>Expliquez la raison (au moins {n} caractères).</source>
        <translation>Explain the reason (at least {n} characters).</translation>
    </message>
    <message>
        <source>Courrier d&apos;orientation — aperçu</source>
        <translation>Referral letter — preview</translation>
    </message>
    <message>
        <source>Aperçu du document</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;a été choisie : le document n&apos;a pas été imprimé. Pour garder une copie du document sur l&apos;ordinateur, utilisez « Enregistrer une copie ».</source>
        <translation>No printer was chosen: the document has not been printed. To keep a copy of the document on the computer, use “Save a copy”.</translation>
    </message>
    <message>
        <source>La copie enregistrée ne sera pas chiffrée : toute personne qui a accès à cet ordinateur ou à cette clé USB pourra la lire. Enregistrez-la seulement si c&apos;est nécessaire, à un endroit sûr, et supprimez-la dès qu&apos;elle n&apos;est plus utile.</source>
        <translation>The saved copy will not be encrypted: anyone with access to this computer or this USB stick will be able to read it. Save it only if necessary, in a safe place, and delete it as soon as it is no longer needed.</translation>
    </message>
    <message>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite à cet endroit (disque plein, dossier protégé ou clé USB retirée ?). Choisissez un autre endroit.</source>
        <translation>The copy could not be written to this location (disk full, protected folder or USB stick removed?). Choose another location.</translation>
    </message>
    <message>
        <source>&amp;Choisir où enregistrer…</source>
        <translation>&amp;Choose where to save…</translation>
    </message>
    <message>
        <source>É&amp;mettre le document</source>
        <extracomment>tracer(action, go, failed): write the audit entry for ``action`` (``audit.Action.DOCUMENT_PRINTED`` / ``DOCUMENT_SAVED``), then call ``go()``; or call ``failed(error)`` if it could not be written — never both, never neither</extracomment>
        <translation>&amp;Issue the document</translation>
    </message>
    <message>
        <source>Enregistre le document dans le dossier ; il pourra ensuite être imprimé.</source>
        <translation>Saves the document in the case; it can then be printed.</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Émettez d&apos;abord le document.</source>
        <translation>Issue the document first.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu commencer. Vérifiez l&apos;imprimante et réessayez.</source>
        <translation>Printing could not start. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas été imprimé</source>
        <translation>The document has not been printed</translation>
    </message>
    <message>
        <source>Aucune copie n&apos;a été enregistrée</source>
        <translation>No copy has been saved</translation>
    </message>
    <message>
        <source>{what} : son passage hors du coffre n&apos;a pas pu être noté au journal. {why}</source>
        <translation>{what}: its leaving the vault could not be recorded in the log. {why}</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Nouveau &amp;courrier d&apos;orientation…</source>
        <translation type="vanished">New &amp;referral letter…</translation>
    </message>
    <message>
        <source>A&amp;ttestation de suivi…</source>
        <translation>Certificate of &amp;support…</translation>
    </message>
    <message>
        <source>&amp;Plan de départ pour la personne…</source>
        <translation>&amp;Departure plan for the person…</translation>
    </message>
    <message>
        <source>Résumé pour la personne (&amp;accès)…</source>
        <translation type="vanished">Summary for the person (&amp;access)…</translation>
    </message>
    <message>
        <source>Documents émis</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>Nouveau courrier d&apos;&amp;orientation…</source>
        <translation>New &amp;referral letter…</translation>
    </message>
    <message>
        <source>&amp;Résumé pour la personne (accès)…</source>
        <translation>Su&amp;mmary for the person (access)…</translation>
    </message>
    <message>
        <source>&amp;Afficher / réimprimer…</source>
        <translation>&amp;Show / reprint…</translation>
    </message>
    <message>
        <source>&amp;Suite de l&apos;orientation…</source>
        <translation>Referral &amp;outcome…</translation>
    </message>
    <message>
        <source>Aucun document émis pour ce dossier.</source>
        <translation>No document issued for this case.</translation>
    </message>
    <message>
        <source>Établi par le ou la coordinateur·rice.</source>
        <translation>Drawn up by the coordinator.</translation>
    </message>
    <message>
        <source>le {d}</source>
        <translation>on {d}</translation>
    </message>
    <message>
        <source>Mentionner la date de &amp;naissance</source>
        <translation>Mention the date of &amp;birth</translation>
    </message>
    <message>
        <source>Inclure les données de l&apos;auteur &amp;présumé (décision du ou de la coordinateur·rice)</source>
        <translation>Include the data of the alleged perpe&amp;trator (the coordinator&apos;s decision)</translation>
    </message>
    <message>
        <source>Mentionner la &amp;date de naissance</source>
        <translation type="vanished">Mention the &amp;date of birth</translation>
    </message>
    <message>
        <source>Résumé pour la personne</source>
        <translation>Summary for the person</translation>
    </message>
    <message>
        <source>Inclure les données de l&apos;&amp;auteur présumé (décision du ou de la coordinateur·rice)</source>
        <translation type="vanished">Include the data of the alleged &amp;perpetrator (the coordinator&apos;s decision)</translation>
    </message>
    <message>
        <source>Relisez l&apos;aperçu : les textes libres des suivis peuvent mentionner d&apos;autres personnes. Vérifiez l&apos;identité de la personne qui fait la demande.</source>
        <translation>Reread the preview: the free texts of the follow-ups may mention other people. Check the identity of the person making the request.</translation>
    </message>
    <message>
        <source>Seul un courrier d&apos;orientation a une suite.</source>
        <translation>Only a referral letter has an outcome.</translation>
    </message>
    <message>
        <source>&amp;Destinataire (facultatif) :</source>
        <translation>&amp;Recipient (optional):</translation>
    </message>
    <message>
        <source>Suite de l&apos;orientation</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <source>&amp;Suite :</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Choisir ma phrase de passe</source>
        <translation>Choose my passphrase</translation>
    </message>
    <message>
        <source>&amp;Enregistrer et ouvrir</source>
        <translation>&amp;Save and open</translation>
    </message>
    <message>
        <source>Annuler et &amp;verrouiller</source>
        <translation>Cancel and &amp;lock</translation>
    </message>
    <message>
        <source>Bienvenue, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>Vous avez ouvert Balise avec un code à usage unique. Choisissez maintenant votre propre phrase de passe : le code cessera de fonctionner. Ne la communiquez à personne, pas même à la coordination.</source>
        <translation>You have opened Balise with a one-time code. Now choose your own passphrase: the code will stop working. Do not share it with anyone, not even the coordination.</translation>
    </message>
    <message>
        <source>Enregistrement de votre phrase de passe…</source>
        <translation>Saving your passphrase…</translation>
    </message>
    <message>
        <source>Logement d&apos;urgence</source>
        <translation>Emergency housing unit</translation>
    </message>
    <message>
        <source>ex. Appartement A — jamais l&apos;adresse</source>
        <translation>e.g. Flat A — never the address</translation>
    </message>
    <message>
        <source> place(s)</source>
        <translation> place(s)</translation>
    </message>
    <message>
        <source>Adresse secrète : n&apos;apparaît que dans ce formulaire</source>
        <translation>Secret address: only appears in this form</translation>
    </message>
    <message>
        <source>&amp;Capacité :</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>Disponible &amp;du :</source>
        <translation>Available &amp;from:</translation>
    </message>
    <message>
        <source>Disponible &amp;jusqu&apos;au :</source>
        <translation>Available &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Prêté par :</source>
        <translation>&amp;Lent by:</translation>
    </message>
    <message>
        <source>Numéro du dossier</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>C&amp;hercher</source>
        <translation>Sear&amp;ch</translation>
    </message>
    <message>
        <source>Sortie d&apos;hébergement</source>
        <translation>Leaving housing</translation>
    </message>
    <message>
        <source>Modifier le séjour</source>
        <translation>Edit the stay</translation>
    </message>
    <message>
        <source>Nouveau séjour</source>
        <translation>New stay</translation>
    </message>
    <message>
        <source>— pas encore connue —</source>
        <translation>— not known yet —</translation>
    </message>
    <message>
        <source>sans adresse</source>
        <translation>without an address</translation>
    </message>
    <message>
        <source>Perso&amp;nnes :</source>
        <translation>P&amp;eople:</translation>
    </message>
    <message>
        <source>Personnes hébergées</source>
        <translation>Housed people</translation>
    </message>
    <message>
        <source>&amp;Logement :</source>
        <translation>&amp;Housing unit:</translation>
    </message>
    <message>
        <source>&amp;Personnes hébergées :</source>
        <translation>&amp;Housed people:</translation>
    </message>
    <message>
        <source>&amp;Entrée le :</source>
        <translation>&amp;Entry on:</translation>
    </message>
    <message>
        <source>Sortie p&amp;révue le :</source>
        <translation>P&amp;lanned exit on:</translation>
    </message>
    <message>
        <source>S&amp;ortie effective le :</source>
        <translation>Act&amp;ual exit on:</translation>
    </message>
    <message>
        <source>Des&amp;tination après :</source>
        <translation>Des&amp;tination afterwards:</translation>
    </message>
    <message>
        <source>Pré&amp;cisions :</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <source>Tapez le numéro du dossier puis « Chercher ».</source>
        <translation>Type the case number then “Search”.</translation>
    </message>
    <message>
        <source>Choisissez le logement.</source>
        <translation>Choose the housing unit.</translation>
    </message>
    <message>
        <source>Indiquez la date d&apos;entrée.</source>
        <translation>Enter the entry date.</translation>
    </message>
    <message>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source> personne(s)</source>
        <translation> person(s)</translation>
    </message>
    <message>
        <source>Demandé &amp;le :</source>
        <translation>Requested &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Priorité :</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>P&amp;ersonnes :</source>
        <translation type="vanished">P&amp;eople:</translation>
    </message>
    <message>
        <source>Indiquez la date de la demande.</source>
        <translation>Enter the date of the request.</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Housing unit</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Prêté par</source>
        <translation>Lent by</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Nuits</source>
        <translation>Nights</translation>
    </message>
    <message>
        <source>Ce soir</source>
        <translation>Tonight</translation>
    </message>
    <message>
        <source>Logements d&apos;urgence</source>
        <translation>Emergency housing units</translation>
    </message>
    <message>
        <source>&amp;Nouveau logement…</source>
        <translation>&amp;New housing unit…</translation>
    </message>
    <message>
        <source>&amp;Modifier le logement…</source>
        <translation>&amp;Edit the housing unit…</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Sortie prévue</source>
        <translation>Planned exit</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Séjours</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>Nouveau &amp;séjour…</source>
        <translation>New &amp;stay…</translation>
    </message>
    <message>
        <source>Noter la s&amp;ortie…</source>
        <translation>Record the e&amp;xit…</translation>
    </message>
    <message>
        <source>Modifier le sé&amp;jour…</source>
        <translation>Edit the st&amp;ay…</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Demandé le</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Ajouter à la liste d&apos;a&amp;ttente…</source>
        <translation>Add to the waiting &amp;list…</translation>
    </message>
    <message>
        <source>&amp;Retirer de la liste</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Logements</source>
        <translation>Housing units</translation>
    </message>
    <message>
        <source>Séjours de l&apos;année</source>
        <translation>Stays this year</translation>
    </message>
    <message>
        <source>Hébergement d&apos;urgence</source>
        <translation>Emergency housing</translation>
    </message>
    <message>
        <source>Règle de comptage : </source>
        <translation>Counting rule: </translation>
    </message>
    <message>
        <source>{n} jour(s)</source>
        <translation>{n} day(s)</translation>
    </message>
    <message>
        <source>{n} séjour(s) sans date de sortie alors que la sortie prévue est passée : notez la sortie, sinon les nuits comptées gonflent.</source>
        <translation>{n} stay(s) without an exit date although the planned exit has passed: record the exit, otherwise the nights counted will be inflated.</translation>
    </message>
    <message>
        <source>⚠ sortie prévue dépassée</source>
        <translation>⚠ planned exit passed</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Retirer cette demande de la liste d&apos;attente ?</source>
        <translation>Remove this request from the waiting list?</translation>
    </message>
    <message>
        <source>Type de période</source>
        <translation>Type of period</translation>
    </message>
    <message>
        <source>1er semestre</source>
        <translation>1st half-year</translation>
    </message>
    <message>
        <source>2e semestre</source>
        <translation>2nd half-year</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Dates au choix</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>&amp;Afficher</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Rapport &amp;PDF…</source>
        <translation>&amp;PDF report…</translation>
    </message>
    <message>
        <source>Exporter en &amp;CSV…</source>
        <translation>Export to &amp;CSV…</translation>
    </message>
    <message>
        <source>Objectifs du &amp;financeur…</source>
        <translation>Fu&amp;nder&apos;s objectives…</translation>
    </message>
    <message>
        <source>P&amp;ériode :</source>
        <extracomment>replaced in tests: the unencrypted-copy warning, and where to save the CSV</extracomment>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>Y&amp;ear:</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Les chiffres de la période choisie, comparés à la période précédente, pour les rapports au PSSP et au PCS. Des agrégats seulement : aucun nom.</source>
        <translation>The figures for the chosen period, compared with the previous period, for the reports to the PSSP and the PCS. Aggregates only: no names.</translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation>Calculating the indicators…</translation>
    </message>
    <message>
        <source>Préparation du rapport…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Exporter les indicateurs</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {file} » : vérifiez le dossier choisi.</source>
        <translation>Cannot write “{file}”: check the chosen folder.</translation>
    </message>
    <message>
        <source>Indicateurs exportés dans « {file} ».</source>
        <translation>Indicators exported to “{file}”.</translation>
    </message>
    <message>
        <source>Nouveau dossier</source>
        <extracomment>F1 opens the guide&apos;s part about a new case</extracomment>
        <translation>New case</translation>
    </message>
    <message>
        <source>Le minimum pour ouvrir le dossier : un nom ou un pseudonyme, la commune, le type de violence et comment la joindre sans danger. Entrée passe au champ suivant, Ctrl+Entrée enregistre.</source>
        <translation>The minimum to open the case: a name or a pseudonym, the municipality, the type of violence and how to reach the person safely. Enter moves to the next field, Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>ex. Colibri — si elle ne veut pas donner son nom</source>
        <translation>e.g. Colibri — if the person does not want to give their name</translation>
    </message>
    <message>
        <source>Contact sûr — comment la joindre sans danger</source>
        <translation>Safe contact — how to reach the person safely</translation>
    </message>
    <message>
        <source>▸ Compléter maintenant (&amp;facultatif)</source>
        <translation>▸ Complete now (&amp;optional)</translation>
    </message>
    <message>
        <source>Compléments (facultatifs)</source>
        <translation>Additional details (optional)</translation>
    </message>
    <message>
        <source>En quelques mots, sans détails identifiants</source>
        <translation>In a few words, without identifying details</translation>
    </message>
    <message>
        <source>Té&amp;léphone :</source>
        <translation>Pho&amp;ne:</translation>
    </message>
    <message>
        <source>Situation en &amp;bref :</source>
        <translation>Situation in &amp;brief:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer et ouvrir le dossier</source>
        <translation>&amp;Save and open the case</translation>
    </message>
    <message>
        <source> Compléter maintenant (&amp;facultatif)</source>
        <translation> Complete now (&amp;optional)</translation>
    </message>
    <message>
        <source>Balise — {service}</source>
        <translation>Balise — {service}</translation>
    </message>
    <message>
        <source> — DÉMO</source>
        <translation> — DEMO</translation>
    </message>
    <message>
        <source>Navigation</source>
        <extracomment>the user chose another language in the settings (stored): the code</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Verrouiller</source>
        <extracomment>the steps of the case screen&apos;s idle pre-build not done yet</extracomment>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Verrouiller le coffre ({shortcut})</source>
        <translation>Lock the vault ({shortcut})</translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Masquer les noms</source>
        <translation>&amp;Hide names</translation>
    </message>
    <message>
        <source>Afficher pseudonymes ou initiales à la place des noms, pour travailler dans un lieu public (Ctrl+H)</source>
        <translation>Show pseudonyms or initials instead of names, to work in a public place (Ctrl+H)</translation>
    </message>
    <message>
        <source>Aide (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Ouvrir le guide à la partie de cette page (F1)</source>
        <translation>Open the guide at the part about this page (F1)</translation>
    </message>
    <message>
        <source>Connecté·e : {name} ({login}) — {role}</source>
        <translation>Logged in: {name} ({login}) — {role}</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées sont intactes : le coffre n&apos;a pas été modifié par cette erreur. Si le problème se répète, fermez puis rouvrez Balise, et signalez-le à votre coordinateur·rice.</source>
        <translation>An unexpected error occurred. Your saved data is intact: the vault has not been changed by this error. If the problem recurs, close and reopen Balise, and report it to your coordinator.</translation>
    </message>
    <message>
        <source>Accueil</source>
        <extracomment>the action (app.core.permissions.Perm) a role needs to see the page; None: everyone the section of the user guide (app.ui.help.guide.ANCHORS) F1 opens on this page</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Hébergement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Balise aide votre service à suivre les situations de violences conjugales et intrafamiliales : les dossiers, les suivis, le risque, les courriers aux partenaires, l&apos;hébergement d&apos;urgence et les activités.</source>
        <translation>Balise helps your service follow situations of intimate partner and intra-family violence: the cases, the follow-ups, the risk, the letters to partners, emergency housing and the activities.</translation>
    </message>
    <message>
        <source>Toutes les données sont gardées dans un coffre chiffré sur cet ordinateur. Balise n&apos;utilise pas Internet : rien ne part ailleurs sans que vous le décidiez.</source>
        <translation>All the data is kept in an encrypted vault on this computer. Balise does not use the Internet: nothing goes anywhere else unless you decide so.</translation>
    </message>
    <message>
        <source>Cette aide s&apos;ouvre avec la touche F1, là où vous êtes : sur chaque page, elle montre d&apos;abord la partie qui parle de cette page. La liste de gauche mène aux autres parties ; la case de recherche trouve un mot.</source>
        <translation>This help opens with the F1 key, wherever you are: on each page, it first shows the part about that page. The list on the left leads to the other parts; the search box finds a word.</translation>
    </message>
    <message>
        <source>Premier démarrage</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>La première fois, Balise ouvre un assistant qui crée le coffre du service. Il demande :</source>
        <translation>The first time, Balise opens an assistant that creates the service&apos;s vault. It asks for:</translation>
    </message>
    <message>
        <source>le service : son nom, son adresse, sa commune ;</source>
        <translation>the service: its name, address and municipality;</translation>
    </message>
    <message>
        <source>le ou la coordinateur·rice : son nom et son identifiant ;</source>
        <translation>the coordinator: their name and username;</translation>
    </message>
    <message>
        <source>une phrase de passe d&apos;au moins 12 caractères : une phrase facile à retenir pour vous et difficile à deviner pour les autres ;</source>
        <translation>a passphrase of at least 12 characters: a sentence that is easy for you to remember and hard for others to guess;</translation>
    </message>
    <message>
        <source>le code de récupération, affiché une seule fois : imprimez-le ou recopiez-le, et rangez-le loin de l&apos;ordinateur.</source>
        <translation>the recovery code, shown only once: print it or copy it out, and keep it away from the computer.</translation>
    </message>
    <message>
        <source>Le code de récupération est le seul moyen d&apos;ouvrir le coffre si la phrase de passe est oubliée. Sans lui et sans phrase de passe, personne ne peut relire les données, pas même le service informatique.</source>
        <translation>The recovery code is the only way to open the vault if the passphrase is forgotten. Without it and without a passphrase, nobody can read the data again, not even the IT department.</translation>
    </message>
    <message>
        <source>Chaque membre de l&apos;équipe reçoit ensuite son compte et un code à usage unique : à la première ouverture, chacun·e choisit sa propre phrase de passe (voir « Équipe »).</source>
        <translation>Each team member then receives their account and a one-time code: when they first open Balise, each person chooses their own passphrase (see “Team”).</translation>
    </message>
    <message>
        <source>Déverrouiller et verrouiller</source>
        <translation>Unlocking and locking</translation>
    </message>
    <message>
        <source>L&apos;écran de déverrouillage demande votre identifiant et votre phrase de passe. Tapez-les puis appuyez sur Entrée. Le bouton « Afficher » montre la phrase tapée, pour vérifier.</source>
        <translation>The unlock screen asks for your username and your passphrase. Type them, then press Enter. The “Show” button shows the passphrase you typed, so you can check it.</translation>
    </message>
    <message>
        <source>Après une erreur, Balise fait attendre un peu avant l&apos;essai suivant, de plus en plus longtemps (30 secondes au plus) : c&apos;est ce qui empêche quelqu&apos;un d&apos;essayer des phrases au hasard.</source>
        <translation>After a mistake, Balise makes you wait a little before the next attempt, longer each time (30 seconds at most): this is what stops anyone from trying passphrases at random.</translation>
    </message>
    <message>
        <source>Phrase de passe oubliée ? Cliquez sur « J&apos;ai oublié ma phrase de passe — utiliser le code de récupération », tapez le code de récupération, puis choisissez une nouvelle phrase de passe.</source>
        <translation>Forgotten your passphrase? Click “I have forgotten my passphrase — use the recovery code”, type the recovery code, then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Pour verrouiller : Ctrl+L ou le bouton « Verrouiller ». Les écrans sont vidés tout de suite ; il faut la phrase de passe pour revenir. Verrouillez dès que vous quittez l&apos;ordinateur, même un instant.</source>
        <translation>To lock: Ctrl+L or the “Lock” button. The screens are cleared at once; the passphrase is needed to come back. Lock as soon as you leave the computer, even for a moment.</translation>
    </message>
    <message>
        <source>Balise se verrouille aussi tout seul après quelques minutes sans activité (5 minutes au départ, réglable dans Paramètres). Ce que vous étiez en train d&apos;écrire est gardé et vous est proposé au retour.</source>
        <translation>Balise also locks by itself after a few minutes without activity (5 minutes to begin with, adjustable in Settings). Whatever you were writing is kept and offered to you when you come back.</translation>
    </message>
    <message>
        <source>Si l&apos;écran dit que le coffre est endommagé, il propose la sauvegarde vérifiée la plus récente, avec sa date : « Restaurer cette sauvegarde… » la remet en place (voir « Sauvegardes et restauration »).</source>
        <translation>If the screen says the vault is damaged, it offers the most recent verified backup, with its date: “Restore this backup…” puts it back in place (see “Backups and restoring”).</translation>
    </message>
    <message>
        <source>Travailler au clavier</source>
        <translation>Working with the keyboard</translation>
    </message>
    <message>
        <source>Tout peut se faire sans souris. Les touches à connaître :</source>
        <translation>Everything can be done without a mouse. The keys to know:</translation>
    </message>
    <message>
        <source>F1 : cette aide, à la partie de la page où vous êtes ;</source>
        <translation>F1: this help, at the part about the page you are on;</translation>
    </message>
    <message>
        <source>Ctrl+L : verrouiller tout de suite ;</source>
        <translation>Ctrl+L: lock straight away;</translation>
    </message>
    <message>
        <source>Ctrl+N : nouveau dossier ;</source>
        <translation>Ctrl+N: new case;</translation>
    </message>
    <message>
        <source>Ctrl+H : masquer les noms (ou les montrer à nouveau) ;</source>
        <translation>Ctrl+H: hide the names (or show them again);</translation>
    </message>
    <message>
        <source>Ctrl+F : rechercher, dans les dossiers et dans le réseau ;</source>
        <translation>Ctrl+F: search, in the cases and in the network;</translation>
    </message>
    <message>
        <source>Entrée : ouvrir le dossier ou l&apos;élément choisi dans une liste ;</source>
        <translation>Enter: open the case or item chosen in a list;</translation>
    </message>
    <message>
        <source>Ctrl+Entrée : enregistrer le formulaire ouvert ;</source>
        <translation>Ctrl+Enter: save the open form;</translation>
    </message>
    <message>
        <source>Échap : fermer une fenêtre ou abandonner un formulaire ;</source>
        <translation>Esc: close a window or abandon a form;</translation>
    </message>
    <message>
        <source>Alt+1 à Alt+9, puis Alt+0 : les onglets d&apos;un dossier ; Alt+← : revenir à la page d&apos;avant ;</source>
        <translation>Alt+1 to Alt+9, then Alt+0: the tabs of a case; Alt+←: go back to the previous page;</translation>
    </message>
    <message>
        <source>Ctrl+P : imprimer l&apos;aperçu d&apos;un courrier ;</source>
        <translation>Ctrl+P: print the preview of a letter;</translation>
    </message>
    <message>
        <source>Tab et Maj+Tab : passer au champ suivant ou précédent.</source>
        <translation>Tab and Shift+Tab: move to the next or previous field.</translation>
    </message>
    <message>
        <source>Sur un bouton ou devant un champ, la lettre soulignée s&apos;utilise avec Alt : par exemple, Alt+D sur l&apos;écran de déverrouillage appuie sur « Déverrouiller ».</source>
        <translation>On a button or in front of a field, the underlined letter works with Alt: for example, Alt+U on the unlock screen presses “Unlock”.</translation>
    </message>
    <message>
        <source>L&apos;accueil rassemble ce qui compte pour votre journée :</source>
        <translation>The home page brings together what matters for your day:</translation>
    </message>
    <message>
        <source>vos rendez-vous d&apos;aujourd&apos;hui ;</source>
        <translation>your appointments for today;</translation>
    </message>
    <message>
        <source>« À surveiller » : les dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours ;</source>
        <translation>“To watch”: high- or critical-risk cases with no completed follow-up in the last 14 days;</translation>
    </message>
    <message>
        <source>les échéances et les audiences des prochains jours ;</source>
        <translation>the deadlines and hearings of the coming days;</translation>
    </message>
    <message>
        <source>vos dossiers ouverts.</source>
        <translation>your open cases.</translation>
    </message>
    <message>
        <source>Double-cliquez sur une ligne, ou choisissez-la et appuyez sur Entrée, pour ouvrir le dossier. « Voir tous mes dossiers » mène à la page Dossiers, filtrée sur les vôtres.</source>
        <translation>Double-click a row, or choose it and press Enter, to open the case. “See all my cases” leads to the Cases page, filtered on yours.</translation>
    </message>
    <message>
        <source>Dans un lieu public, « Masquer les noms » (Ctrl+H) remplace partout les noms par le pseudonyme ou les initiales.</source>
        <translation>In a public place, “Hide names” (Ctrl+H) replaces the names everywhere with the pseudonym or the initials.</translation>
    </message>
    <message>
        <source>« Nouveau dossier » (Ctrl+N) ouvre un formulaire court, pour ouvrir un dossier en quelques minutes, pendant ou juste après l&apos;entretien. Il demande :</source>
        <translation>“New case” (Ctrl+N) opens a short form, to open a case in a few minutes, during or just after the interview. It asks for:</translation>
    </message>
    <message>
        <source>la personne : un prénom, un nom ou seulement un pseudonyme si elle ne veut pas donner son nom ;</source>
        <translation>the person: a first name, a surname or just a pseudonym if they do not want to give their name;</translation>
    </message>
    <message>
        <source>la commune et le ou les types de violence (même provisoires) ;</source>
        <translation>the municipality and the type or types of violence (even provisional);</translation>
    </message>
    <message>
        <source>le contact sûr : comment la joindre sans danger (téléphone sûr, moments sûrs, message ou courrier possible, mot de code).</source>
        <translation>the safe contact: how to reach them safely (safe phone, safe times, whether a message or letter is possible, code word).</translation>
    </message>
    <message>
        <source>Le reste est facultatif et peut être complété plus tard. Entrée passe au champ suivant ; Ctrl+Entrée enregistre et ouvre le dossier.</source>
        <translation>The rest is optional and can be completed later. Enter moves to the next field; Ctrl+Enter saves and opens the case.</translation>
    </message>
    <message>
        <source>Un dossier confidentiel n&apos;est visible que par les intervenant·es qui y sont attaché·es.</source>
        <translation>A confidential case is only visible to the workers assigned to it.</translation>
    </message>
    <message>
        <source>La liste de tous les dossiers que vous pouvez voir. Au départ, elle montre les dossiers ouverts et en pause.</source>
        <translation>The list of all the cases you are allowed to see. To begin with, it shows the open cases and those on hold.</translation>
    </message>
    <message>
        <source>La recherche (Ctrl+F) répond pendant la frappe : un nom, un pseudonyme, un numéro de dossier ou un mot écrit dans un suivi. Les accents sont facultatifs : « Helene » trouve « Hélène ».</source>
        <translation>The search (Ctrl+F) answers as you type: a name, a pseudonym, a case number or a word written in a follow-up. Accents are optional: “Helene” finds “Hélène”.</translation>
    </message>
    <message>
        <source>Les filtres affinent la liste : statut, commune, intervenant·e, niveau de risque, période d&apos;ouverture. « Effacer les filtres » revient à la liste de départ.</source>
        <translation>The filters narrow the list: status, municipality, worker, risk level, opening period. “Clear the filters” goes back to the original list.</translation>
    </message>
    <message>
        <source>Depuis la recherche, la flèche bas mène à la liste ; Entrée ouvre le dossier choisi. « Nouveau dossier » (Ctrl+N) en crée un.</source>
        <translation>From the search, the Down arrow leads to the list; Enter opens the chosen case. “New case” (Ctrl+N) creates one.</translation>
    </message>
    <message>
        <source>L&apos;écran d&apos;un dossier</source>
        <translation>The case screen</translation>
    </message>
    <message>
        <source>En haut : le numéro du dossier, la personne, le statut et le niveau de risque. « ← Retour » (Alt+←) revient à la page d&apos;où vous venez.</source>
        <translation>At the top: the case number, the person, the status and the risk level. “← Back” (Alt+←) returns to the page you came from.</translation>
    </message>
    <message>
        <source>Le bandeau jaune « Contact sûr » reste visible sur chaque onglet : lisez-le avant d&apos;appeler ou d&apos;écrire à la personne.</source>
        <translation>The yellow “Safe contact” banner stays visible on every tab: read it before calling or writing to the person.</translation>
    </message>
    <message>
        <source>Le dossier est rangé en onglets ; Alt+1 à Alt+9 puis Alt+0 y mènent directement. Ce que vous pouvez modifier dépend de votre rôle.</source>
        <translation>The case is arranged in tabs; Alt+1 to Alt+9 then Alt+0 go straight to them. What you can change depends on your role.</translation>
    </message>
    <message>
        <source>Rien ne se perd : quitter un formulaire modifié demande confirmation, et si Balise se verrouille pendant la saisie, le texte est gardé dans le coffre et proposé au déverrouillage suivant.</source>
        <translation>Nothing is lost: leaving a changed form asks for confirmation, and if Balise locks while you are typing, the text is kept in the vault and offered at the next unlock.</translation>
    </message>
    <message>
        <source>L&apos;essentiel du dossier : situation, intervenant·es, dates. C&apos;est ici qu&apos;on change le statut du dossier : mettre en pause, reprendre, clôturer, rouvrir. Chaque changement demande un motif.</source>
        <translation>The essentials of the case: situation, workers, dates. This is where the case status is changed: put on hold, resume, close, reopen. Each change asks for a reason.</translation>
    </message>
    <message>
        <source>La coordination y trouve aussi « Effacer définitivement… » quand la personne demande l&apos;effacement de tout son dossier.</source>
        <translation>The coordination also finds “Erase permanently…” here, when the person asks for their whole case to be erased.</translation>
    </message>
    <message>
        <source>La victime, les enfants et les autres personnes concernées. La fiche de la victime porte son contact sûr : gardez-le à jour.</source>
        <translation>The victim, the children and the other people concerned. The victim&apos;s record holds their safe contact: keep it up to date.</translation>
    </message>
    <message>
        <source>Le ou les auteurs présumés : leur lien avec la victime, s&apos;ils vivent avec elle, s&apos;ils ont accès à des armes, leurs antécédents judiciaires.</source>
        <translation>The alleged perpetrator or perpetrators: their relationship with the victim, whether they live with the victim, whether they have access to weapons, their criminal record.</translation>
    </message>
    <message>
        <source>Les violences rapportées : les types, le premier et le dernier fait connus, les enfants exposés. Écrivez les faits tels qu&apos;ils sont rapportés, sans détail qui permettrait d&apos;identifier d&apos;autres personnes.</source>
        <translation>The violence reported: the types, the first and last known incidents, the children exposed. Write the facts down as they are reported, without any detail that could identify other people.</translation>
    </message>
    <message>
        <source>« Nouvelle évaluation… » pose les questions de la grille ; Balise calcule le niveau et montre les facteurs qui ont pesé. Vous pouvez relever le niveau par votre jugement professionnel, avec un motif, mais pas le baisser sous le niveau calculé.</source>
        <translation>“New screening…” asks the questions of the screening grid; Balise calculates the level and shows the factors that weighed. You can raise the level on your professional judgement, with a reason, but not lower it below the calculated level.</translation>
    </message>
    <message>
        <source>L&apos;historique montre chaque évaluation et la tendance. Le niveau est toujours écrit en toutes lettres, pas seulement en couleur.</source>
        <translation>The history shows each screening and the trend. The level is always written out in words, not only shown as a colour.</translation>
    </message>
    <message>
        <source>Les consentements de la personne : d&apos;accord pour que ses données soient enregistrées, et pour qu&apos;elles soient partagées avec tel partenaire et dans tel but. « Noter un consentement… » en ajoute un ; « Retirer le consentement… » note que la personne le reprend.</source>
        <translation>The person&apos;s consents: agreeing that their data is recorded, and that it is shared with a given partner for a given purpose. “Record a consent…” adds one; “Withdraw the consent…” records that the person takes it back.</translation>
    </message>
    <message>
        <source>Sans accord de partage pour un partenaire et un but, Balise refuse le courrier correspondant.</source>
        <translation>Without a sharing agreement for a partner and a purpose, Balise refuses the corresponding letter.</translation>
    </message>
    <message>
        <source>Les entretiens, appels et rendez-vous. « Nouveau suivi… » note ce qui s&apos;est passé ; « Prochain rendez-vous… » le met dans l&apos;agenda.</source>
        <translation>Interviews, calls and appointments. “New follow-up…” records what happened; “Next appointment…” puts it in the agenda.</translation>
    </message>
    <message>
        <source>Un rendez-vous passé se marque « réalisé » (avec un résumé) ou « manqué », ici ou depuis l&apos;Agenda.</source>
        <translation>A past appointment is marked “completed” (with a summary) or “missed”, here or from the Agenda.</translation>
    </message>
    <message>
        <source>La plainte et les mesures de protection : audiences, décisions, interdiction temporaire de résidence. Balise calcule la fin de l&apos;interdiction (10 jours) et rappelle qu&apos;une prolongation ne dépasse pas 3 mois. Les échéances apparaissent à l&apos;Accueil et dans l&apos;Agenda.</source>
        <translation>The complaint and the protective measures: hearings, decisions, temporary residence ban. Balise calculates the end of the ban (10 days) and reminds you that an extension does not exceed 3 months. The deadlines appear on the Home page and in the Agenda.</translation>
    </message>
    <message>
        <source>Les démarches socio-administratives (CPAS, banque, mutuelle, logement, école…). « Appliquer un ensemble » ajoute d&apos;un coup les démarches habituelles d&apos;une situation, comme « départ du domicile ». Cochez-les « fait » au fur et à mesure.</source>
        <translation>Social and administrative steps (CPAS, bank, health insurance fund, housing, school…). “Apply a set” adds in one go the usual steps for a situation, such as “Leaving home”. Tick them “done” as you go along.</translation>
    </message>
    <message>
        <source>Le plan de départ, préparé avec la personne : où aller, quoi emporter, qui prévenir. Il peut désigner un séjour en hébergement d&apos;urgence. Dans l&apos;onglet Documents, « Plan de départ pour la personne… » en fait une version pour elle.</source>
        <translation>The departure plan, prepared with the person: where to go, what to take, whom to tell. It can refer to a stay in emergency housing. In the Documents tab, “Departure plan for the person…” makes a version of it for them.</translation>
    </message>
    <message>
        <source>Documents et courriers</source>
        <translation>Documents and letters</translation>
    </message>
    <message>
        <source>« Nouveau courrier d&apos;orientation… » : choisissez le partenaire, puis cochez ce qui peut lui être transmis. Sans accord de partage enregistré pour ce partenaire et ce but, le courrier est refusé, ou émis avec une dérogation motivée qui est tracée.</source>
        <translation>“New referral letter…”: choose the partner, then tick what may be passed on to them. Without a sharing agreement recorded for this partner and this purpose, the letter is refused, or issued with a justified exception that is logged.</translation>
    </message>
    <message>
        <source>Le courrier s&apos;écrit dans la langue du partenaire (le français, sauf indication contraire). L&apos;aperçu s&apos;affiche à l&apos;écran ; Ctrl+P l&apos;imprime.</source>
        <translation>The letter is written in the partner&apos;s language (French, unless stated otherwise). The preview appears on the screen; Ctrl+P prints it.</translation>
    </message>
    <message>
        <source>Attention : une copie enregistrée sur le disque ou une clé USB n&apos;est pas chiffrée. Imprimez plutôt, ou rangez la copie en lieu sûr.</source>
        <translation>Warning: a copy saved on the disk or on a USB stick is not encrypted. Print instead, or keep the copy in a safe place.</translation>
    </message>
    <message>
        <source>La liste montre les documents déjà émis ; « Afficher / réimprimer… » les rouvre. Pour la personne : « Attestation de suivi… », « Plan de départ pour la personne… », et « Résumé pour la personne (accès)… » quand elle demande à voir ce que Balise contient sur elle.</source>
        <translation>The list shows the documents already issued; “Show / reprint…” opens them again. For the person: “Certificate of support…”, “Departure plan for the person…” and “Summary for the person (access)…” when they ask to see what Balise holds about them.</translation>
    </message>
    <message>
        <source>Vos rendez-vous par jour ou par semaine (« Jour », « Semaine », « Précédent », « Aujourd&apos;hui », « Suivant »). « Tout le service » montre aussi ceux des collègues.</source>
        <translation>Your appointments by day or by week (“Day”, “Week”, “Previous”, “Today”, “Next”). “Whole service” also shows those of your colleagues.</translation>
    </message>
    <message>
        <source>En haut, les rendez-vous passés à marquer « Réalisé… » ou « Manqué », et les échéances dépassées. Entrée ou « Ouvrir le dossier » ouvre le dossier du rendez-vous choisi.</source>
        <translation>At the top, past appointments to mark “Done…” or “Missed”, and overdue deadlines. Enter or “Open the case” opens the case of the chosen appointment.</translation>
    </message>
    <message>
        <source>Réseau (partenaires)</source>
        <translation>Network (partners)</translation>
    </message>
    <message>
        <source>Le répertoire des partenaires : organisations, services et personnes de contact, avec leur secteur et leur commune. La recherche (Ctrl+F) et les filtres aident à trouver.</source>
        <translation>The directory of partners: organisations, services and contact people, with their sector and municipality. The search (Ctrl+F) and the filters help you find them.</translation>
    </message>
    <message>
        <source>« Nouvelle organisation… » et « Modifier… » tiennent le répertoire à jour. Pour une organisation qui ne travaille plus avec vous, décochez « Organisation active » : elle n&apos;est plus proposée pour les courriers, et « Montrer les inactives » la retrouve.</source>
        <translation>“New organisation…” and “Edit…” keep the directory up to date. For an organisation that no longer works with you, untick “Active organisation”: it is no longer offered for letters, and “Show inactive ones” finds it again.</translation>
    </message>
    <message>
        <source>« Importer (CSV)… » et « Exporter (CSV)… » échangent le répertoire avec un tableur comme Excel.</source>
        <translation>“Import (CSV)…” and “Export (CSV)…” exchange the directory with a spreadsheet such as Excel.</translation>
    </message>
    <message>
        <source>Trois listes : les logements, les séjours de l&apos;année et la liste d&apos;attente.</source>
        <translation>Three lists: the housing units, the year&apos;s stays and the waiting list.</translation>
    </message>
    <message>
        <source>Logements : nom, nombre de places, période où il est disponible. L&apos;adresse reste secrète : elle n&apos;apparaît que dans la fiche du logement.</source>
        <translation>Housing units: name, number of places, period when it is available. The address stays secret: it only appears in the housing unit&apos;s record.</translation>
    </message>
    <message>
        <source>Séjours : liés à un dossier, avec l&apos;entrée, la sortie prévue, la sortie réelle (« Noter la sortie… ») et la destination. Un séjour qui dépasse sa sortie prévue est signalé.</source>
        <translation>Stays: linked to a case, with the arrival, the planned exit, the actual exit (“Record the exit…”) and the destination. A stay that goes beyond its planned exit is flagged.</translation>
    </message>
    <message>
        <source>Liste d&apos;attente : les demandes, par priorité et par date ; « Retirer de la liste » quand une solution est trouvée.</source>
        <translation>Waiting list: the requests, by priority and by date; “Remove from the list” when a solution is found.</translation>
    </message>
    <message>
        <source>L&apos;occupation se lit « 7,5 mois sur 12 ». La règle de comptage est affichée : la nuit d&apos;entrée compte, le jour de sortie non.</source>
        <translation>Occupancy reads “7.5 months out of 12”. The counting rule is shown: the night of arrival counts, the day of departure does not.</translation>
    </message>
    <message>
        <source>Ateliers pour enfants, groupes de parole, groupes de parents, sensibilisation, séances en école, formations de professionnel·les, réunions de réseau.</source>
        <translation>Workshops for children, support groups, parents&apos; groups, awareness-raising, school sessions, training for professionals, network meetings.</translation>
    </message>
    <message>
        <source>Une activité a une date, ou une règle comme « le premier mercredi du mois ». Pour chaque séance, « Noter les présences… » compte les participant·es sans nom (âge, genre, secteur des professionnel·les).</source>
        <translation>An activity has a date, or a rule such as “the first Wednesday of the month”. For each session, “Record attendance…” counts the participants without names (age, gender, sector of the professionals).</translation>
    </message>
    <message>
        <source>Une séance n&apos;est reliée à un dossier que si vous le choisissez (« Relier à un dossier… »). Le plan de formation du réseau liste les professionnel·les formé·es.</source>
        <translation>A session is linked to a case only if you choose to (“Link to a case…”). The network&apos;s training plan lists the professionals trained.</translation>
    </message>
    <message>
        <source>Les chiffres de l&apos;activité du service (pour la coordination) : une année, un semestre ou des dates au choix, comparés à la période précédente. Dossiers, profils, suivis, plaintes, mesures, orientations, hébergement, activités.</source>
        <translation>The figures for the service&apos;s activity (for the coordination): a year, a half-year or custom dates, compared with the previous period. Cases, profiles, follow-ups, complaints, measures, referrals, housing, activities.</translation>
    </message>
    <message>
        <source>Seulement des totaux : un nombre de 1 à 4 s&apos;affiche « &lt; 5 », et d&apos;autres cases sont masquées pour qu&apos;on ne puisse pas le retrouver par soustraction.</source>
        <translation>Totals only: a number from 1 to 4 is shown as “&lt; 5”, and other cells are hidden so that it cannot be worked out by subtraction.</translation>
    </message>
    <message>
        <source>« Rapport PDF… » prépare le rapport au papier à lettres du service ; « Exporter en CSV… » donne un fichier pour Excel. Chaque export est noté dans le journal d&apos;audit.</source>
        <translation>“PDF report…” prepares the report on the service&apos;s letterhead; “Export to CSV…” gives a file for Excel. Each export is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>« Objectifs du financeur… » nomme les objectifs du PSSP ou du PCS du service et les indicateurs qui y répondent : la page, le rapport et le fichier commencent alors par une partie par objectif.</source>
        <translation>“Funder&apos;s objectives…” names the objectives of the service&apos;s PSSP or PCS and the indicators that answer them: the page, the report and the file then begin with a part per objective.</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Les comptes de l&apos;équipe (pour la coordination). « Nouveau compte… » : le nom, l&apos;identifiant et le rôle (coordinateur·rice, assistant·e social·e ou référent·e VIF, éducateur·rice de rue).</source>
        <translation>The team&apos;s accounts (for the coordination). “New account…”: the name, the username and the role (coordinator, social worker or IFV lead, street educator).</translation>
    </message>
    <message>
        <source>La personne reçoit un code à usage unique et choisit sa phrase de passe à la première ouverture. « Réinitialiser la phrase de passe… » donne un nouveau code à qui a oublié la sienne.</source>
        <translation>The person receives a one-time code and chooses their passphrase when they first open Balise. “Reset the passphrase…” gives a new code to anyone who has forgotten theirs.</translation>
    </message>
    <message>
        <source>Quand quelqu&apos;un quitte le service, « Désactiver… » son compte : il ne peut plus rien ouvrir, et son nom reste dans l&apos;historique.</source>
        <translation>When someone leaves the service, use “Deactivate…” on their account: they can no longer open anything, and their name stays in the history.</translation>
    </message>
    <message>
        <source>Tout ce qui se fait dans Balise est noté : ouverture d&apos;un dossier, modification, courrier, export, changement de compte ou de réglage. Qui, quand, quoi, quel dossier — jamais de nom de personne suivie.</source>
        <translation>Everything done in Balise is recorded: opening a case, a change, a letter, an export, a change of account or setting. Who, when, what, which case — never the name of a person being supported.</translation>
    </message>
    <message>
        <source>Les filtres choisissent une période, une personne de l&apos;équipe, une action ou un numéro de dossier. « Exporter en CSV… » en fait un fichier.</source>
        <translation>The filters choose a period, a team member, an action or a case number. “Export to CSV…” turns it into a file.</translation>
    </message>
    <message>
        <source>« Vérifier la chaîne » contrôle que personne n&apos;a modifié, supprimé ou déplacé une entrée du journal.</source>
        <translation>“Verify the chain” checks that nobody has changed, deleted or moved an entry in the log.</translation>
    </message>
    <message>
        <source>Bon à savoir : tous les comptes d&apos;un même coffre partagent la même clé de chiffrement ; ce sont les rôles qui limitent ce que chacun voit.</source>
        <translation>Good to know: all the accounts of the same vault share the same encryption key; it is the roles that limit what each person sees.</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Ma langue : chaque personne choisit la langue de Balise ; elle s&apos;applique tout de suite, sans perdre ce qui est en cours de saisie ;</source>
        <translation>My language: each person chooses the language of Balise; it applies straight away, without losing what is being typed;</translation>
    </message>
    <message>
        <source>Verrouillage : le délai de verrouillage automatique, et verrouiller quand la fenêtre est réduite (réglages de toute l&apos;équipe, changés par la coordination) ;</source>
        <translation>Lock: the automatic lock delay, and locking when the window is minimised (settings for the whole team, changed by the coordination);</translation>
    </message>
    <message>
        <source>Ma phrase de passe : « Changer ma phrase de passe… » ;</source>
        <translation>My passphrase: “Change my passphrase…”;</translation>
    </message>
    <message>
        <source>Code de récupération (coordination) : en créer un nouveau si l&apos;ancien a été perdu ou vu ; l&apos;ancien cesse alors de fonctionner ;</source>
        <translation>Vault recovery code (coordination): create a new one if the old one has been lost or seen; the old one then stops working;</translation>
    </message>
    <message>
        <source>Démarches et modèles de documents (coordination) : la liste des démarches proposées, et le texte des courriers ;</source>
        <translation>Steps and document templates (coordination): the list of steps offered, and the text of the letters;</translation>
    </message>
    <message>
        <source>Sauvegardes et conservation : voir les parties qui suivent ;</source>
        <translation>Backups and retention: see the parts that follow;</translation>
    </message>
    <message>
        <source>Synchronisation entre portables : voir « Plusieurs portables ».</source>
        <translation>Synchronisation between laptops: see “Several laptops”.</translation>
    </message>
    <message>
        <source>Sauvegardes et restauration</source>
        <translation>Backups and restoring</translation>
    </message>
    <message>
        <source>Chaque jour, peu après le premier déverrouillage, Balise fait une copie chiffrée du coffre, en arrière-plan : vous continuez à travailler. Chaque copie est relue et vérifiée.</source>
        <translation>Every day, shortly after the first unlock, Balise makes an encrypted copy of the vault in the background: you carry on working. Each copy is read back and verified.</translation>
    </message>
    <message>
        <source>Balise garde la dernière sauvegarde de chacun des 7 derniers jours, des 4 dernières semaines et des 12 derniers mois.</source>
        <translation>Balise keeps the last backup of each of the last 7 days, the last 4 weeks and the last 12 months.</translation>
    </message>
    <message>
        <source>Copie externe : dans Paramètres › Sauvegardes…, la coordination choisit une clé USB ou un disque du service ; chaque sauvegarde y est aussi copiée. Rangez la clé loin de l&apos;ordinateur.</source>
        <translation>External copy: in Settings › Backups…, the coordination chooses a USB stick or a disk of the service; each backup is also copied there. Keep the stick away from the computer.</translation>
    </message>
    <message>
        <source>« Sauvegarder maintenant » en fait une tout de suite. Pour revenir en arrière, choisissez une sauvegarde dans la liste puis « Restaurer la sauvegarde choisie… ».</source>
        <translation>“Back up now” makes one straight away. To go back in time, choose a backup in the list, then “Restore the chosen backup…”.</translation>
    </message>
    <message>
        <source>Ce qui a été enregistré après la date de la sauvegarde est perdu. Le coffre remplacé n&apos;est jamais supprimé : il est mis de côté. Ouvrez ensuite le coffre avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>Anything saved after the date of the backup is lost. The replaced vault is never deleted: it is set aside. Then open the vault with the passphrase that was valid on the date of the backup.</translation>
    </message>
    <message>
        <source>Un dossier clôturé est gardé 5 ans après sa clôture. « Conservation et effacement… » (Paramètres, coordination) liste les dossiers qui ont dépassé ce délai ; cochez-les puis « Effacer les dossiers cochés… ».</source>
        <translation>A closed case is kept for 5 years after it is closed. “Retention and erasure…” (Settings, coordination) lists the cases that have exceeded this period; tick them, then “Erase the ticked cases…”.</translation>
    </message>
    <message>
        <source>À la demande de la personne, la coordination peut aussi effacer un dossier (onglet Résumé) ou un enfant ou une co-victime (onglet Personnes) avec « Effacer définitivement… ».</source>
        <translation>At the person&apos;s request, the coordination can also erase a case (Summary tab) or a child or a co-victim (People tab) with “Erase permanently…”.</translation>
    </message>
    <message>
        <source>L&apos;effacement est réel et sans retour : le dossier et tout ce qui s&apos;y rattache disparaissent. Un nom écrit dans le texte d&apos;un suivi ou d&apos;un document n&apos;est pas retrouvé : relisez ces textes.</source>
        <translation>Erasure is real and cannot be undone: the case and everything attached to it disappear. A name written in the text of a follow-up or a document is not found: read those texts again.</translation>
    </message>
    <message>
        <source>Les sauvegardes plus anciennes gardent encore la donnée effacée, chiffrée, pendant environ 12 mois. Une restauration refait automatiquement les effacements faits depuis la sauvegarde.</source>
        <translation>Older backups still hold the erased data, encrypted, for about 12 months. A restore automatically repeats the erasures made since the backup.</translation>
    </message>
    <message>
        <source>Plusieurs portables</source>
        <translation>Several laptops</translation>
    </message>
    <message>
        <source>Chaque portable de l&apos;équipe garde son propre coffre chiffré. Les portables s&apos;échangent des paquets chiffrés par une clé USB ou par un dossier partagé du service, jamais par Internet.</source>
        <translation>Each laptop of the team keeps its own encrypted vault. The laptops exchange encrypted packets through a USB stick or a shared folder of the service, never over the Internet.</translation>
    </message>
    <message>
        <source>Synchroniser : branchez la clé du service, puis Paramètres › Synchroniser…, choisissez le dossier et « Synchroniser maintenant ». Balise affiche seulement des nombres (modifications envoyées, reçues). Attendez la fin avant de fermer.</source>
        <translation>To synchronise: plug in the service&apos;s stick, then Settings › Synchronise…, choose the folder and “Synchronise now”. Balise only shows numbers (changes sent, received). Wait until it has finished before closing.</translation>
    </message>
    <message>
        <source>L&apos;ordre n&apos;a pas d&apos;importance. Si un paquet manque, Balise nomme le portable à synchroniser d&apos;abord. Synchronisez au retour de chaque tournée, et au moins une fois par jour sur le portable de la coordination.</source>
        <translation>The order does not matter. If a packet is missing, Balise names the laptop to synchronise first. Synchronise on returning from each round, and at least once a day on the coordination&apos;s laptop.</translation>
    </message>
    <message>
        <source>Conflits : si la même information a changé sur deux portables, rien n&apos;est écrasé. Paramètres › « Conflits de synchronisation… » montre les deux valeurs ; choisissez celle à garder.</source>
        <translation>Conflicts: if the same information has changed on two laptops, nothing is overwritten. Settings › “Synchronisation conflicts…” shows the two values; choose the one to keep.</translation>
    </message>
    <message>
        <source>Un portable perdu ou volé, le jour même : prévenez la coordination (qui retire ce portable du service), changez les phrases de passe de tous ceux qui l&apos;utilisaient, et prévenez la direction et le ou la délégué·e à la protection des données.</source>
        <translation>A laptop lost or stolen, the same day: tell the coordination (who removes this laptop from the service), change the passphrases of everyone who used it, and inform the management and the data protection officer.</translation>
    </message>
    <message>
        <source>Où sont les données ?</source>
        <translation>Where is the data?</translation>
    </message>
    <message>
        <source>Le coffre est un dossier sur cet ordinateur (« coffre », dans le dossier de données de Balise). Il contient la base chiffrée, les clés (elles-mêmes protégées par les phrases de passe), les sauvegardes et le registre des effacements, sans aucun nom.</source>
        <translation>The vault is a folder on this computer (“coffre”, in Balise&apos;s data folder). It contains the encrypted database, the keys (themselves protected by the passphrases), the backups and the register of erasures, without any names.</translation>
    </message>
    <message>
        <source>Le journal technique de Balise, utile au service informatique, ne contient aucune donnée personnelle.</source>
        <translation>Balise&apos;s technical log, useful to the IT department, contains no personal data.</translation>
    </message>
    <message>
        <source>Ne copiez pas le coffre ailleurs vous-même : utilisez les sauvegardes et la copie externe, qui restent chiffrées.</source>
        <translation>Do not copy the vault elsewhere yourself: use the backups and the external copy, which stay encrypted.</translation>
    </message>
    <message>
        <source>Coffre de démonstration : les personnes et dossiers sont fictifs.</source>
        <translation>Demo vault: the people and cases are fictitious.</translation>
    </message>
    <message>
        <source>dossiers ouverts</source>
        <translation>open cases</translation>
    </message>
    <message>
        <source>suivis prévus cette semaine</source>
        <translation>follow-ups planned this week</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <source>À surveiller</source>
        <translation>To watch</translation>
    </message>
    <message>
        <source>Aucun dossier à risque élevé sans contact depuis 14 jours.</source>
        <translation>No high-risk case without contact for 14 days.</translation>
    </message>
    <message>
        <source>Dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours</source>
        <translation>High or critical risk cases with no follow-up done for 14 days</translation>
    </message>
    <message>
        <source>Afficher les &amp;suivants</source>
        <translation>Show the &amp;next ones</translation>
    </message>
    <message>
        <source>Mes dossiers ouverts</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <source>Aucun dossier ouvert à votre nom.</source>
        <translation>No open case in your name.</translation>
    </message>
    <message>
        <source>Échéances et audiences</source>
        <translation>Deadlines and hearings</translation>
    </message>
    <message>
        <source>Aucune échéance dans les {n} prochains jours.</source>
        <translation>No deadlines in the next {n} days.</translation>
    </message>
    <message>
        <source>Fins d&apos;interdiction, audiences, démarches et départs des {n} prochains jours, et ceux dépassés sans mise à jour</source>
        <translation>End of bans, hearings, steps and departures in the next {n} days, and those passed without an update</translation>
    </message>
    <message>
        <source>&amp;Voir tous mes dossiers</source>
        <translation>&amp;See all my cases</translation>
    </message>
    <message>
        <source>Bonjour {name}</source>
        <translation>Hello {name}</translation>
    </message>
    <message>
        <source>{title} ({n} premiers)</source>
        <translation>{title} (first {n})</translation>
    </message>
    <message>
        <source>Ma langue</source>
        <extracomment>emitted after the settings were saved in the vault emitted after the user&apos;s own language was stored: the code</extracomment>
        <translation>My language</translation>
    </message>
    <message>
        <source>&amp;Appliquer la langue</source>
        <translation>Apply the &amp;language</translation>
    </message>
    <message>
        <source>&amp;Langue de Balise :</source>
        <translation>Balise&apos;s lan&amp;guage:</translation>
    </message>
    <message>
        <source>Chaque personne choisit sa langue ; elle s&apos;applique tout de suite, sans perdre ce qui est en cours de saisie. Les courriers partent dans la langue de leur destinataire (répertoire des partenaires).</source>
        <translation>Each person chooses their language; it applies straight away, without losing what is being typed. Letters go out in their recipient&apos;s language (partner directory).</translation>
    </message>
    <message>
        <source>Délai de verrouillage automatique en minutes</source>
        <translation>Automatic lock delay in minutes</translation>
    </message>
    <message>
        <source>Verrouiller quand la fenêtre est &amp;réduite</source>
        <translation>Lock when the window is &amp;minimised</translation>
    </message>
    <message>
        <source>&amp;Enregistrer les réglages</source>
        <translation>&amp;Save the settings</translation>
    </message>
    <message>
        <source>Ces réglages valent pour toute l&apos;équipe : seule la coordination peut les changer.</source>
        <translation>These settings apply to the whole team: only the coordination can change them.</translation>
    </message>
    <message>
        <source>&amp;Délai de verrouillage automatique :</source>
        <translation>&amp;Automatic lock delay:</translation>
    </message>
    <message>
        <source>Balise se verrouille seul après quelques minutes sans clavier ni souris. Ctrl+L verrouille tout de suite.</source>
        <translation>Balise locks itself after a few minutes without keyboard or mouse activity. Ctrl+L locks immediately.</translation>
    </message>
    <message>
        <source>&amp;Changer ma phrase de passe…</source>
        <translation>&amp;Change my passphrase…</translation>
    </message>
    <message>
        <source>Ma phrase de passe</source>
        <translation>My passphrase</translation>
    </message>
    <message>
        <source>Re&amp;nouveler le code de récupération…</source>
        <translation>Re&amp;new the recovery code…</translation>
    </message>
    <message>
        <source>Code de récupération du coffre</source>
        <translation>Vault recovery code</translation>
    </message>
    <message>
        <source>Si le code imprimé a été perdu ou vu par quelqu&apos;un d&apos;autre, créez-en un nouveau : l&apos;ancien cessera de fonctionner.</source>
        <translation>If the printed code has been lost or seen by someone else, create a new one: the old one will stop working.</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Un nouveau code de récupération va être créé et l&apos;ancien cessera de fonctionner. Préparez de quoi l&apos;imprimer ou le noter. Continuer ?</source>
        <translation>A new recovery code will be created and the old one will stop working. Get ready to print it or write it down. Continue?</translation>
    </message>
    <message>
        <source>&amp;Renouveler</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>Création du nouveau code…</source>
        <translation>Creating the new code…</translation>
    </message>
    <message>
        <source>Choisissez une organisation pour voir ses coordonnées.</source>
        <translation>Choose an organisation to see its contact details.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Communes desservies</source>
        <translation>Municipalities served</translation>
    </message>
    <message>
        <source>Personnes de contact</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>Langue des courriers</source>
        <translation>Language of letters</translation>
    </message>
    <message>
        <source>Modifier l&apos;organisation</source>
        <translation>Edit the organisation</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;active (proposée pour les courriers)</source>
        <translation>&amp;Active organisation (offered for letters)</translation>
    </message>
    <message>
        <source>Les courriers à cette organisation sont rédigés dans cette langue</source>
        <translation>Letters to this organisation are written in this language</translation>
    </message>
    <message>
        <source>Filtrer les communes…</source>
        <translation>Filter the municipalities…</translation>
    </message>
    <message>
        <source>Filtrer les communes</source>
        <translation>Filter the municipalities</translation>
    </message>
    <message>
        <source>A&amp;jouter un contact</source>
        <translation>A&amp;dd a contact</translation>
    </message>
    <message>
        <source>Retirer le &amp;contact</source>
        <translation>Remove the &amp;contact</translation>
    </message>
    <message>
        <source>E-&amp;mail :</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Reti&amp;rer le contact</source>
        <translation type="vanished">Re&amp;move the contact</translation>
    </message>
    <message>
        <source>Ser&amp;vices :</source>
        <translation>Ser&amp;vices:</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>Opening &amp;hours:</translation>
    </message>
    <message>
        <source>&amp;Rue :</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>Code postal, &amp;localité :</source>
        <translation>Postcode, &amp;town:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation type="vanished">&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Lan&amp;gue des courriers :</source>
        <translation>Lan&amp;guage of letters:</translation>
    </message>
    <message>
        <source>Aucune commune cochée : l&apos;organisation sert toutes les communes.</source>
        <translation>No municipality ticked: the organisation serves all municipalities.</translation>
    </message>
    <message>
        <source>Organisation du répertoire</source>
        <translation>Directory organisation</translation>
    </message>
    <message>
        <source>Importer un répertoire</source>
        <translation>Import a directory</translation>
    </message>
    <message>
        <source>« {file} » : {new} organisation(s) à ajouter, {updated} à mettre à jour, {rejected} ligne(s) refusée(s).</source>
        <translation>“{file}”: {new} organisation(s) to add, {updated} to update, {rejected} line(s) refused.</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lignes refusées</source>
        <translation>Refused lines</translation>
    </message>
    <message>
        <source>&amp;Importer les {n} ligne(s) valable(s)</source>
        <translation>&amp;Import the {n} valid line(s)</translation>
    </message>
    <message>
        <source>Les lignes refusées ne seront pas importées. Corrigez-les dans le fichier et importez-le à nouveau : les organisations déjà présentes seront mises à jour, pas dupliquées.</source>
        <translation>Refused lines will not be imported. Correct them in the file and import it again: organisations already present will be updated, not duplicated.</translation>
    </message>
    <message>
        <source>Import terminé : {added} ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Import finished: {added} added, {updated} updated.</translation>
    </message>
    <message>
        <source>Rechercher une organisation, un service, un contact…</source>
        <translation>Search for an organisation, a service, a contact…</translation>
    </message>
    <message>
        <source>Rechercher dans le répertoire</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Montrer les &amp;inactives</source>
        <translation>Show &amp;inactive ones</translation>
    </message>
    <message>
        <source>&amp;Nouvelle organisation…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>Im&amp;porter (CSV)…</source>
        <translation>Im&amp;port (CSV)…</translation>
    </message>
    <message>
        <source>E&amp;xporter (CSV)…</source>
        <translation>E&amp;xport (CSV)…</translation>
    </message>
    <message>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Commune :</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Réseau — répertoire des partenaires</source>
        <translation>Network — partner directory</translation>
    </message>
    <message>
        <source>Tous les secteurs</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Aucune organisation</source>
        <translation>No organisations</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv *.txt)</source>
        <translation>CSV file (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Exporter le répertoire</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <source>{n} organisation(s) exportée(s) dans « {file} ».</source>
        <translation>{n} organisation(s) exported to “{file}”.</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations du répertoire</source>
        <translation>Directory organisations</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Changer ma phrase de passe</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>Phrase de passe actuelle</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>C&amp;hanger</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Phrase de passe &amp;actuelle :</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Tapez votre phrase de passe actuelle.</source>
        <translation>Type your current passphrase.</translation>
    </message>
    <message>
        <source>Enregistrement de la nouvelle phrase de passe…</source>
        <translation>Saving the new passphrase…</translation>
    </message>
    <message>
        <source>Votre phrase de passe a été changée.</source>
        <translation>Your passphrase has been changed.</translation>
    </message>
    <message>
        <source>La phrase de passe actuelle n&apos;est pas la bonne. Réessayez.</source>
        <translation>The current passphrase is not correct. Try again.</translation>
    </message>
    <message>
        <source>Choisissez une phrase facile à retenir pour vous, difficile à deviner pour d&apos;autres : par exemple plusieurs mots sans lien. Au moins {n} caractères ; majuscules, chiffres ou signes ne sont pas obligatoires.</source>
        <translation>Choose a sentence that is easy for you to remember and hard for others to guess: for example several unrelated words. At least {n} characters; capitals, digits or symbols are not required.</translation>
    </message>
    <message>
        <source>Confirmation de la phrase de passe</source>
        <translation>Passphrase confirmation</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <source>Imprimer le code de récupération</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>Voici le code de récupération du coffre. Il permet d&apos;ouvrir le coffre si une phrase de passe est oubliée. Il ne sera plus jamais affiché.</source>
        <translation>Here is the vault&apos;s recovery code. It can open the vault if a passphrase is forgotten. It will never be shown again.</translation>
    </message>
    <message>
        <source>Code de récupération</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Imprimez-le ou recopiez-le à la main, puis rangez-le en lieu sûr, à part de l&apos;ordinateur portable (par exemple dans une armoire fermée du service). Ne l&apos;enregistrez pas dans un fichier ni dans un courriel.</source>
        <translation>Print it or copy it out by hand, then keep it in a safe place, separate from the laptop (for example in a locked cabinet of the service). Do not save it in a file or an e-mail.</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;noté le code de récupération en lieu sûr</source>
        <translation>I have &amp;noted the recovery code in a safe place</translation>
    </message>
    <message>
        <source>Nouveau code de récupération</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>L&apos;ancien code de récupération ne fonctionne plus.</source>
        <translation>The old recovery code no longer works.</translation>
    </message>
    <message>
        <source>Utiliser le code de récupération</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Tapez votre identifiant et le code de récupération imprimé lors de la création du coffre (les tirets et les espaces ne comptent pas).</source>
        <translation>Type your username and the recovery code printed when the vault was created (hyphens and spaces do not count).</translation>
    </message>
    <message>
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Le code est correct. Choisissez votre nouvelle phrase de passe.</source>
        <translation>The code is correct. Choose your new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Vérifier le code</source>
        <translation>&amp;Check the code</translation>
    </message>
    <message>
        <source>Tapez votre identifiant et le code de récupération.</source>
        <translation>Type your username and the recovery code.</translation>
    </message>
    <message>
        <source>Vérification du code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>Conservation et effacement</source>
        <extracomment>emitted after a purge (lists on screen may show erased cases)</extracomment>
        <translation>Retention and erasure</translation>
    </message>
    <message>
        <source>Clôturé le</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>À effacer depuis le</source>
        <translation>To be erased since</translation>
    </message>
    <message>
        <source>Dossiers à effacer</source>
        <translation>Cases to erase</translation>
    </message>
    <message>
        <source>Tout &amp;cocher</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Tout &amp;décocher</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <source>&amp;Effacer les dossiers cochés…</source>
        <translation>&amp;Erase the ticked cases…</translation>
    </message>
    <message>
        <source>Règle du service : un dossier clôturé est conservé {n} ans après sa clôture, puis effacé (RGPD, art. 5 : limitation de la conservation). Les dossiers ci-dessous ont dépassé ce délai. L&apos;effacement est définitif : personnes, auteurs, suivis, documents et brouillons du dossier disparaissent du coffre ; une sauvegarde est faite ensuite, et les sauvegardes plus anciennes disparaissent par la rotation.</source>
        <translation>Service rule: a closed case is kept for {n} years after it is closed, then erased (GDPR, Art. 5: storage limitation). The cases below have exceeded this period. Erasure is permanent: the case&apos;s people, perpetrators, follow-ups, documents and drafts disappear from the vault; a backup is made afterwards, and older backups disappear through rotation.</translation>
    </message>
    <message>
        <source>Effacer définitivement {n} dossier(s) et tout ce qu&apos;ils contiennent ? Cette action ne peut pas être annulée.</source>
        <translation>Permanently erase {n} case(s) and everything they contain? This action cannot be undone.</translation>
    </message>
    <message>
        <source>Effacer {n} dossier(s)</source>
        <translation>Erase {n} case(s)</translation>
    </message>
    <message>
        <source>Nouvelle démarche</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <extracomment>the objective in the form (None: a new one) replaced in tests: asks before deleting an objective</extracomment>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>&amp;Nouvel objectif</source>
        <translation>&amp;New objective</translation>
    </message>
    <message>
        <source>&amp;Monter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>&amp;Descendre</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>ex. OS 1.2, OO 3</source>
        <translation>e.g. OS 1.2, OO 3</translation>
    </message>
    <message>
        <source>Indicateurs attachés</source>
        <translation>Attached indicators</translation>
    </message>
    <message>
        <source>{section} — {indicator}</source>
        <translation>{section} — {indicator}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Objectifs :</source>
        <translation>&amp;Objectives:</translation>
    </message>
    <message>
        <source>&amp;Programme :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Desc&amp;ription :</source>
        <translation>Desc&amp;ription:</translation>
    </message>
    <message>
        <source>Co&amp;de :</source>
        <translation type="vanished">Co&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Descri&amp;ption :</source>
        <translation type="vanished">Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Indica&amp;teurs attachés (cochez avec la barre d&apos;espace) :</source>
        <translation>Attached ind&amp;icators (tick with the space bar):</translation>
    </message>
    <message>
        <source>Les objectifs du PSSP ou du PCS tels que le financeur les écrit, et les indicateurs qui rendent compte de chacun : le rapport les présente en tête.</source>
        <translation>The objectives of the PSSP or PCS as the funder writes them, and the indicators that report on each of them: the report puts them first.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif « {heading} » ? Les chiffres restent.</source>
        <translation>Delete the objective “{heading}”? The figures remain.</translation>
    </message>
    <message>
        <source>Ensembles types :</source>
        <translation>Standard sets:</translation>
    </message>
    <message>
        <source>Le nouvel intitulé s&apos;affichera aussi dans les {n} dossier(s) qui utilisent cette démarche.</source>
        <translation>The new title will also be shown in the {n} case(s) that use this step.</translation>
    </message>
    <message>
        <source>Abandonner cette modification du catalogue ?</source>
        <translation>Discard this change to the catalogue?</translation>
    </message>
    <message>
        <source>Catalogue des démarches socio-administratives</source>
        <translation>Catalogue of social and administrative steps</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ensembles types</source>
        <translation>Standard sets</translation>
    </message>
    <message>
        <source>Catalogue des démarches</source>
        <translation>Catalogue of steps</translation>
    </message>
    <message>
        <source>A&amp;jouter une démarche…</source>
        <translation>A&amp;dd a step…</translation>
    </message>
    <message>
        <source>Changer l&apos;&amp;intitulé…</source>
        <translation>Change the &amp;title…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Les démarches proposées dans les dossiers. Un nouvel intitulé s&apos;affiche aussi dans les dossiers qui utilisent déjà la démarche ; une démarche retirée n&apos;est plus proposée mais reste visible dans ces dossiers.</source>
        <translation>The steps offered in cases. A new title is also shown in cases that already use the step; a removed step is no longer offered but remains visible in those cases.</translation>
    </message>
    <message>
        <source>{label} (retirée)</source>
        <translation>{label} (removed)</translation>
    </message>
    <message>
        <source>Réta&amp;blir</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <source>Modèles de documents</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <source>Langue du texte</source>
        <translation>Language of the text</translation>
    </message>
    <message>
        <source>Champs disponibles</source>
        <translation>Available fields</translation>
    </message>
    <message>
        <source>Double-clic ou Entrée : insérer le champ dans le texte</source>
        <translation>Double-click or Enter: insert the field into the text</translation>
    </message>
    <message>
        <source>A&amp;perçu…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;modèle</source>
        <translation>Save the &amp;template</translation>
    </message>
    <message>
        <source>Revenir au texte d&apos;&amp;origine</source>
        <translation type="vanished">Go back to the &amp;original text</translation>
    </message>
    <message>
        <source>Do&amp;cument :</source>
        <translation type="vanished">Do&amp;cument:</translation>
    </message>
    <message>
        <source>&amp;Objet / titre :</source>
        <translation>&amp;Subject / title:</translation>
    </message>
    <message>
        <source>&amp;Texte :</source>
        <translation type="vanished">&amp;Text:</translation>
    </message>
    <message>
        <source>Revenir au texte d&apos;ori&amp;gine</source>
        <translation>Go back to the &amp;original text</translation>
    </message>
    <message>
        <source>Doc&amp;ument :</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Te&amp;xte :</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Les champs entre accolades, comme {personne}, sont remplacés à l&apos;impression. Une ligne vide sépare deux paragraphes.</source>
        <translation>Fields in braces, such as {personne}, are replaced when printing. A blank line separates two paragraphs.</translation>
    </message>
    <message>
        <source>Seuls les courriers d&apos;orientation partent dans la langue du partenaire.</source>
        <translation>Only referral letters go out in the partner&apos;s language.</translation>
    </message>
    <message>
        <source>Pas de texte en {language} : les courriers dans cette langue reprennent le texte français ci-dessous. Enregistrez-le traduit pour qu&apos;ils soient entièrement en {language}.</source>
        <translation>No text in {language}: letters in this language use the French text below. Save it translated so that they are entirely in {language}.</translation>
    </message>
    <message>
        <source>Texte d&apos;origine.</source>
        <translation>Original text.</translation>
    </message>
    <message>
        <source>Texte modifié.</source>
        <translation>Modified text.</translation>
    </message>
    <message>
        <source>Modèle enregistré.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>Informations transmises (exemple)</source>
        <translation>Information sent (example)</translation>
    </message>
    <message>
        <source>Exemple de rubrique</source>
        <translation>Example section</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Aperçu du modèle</source>
        <translation>Template preview</translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <extracomment>a new account was created: its one-time code, to show once an existing account was saved</extracomment>
        <translation>New account</translation>
    </message>
    <message>
        <source>Modifier le compte</source>
        <translation>Edit the account</translation>
    </message>
    <message>
        <source>ex. k.benali</source>
        <translation>e.g. k.benali</translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Nom complet :</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Co&amp;mmune :</source>
        <translation>Mu&amp;nicipality:</translation>
    </message>
    <message>
        <source>&amp;Créer le compte</source>
        <translation>&amp;Create the account</translation>
    </message>
    <message>
        <source>Balise créera un code à usage unique : remettez-le en main propre. À sa première ouverture, la personne choisira sa propre phrase de passe.</source>
        <translation>Balise will create a one-time code: hand it over in person. When opening Balise for the first time, the person will choose their own passphrase.</translation>
    </message>
    <message>
        <source>L&apos;identifiant d&apos;un compte ne change pas.</source>
        <translation>An account&apos;s username does not change.</translation>
    </message>
    <message>
        <source>Création du compte et de son code…</source>
        <translation>Creating the account and its code…</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Code à usage unique</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Compte de {name} — identifiant : {login}</source>
        <translation>Account of {name} — username: {login}</translation>
    </message>
    <message>
        <source>Remettez ce code en main propre, jamais par courriel ni par message. Il ne sera plus affiché. La personne ouvre Balise avec son identifiant et ce code, puis choisit tout de suite sa propre phrase de passe ; le code cesse alors de fonctionner. Code perdu : réinitialisez la phrase de passe du compte.</source>
        <translation>Hand this code over in person, never by e-mail or message. It will not be shown again. The person opens Balise with their username and this code, then immediately chooses their own passphrase; the code then stops working. Code lost: reset the account&apos;s passphrase.</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;remis le code</source>
        <translation>I have &amp;handed over the code</translation>
    </message>
    <message>
        <source>Désactivé le {date}</source>
        <translation>Deactivated on {date}</translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Actif — code à usage unique pas encore utilisé</source>
        <translation>Active — one-time code not used yet</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Comptes de l&apos;équipe</source>
        <translation>Team accounts</translation>
    </message>
    <message>
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>Dés&amp;activer…</source>
        <translation>De&amp;activate…</translation>
    </message>
    <message>
        <source>Réinitialiser la &amp;phrase de passe…</source>
        <translation>Reset the &amp;passphrase…</translation>
    </message>
    <message>
        <source>Chaque personne a son propre compte et sa propre phrase de passe. Un compte désactivé ne peut plus ouvrir le coffre ; son historique est conservé.</source>
        <translation>Each person has their own account and their own passphrase. A deactivated account can no longer open the vault; its history is kept.</translation>
    </message>
    <message>
        <source>Ré&amp;activer…</source>
        <translation>Re&amp;activate…</translation>
    </message>
    <message>
        <source>Désactiver le compte de {name} ? Sa phrase de passe n&apos;ouvrira plus le coffre. Son historique est conservé et le compte pourra être réactivé.</source>
        <translation>Deactivate the account of {name}? Their passphrase will no longer open the vault. Their history is kept and the account can be reactivated.</translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Réactiver le compte de {name} ? Un nouveau code à usage unique sera créé.</source>
        <translation>Reactivate the account of {name}? A new one-time code will be created.</translation>
    </message>
    <message>
        <source>&amp;Réactiver</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Remplacer la phrase de passe de {name} par un nouveau code à usage unique ? L&apos;ancienne phrase de passe cessera de fonctionner.</source>
        <translation>Replace the passphrase of {name} with a new one-time code? The old passphrase will stop working.</translation>
    </message>
    <message>
        <source>&amp;Réinitialiser</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Désactivation du compte…</source>
        <translation>Deactivating the account…</translation>
    </message>
    <message>
        <source>Réactivation du compte…</source>
        <translation>Reactivating the account…</translation>
    </message>
    <message>
        <source>Création d&apos;un nouveau code…</source>
        <translation>Creating a new code…</translation>
    </message>
    <message>
        <source>Réessayez dans {n} s</source>
        <translation>Try again in {n} s</translation>
    </message>
    <message>
        <source>Balise — coffre chiffré</source>
        <extracomment>an unlock was tried from this screen (the controller&apos;s gc.freeze() is done only before: nothing of a passphrase may be frozen) called with the attempt, which it starts when it is ready (the controller: once the main window&apos;s modules are loaded and the heap is frozen, issue #10); None: the attempt starts at once the backup offered after damage (None: nothing offered)</extracomment>
        <translation>Balise — encrypted vault</translation>
    </message>
    <message>
        <source>Comment se déverrouiller, et que faire en cas d&apos;oubli (F1)</source>
        <translation>How to unlock, and what to do if you forget (F1)</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Restaurer cette &amp;sauvegarde…</source>
        <extracomment>what a restore did, shown above the form on the restored vault</extracomment>
        <translation>Restore this &amp;backup…</translation>
    </message>
    <message>
        <source>Remplacer le coffre endommagé par la sauvegarde vérifiée la plus récente</source>
        <translation>Replace the damaged vault with the most recent verified backup</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;oublié ma phrase de passe — utiliser le code de récupération</source>
        <translation>I have &amp;forgotten my passphrase — use the recovery code</translation>
    </message>
    <message>
        <source>Les données sont chiffrées. Identifiez-vous pour les ouvrir.</source>
        <translation>The data is encrypted. Identify yourself to open it.</translation>
    </message>
    <message>
        <source>Déverrouillage…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Tapez votre phrase de passe.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Message d&apos;erreur</source>
        <extracomment>height kept free below a window for a task bar, and above it for its title bar (where the platform&apos;s available geometry already leaves out the task bar, the window is only a little shorter than it could be)</extracomment>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Afficher ou masquer la phrase de passe</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Solidité de la phrase de passe</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>DÉMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Coffre de démonstration : données fictives uniquement.</source>
        <translation>Demo vault: fictitious data only.</translation>
    </message>
    <message>
        <source>Création du coffre</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Le coffre chiffré de votre service est en cours de création.</source>
        <translation>Your service&apos;s encrypted vault is being created.</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>La protection de la phrase de passe est calculée pour résister aux tentatives de devinette : cela prend quelques secondes.</source>
        <translation>The passphrase protection is calculated to resist guessing attempts: this takes a few seconds.</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Création du coffre chiffré…</source>
        <translation>Creating the encrypted vault…</translation>
    </message>
    <message>
        <source>Le code de récupération</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <source>À noter maintenant : il ne sera plus affiché.</source>
        <translation>Note it down now: it will not be shown again.</translation>
    </message>
    <message>
        <source>Balise — création du coffre</source>
        <extracomment>another language was chosen on the welcome page: the code (the controller installs it and shows the wizard again, in that language) F1 opens the guide&apos;s part about the first start</extracomment>
        <translation>Balise — vault creation</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Bienvenue dans Balise</source>
        <extracomment>stable id used by the pages and in the HTML (never translated) 1: a chapter; 2: a part of the chapter above it (the tabs of a case) the anchors, in the order of the guide (the same in every language) the section of each tab of the case screen, in the order of the tabs where F1 opens the guide on the unlock screen</extracomment>
        <translation>Welcome to Balise</translation>
    </message>
    <message>
        <source>Le suivi des personnes victimes de violences intrafamiliales.</source>
        <translation>Supporting victims of intra-family violence.</translation>
    </message>
    <message>
        <source>Langue de Balise</source>
        <translation>Balise&apos;s language</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Balise aide votre service à suivre les dossiers d&apos;accompagnement : suivis, démarches, orientations vers les partenaires, courriers.</source>
        <translation>Balise helps your service manage support cases: follow-ups, steps, referrals to partners, letters.</translation>
    </message>
    <message>
        <source>Tout est enregistré sur cet ordinateur portable, dans un coffre chiffré. Rien n&apos;est envoyé sur Internet. Sans phrase de passe, le coffre est illisible, même si l&apos;ordinateur est volé.</source>
        <translation>Everything is stored on this laptop, in an encrypted vault. Nothing is sent over the Internet. Without a passphrase, the vault is unreadable, even if the computer is stolen.</translation>
    </message>
    <message>
        <source>Nous allons créer le coffre de votre service en quelques étapes : le service, le compte du ou de la coordinateur·rice, puis sa phrase de passe.</source>
        <translation>We will create your service&apos;s vault in a few steps: the service, the coordinator&apos;s account, then their passphrase.</translation>
    </message>
    <message>
        <source>Votre service</source>
        <translation>Your service</translation>
    </message>
    <message>
        <source>Ces informations figureront sur les courriers du service.</source>
        <translation>This information will appear on the service&apos;s letters.</translation>
    </message>
    <message>
        <source>par exemple : Plan de cohésion sociale d&apos;Aywaille</source>
        <translation>for example: Aywaille Social Cohesion Plan</translation>
    </message>
    <message>
        <source>Tapez le nom ou le code postal</source>
        <translation>Type the name or the postcode</translation>
    </message>
    <message>
        <source>&amp;Nom du service * :</source>
        <translation>Service &amp;name *:</translation>
    </message>
    <message>
        <source>C&amp;ommune :</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>* obligatoire</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Choisissez la commune dans la liste (tapez quelques lettres).</source>
        <translation>Choose the municipality from the list (type a few letters).</translation>
    </message>
    <message>
        <source>Cette adresse de courriel semble incomplète.</source>
        <translation>This e-mail address seems incomplete.</translation>
    </message>
    <message>
        <source>Le compte du ou de la coordinateur·rice</source>
        <translation>The coordinator&apos;s account</translation>
    </message>
    <message>
        <source>Cette personne gère les comptes de l&apos;équipe et le code de récupération.</source>
        <translation>This person manages the team&apos;s accounts and the recovery code.</translation>
    </message>
    <message>
        <source>&amp;Prénom et nom * :</source>
        <translation>&amp;First name and surname *:</translation>
    </message>
    <message>
        <source>&amp;Identifiant * :</source>
        <translation>&amp;Username *:</translation>
    </message>
    <message>
        <source>L&apos;identifiant sert à ouvrir Balise. Il est proposé à partir du nom ; vous pouvez le modifier.</source>
        <translation>The username is used to open Balise. It is suggested from the name; you can change it.</translation>
    </message>
    <message>
        <source>Indiquez le prénom et le nom.</source>
        <translation>Enter the first name and surname.</translation>
    </message>
    <message>
        <source>La phrase de passe</source>
        <translation>The passphrase</translation>
    </message>
    <message>
        <source>Elle ouvre le coffre. Personne ne peut la retrouver à votre place.</source>
        <translation>It opens the vault. No one can recover it for you.</translation>
    </message>
    <message>
        <source>&amp;Créer le coffre</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <source>Envoyé : {n} modification(s) dans {p} paquet(s).</source>
        <extracomment>exit statuses of ``balise sync`` (documented in its --help and the README)</extracomment>
        <translation>Sent: {n} change(s) in {p} packet(s).</translation>
    </message>
    <message>
        <source>Reçu : {n} modification(s) de {p} paquet(s).</source>
        <translation>Received: {n} change(s) from {p} packet(s).</translation>
    </message>
    <message>
        <source>Effacements : {sent} envoyé(s), {done} refait(s) sur ce portable (inscrits dans son registre des effacements).</source>
        <translation>Erasures: {sent} sent, {done} replayed on this laptop (entered in its erasure register).</translation>
    </message>
    <message>
        <source>{n} conflit(s) à trancher : ouvrez Balise, Paramètres, « Conflits de synchronisation ».</source>
        <translation>{n} conflict(s) to resolve: open Balise, Settings, “Synchronisation conflicts”.</translation>
    </message>
    <message>
        <source>Ce portable n&apos;a encore jamais synchronisé : indiquez le dossier d&apos;échange avec --folder DOSSIER.</source>
        <translation>This laptop has never synchronised yet: give the exchange folder with --folder FOLDER.</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>{nom} — références {lettre}, inscrit le {date}</source>
        <translation>{nom} — references {lettre}, enrolled on {date}</translation>
    </message>
    <message>
        <source>sans lettre</source>
        <translation>no letter</translation>
    </message>
    <message>
        <source> (ce portable)</source>
        <translation> (this laptop)</translation>
    </message>
    <message>
        <source> — RETIRÉ le {date}</source>
        <translation> — REMOVED on {date}</translation>
    </message>
    <message>
        <source>tous les dossiers</source>
        <translation>all cases</translation>
    </message>
    <message>
        <source>seulement les dossiers de : {personnes}</source>
        <translation>only the cases of: {personnes}</translation>
    </message>
    <message>
        <source>Faites aussi, aujourd&apos;hui : changez les phrases de passe de toutes les personnes qui utilisaient ce portable et renouvelez le code de récupération ; prévenez la direction et le ou la délégué·e à la protection des données. Le portable retiré garde ce qu&apos;il contenait, chiffré : tant que personne ne connaît une de ses phrases de passe, cela reste illisible.</source>
        <extracomment>said wherever a laptop is revoked (screen, command, README): what else to do</extracomment>
        <translation>Also do this today: change the passphrases of everyone who used this laptop and renew the recovery code; inform the management and the data protection officer. The removed laptop keeps what it contained, encrypted: as long as nobody knows one of its passphrases, it remains unreadable.</translation>
    </message>
    <message>
        <source>Aucun portable ne porte ce nom ou cette lettre : « {nom} ».</source>
        <translation>No laptop has this name or letter: “{nom}”.</translation>
    </message>
    <message>
        <source>Plusieurs portables portent ce nom : donnez leur lettre.</source>
        <translation>Several laptops have this name: give their letter.</translation>
    </message>
    <message>
        <source>Donnez --name et --out pour inscrire un portable.</source>
        <translation>Give --name and --out to enrol a laptop.</translation>
    </message>
    <message>
        <source>--users va avec --scope assigned.</source>
        <translation>--users goes with --scope assigned.</translation>
    </message>
    <message>
        <source>Copie du coffre pour le nouveau portable…</source>
        <translation>Copying the vault for the new laptop…</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} ») : copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise.</source>
        <translation>Laptop “{nom}” enrolled (references “…-{lettre}”): copy the folder {dossier} to this laptop and open it with Balise.</translation>
    </message>
    <message>
        <source>Aucun portable inscrit : ce coffre n&apos;a été copié sur aucun autre.</source>
        <translation>No laptop enrolled: this vault has not been copied to any other.</translation>
    </message>
    <message>
        <source>Donnez --laptop : le nom ou la lettre du portable.</source>
        <translation>Give --laptop: the name or letter of the laptop.</translation>
    </message>
    <message>
        <source>Portable « {nom} » retiré du service.</source>
        <translation>Laptop “{nom}” removed from the service.</translation>
    </message>
    <message>
        <source>Synchroniser ce portable avec les autres portables du service par un dossier (clé USB, dossier partagé) : envoie ses modifications, applique celles des autres.</source>
        <translation>Synchronise this laptop with the service&apos;s other laptops through a folder (USB stick, shared folder): sends its changes, applies those of the others.</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  synchronisé : tout ce qui était dans le dossier a été appliqué
  1  en partie : un paquet manque, est abîmé, vient d&apos;une autre version ou d&apos;un
     portable retiré (le message le dit ; les autres paquets sont appliqués),
     ou erreur inattendue
  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent
     (ou aucun dossier indiqué ni retenu), portable retiré du service</source>
        <translation>exit codes:
  0  synchronised: everything that was in the folder has been applied
  1  partly: a packet is missing, damaged, from another version or from a
     removed laptop (the message says so; the other packets are applied),
     or unexpected error
  2  refused: wrong passphrase, vault not found, folder missing
     (or no folder given or remembered), laptop removed from the service</translation>
    </message>
    <message>
        <source>dossier d&apos;échange du service (clé USB, dossier partagé) ; sans cette option, le dernier dossier qui a servi à synchroniser ce portable (retenu sur ce portable, comme dans l&apos;écran « Synchroniser »)</source>
        <translation>the service&apos;s exchange folder (USB stick, shared folder); without this option, the last folder this laptop synchronised through (remembered on this laptop, as in the “Synchronise” screen)</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  synchronisé : tout ce qui était dans le dossier a été appliqué
  1  en partie : un paquet manque, est abîmé, vient d&apos;une autre version ou d&apos;un
     portable retiré (le message le dit ; les autres paquets sont appliqués),
     ou erreur inattendue
  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent,
     portable retiré du service</source>
        <translation type="vanished">exit codes:
  0  synchronised: everything that was in the folder has been applied
  1  partly: a packet is missing, damaged, from another version or from a
     removed laptop (the message says so; the other packets are applied),
     or unexpected error
  2  refused: wrong passphrase, vault not found, folder missing,
     laptop removed from the service</translation>
    </message>
    <message>
        <source>dossier d&apos;échange du service (clé USB, dossier partagé)</source>
        <translation type="vanished">the service&apos;s exchange folder (USB stick, shared folder)</translation>
    </message>
    <message>
        <source>Portables du service (coordination) : les lister, en inscrire un nouveau (copie du coffre), en retirer un perdu ou volé.</source>
        <translation>The service&apos;s laptops (coordination): list them, enrol a new one (copy of the vault), remove a lost or stolen one.</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  fait
  2  refusé : phrase de passe incorrecte, pas la coordination, dossier non vide,
     portable inconnu ou déjà retiré, ce portable-ci
  3  impossible : disque plein, en lecture seule ou accès refusé</source>
        <translation>exit codes:
  0  done
  2  refused: wrong passphrase, not the coordination, folder not empty,
     unknown or already removed laptop, this very laptop
  3  impossible: disk full, read-only or access denied</translation>
    </message>
    <message>
        <source>« list » : lister ; « enrol » : inscrire ; « revoke » : retirer</source>
        <translation>“list”: list; “enrol”: enrol; “revoke”: remove</translation>
    </message>
    <message>
        <source>nom du nouveau portable (enrol)</source>
        <translation>name of the new laptop (enrol)</translation>
    </message>
    <message>
        <source>dossier vide où écrire la copie pour le nouveau portable (enrol)</source>
        <translation>empty folder to write the copy for the new laptop to (enrol)</translation>
    </message>
    <message>
        <source>nom ou lettre du portable à retirer (revoke)</source>
        <translation>name or letter of the laptop to remove (revoke)</translation>
    </message>
    <message>
        <source>« all » : tous les dossiers ; « assigned » : seulement les dossiers des personnes de --users (enrol)</source>
        <translation>“all”: all cases; “assigned”: only the cases of the people in --users (enrol)</translation>
    </message>
    <message>
        <source>IDENTIFIANT,IDENTIFIANT</source>
        <translation>USERNAME,USERNAME</translation>
    </message>
    <message>
        <source>identifiants des personnes dont le portable contient les dossiers (enrol)</source>
        <translation>usernames of the people whose cases the laptop contains (enrol)</translation>
    </message>
    <message>
        <source>Ce conflit n&apos;existe plus.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <source>Seuls la coordination et les intervenants du dossier peuvent trancher ce conflit.</source>
        <translation>Only the coordination and the case&apos;s workers can resolve this conflict.</translation>
    </message>
    <message>
        <source>Ce conflit a déjà été tranché.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>Choisissez la valeur d&apos;un des deux portables.</source>
        <translation>Choose the value from one of the two laptops.</translation>
    </message>
    <message>
        <source>Ce conflit concerne une table inconnue de cette version.</source>
        <translation>This conflict concerns a table unknown to this version.</translation>
    </message>
    <message>
        <source>(fiche supprimée)</source>
        <translation>(record deleted)</translation>
    </message>
    <message>
        <source>(fiche entière)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>Synchronisation entre portables</source>
        <translation>Synchronisation between laptops</translation>
    </message>
    <message>
        <source>&amp;Synchroniser…</source>
        <translation type="vanished">&amp;Synchronise…</translation>
    </message>
    <message>
        <source>Sync&amp;hroniser…</source>
        <translation>Sync&amp;hronise…</translation>
    </message>
    <message>
        <source>Conflits de s&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisation conflicts…</translation>
    </message>
    <message>
        <source>Portables du ser&amp;vice…</source>
        <translation>The service&apos;s la&amp;ptops…</translation>
    </message>
    <message>
        <source>Échangez les dossiers avec les autres portables du service (clé USB, dossier</source>
        <translation>Exchange cases with the service&apos;s other laptops (USB stick, shared</translation>
    </message>
    <message>
        <source>partagé) : Balise y dépose les modifications de ce portable, applique les autres.</source>
        <translation>folder): Balise leaves this laptop&apos;s changes there and applies the others&apos;.</translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Dossier d&apos;échange</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <source>Dossier de la clé USB ou dossier partagé</source>
        <translation>USB stick folder or shared folder</translation>
    </message>
    <message>
        <source>&amp;Choisir le dossier…</source>
        <translation>&amp;Choose the folder…</translation>
    </message>
    <message>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Branchez la clé USB du service (ou ouvrez le dossier partagé), puis synchronisez. Seuls des nombres sont affichés, jamais de noms.</source>
        <translation>Plug in the service&apos;s USB stick (or open the shared folder), then synchronise. Only numbers are shown, never names.</translation>
    </message>
    <message>
        <source>Le dossier « {dossier} » n&apos;est pas branché : branchez la clé USB ou choisissez un autre dossier.</source>
        <translation>The folder “{dossier}” is not plugged in: plug in the USB stick or choose another folder.</translation>
    </message>
    <message>
        <source>Dossier d&apos;échange du service</source>
        <translation>The service&apos;s exchange folder</translation>
    </message>
    <message>
        <source>Choisissez le dossier d&apos;échange du service.</source>
        <translation>Choose the service&apos;s exchange folder.</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <source>Conflits à trancher</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Aucun conflit n&apos;attend.</source>
        <translation>No conflicts waiting.</translation>
    </message>
    <message>
        <source>Une même information a été changée sur deux portables. Rien n&apos;a été écrasé : choisissez la valeur à garder ; elle sera envoyée aux autres portables à la prochaine synchronisation.</source>
        <translation>The same information was changed on two laptops. Nothing has been overwritten: choose the value to keep; it will be sent to the other laptops at the next synchronisation.</translation>
    </message>
    <message>
        <source>fiche entière</source>
        <translation>whole record</translation>
    </message>
    <message>
        <source>Dossier {dossier} — {champ} ({table})
  « {premier} » : {valeur1}
  « {second} » : {valeur2}
  vu le {quand}, écrit le {ecrit}</source>
        <translation>Case {dossier} — {champ} ({table})
  “{premier}”: {valeur1}
  “{second}”: {valeur2}
  seen on {quand}, written on {ecrit}</translation>
    </message>
    <message>
        <source>Garder la valeur de « {portable} »</source>
        <translation>Keep the value from “{portable}”</translation>
    </message>
    <message>
        <source>Tél. {phone}</source>
        <extracomment>the letterhead takes the top of the first page down to this line</extracomment>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Aide de Balise</source>
        <extracomment>the background of a word found by the search (black text on it: contrast &gt; 12:1)</extracomment>
        <translation>Balise help</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Un mot, par exemple « sauvegarde » (Ctrl+F)</source>
        <translation>A word, for example “backup” (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher dans l&apos;aide</source>
        <translation>Search the help</translation>
    </message>
    <message>
        <source>Sommaire de l&apos;aide</source>
        <translation>Help contents</translation>
    </message>
    <message>
        <source>Texte de l&apos;aide</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Trouvé dans {n} partie(s)</source>
        <translation>Found in {n} part(s)</translation>
    </message>
    <message>
        <source>Aucune partie ne contient ce mot</source>
        <translation>No part contains this word</translation>
    </message>
    <message>
        <source>Rien trouvé. Essayez un autre mot, ou effacez la recherche.</source>
        <translation>Nothing found. Try another word, or clear the search.</translation>
    </message>
    <message>
        <source>Portables du service</source>
        <translation>The service&apos;s laptops</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Lettre des références</source>
        <translation>Reference letter</translation>
    </message>
    <message>
        <source>Contient</source>
        <translation>Contains</translation>
    </message>
    <message>
        <source>Inscrit le</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>&amp;Inscrire un portable…</source>
        <translation>&amp;Enrol a laptop…</translation>
    </message>
    <message>
        <source>&amp;Retirer du service (perdu, volé)…</source>
        <translation>&amp;Remove from the service (lost, stolen)…</translation>
    </message>
    <message>
        <source>Chaque portable du service garde une copie chiffrée du coffre et l&apos;échange avec les autres par un dossier (Synchroniser). Un portable perdu ou volé se retire ici : ses paquets écrits ensuite sont refusés partout.</source>
        <translation>Each laptop of the service keeps an encrypted copy of the vault and exchanges it with the others through a folder (Synchronise). A lost or stolen laptop is removed here: the packets it writes afterwards are refused everywhere.</translation>
    </message>
    <message>
        <source>retiré le {date}</source>
        <translation>removed on {date}</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>seules les phrases de passe des personnes cochées et la vôtre l&apos;ouvrent.</source>
        <translation>only the passphrases of the ticked people and yours open it.</translation>
    </message>
    <message>
        <source>les mêmes phrases de passe l&apos;ouvrent.</source>
        <translation>the same passphrases open it.</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise : {ouverture}</source>
        <translation>Laptop “{nom}” enrolled (references “…-{lettre}”). Copy the folder {dossier} to this laptop and open it with Balise: {ouverture}</translation>
    </message>
    <message>
        <source>&amp;seulement les dossiers de :</source>
        <translation>only the cases &amp;of:</translation>
    </message>
    <message>
        <source>Un portable qui ne contient que les dossiers de certaines personnes n&apos;en reçoit jamais d&apos;autres : volé, il en expose moins. Les fiches d&apos;auteurs y suivent le rôle de ces personnes, et seules leurs phrases de passe (et la vôtre) l&apos;ouvrent.</source>
        <translation>A laptop that only contains the cases of certain people never receives any others: if stolen, it exposes fewer. The perpetrator records there follow the role of those people, and only their passphrases (and yours) open it.</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise : les mêmes phrases de passe l&apos;ouvrent.</source>
        <translation type="vanished">Laptop “{nom}” enrolled (references “…-{lettre}”). Copy the folder {dossier} to this laptop and open it with Balise: the same passphrases open it.</translation>
    </message>
    <message>
        <source>Retirer « {nom} » du service ? Ses paquets écrits à partir de maintenant seront refusés par tous les portables. Cela ne se défait pas.</source>
        <translation>Remove “{nom}” from the service? The packets it writes from now on will be refused by all laptops. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Retirer du service</source>
        <translation>&amp;Remove from the service</translation>
    </message>
    <message>
        <source>Inscrire un portable</source>
        <translation>Enrol a laptop</translation>
    </message>
    <message>
        <source>par exemple : portable de rue 2</source>
        <translation>for example: street laptop 2</translation>
    </message>
    <message>
        <source>un dossier vide (sur une clé USB…)</source>
        <translation>an empty folder (on a USB stick…)</translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Nom du portable :</source>
        <translation>&amp;Name of the laptop:</translation>
    </message>
    <message>
        <source>&amp;Dossier de la copie :</source>
        <translation>&amp;Folder for the copy:</translation>
    </message>
    <message>
        <source>&amp;tous les dossiers</source>
        <translation>&amp;all cases</translation>
    </message>
    <message>
        <source>seulement les dossiers &amp;de :</source>
        <translation type="vanished">only the cases &amp;of:</translation>
    </message>
    <message>
        <source>Personnes dont ce portable contient les dossiers</source>
        <translation>People whose cases this laptop contains</translation>
    </message>
    <message>
        <source>Ce portable contient :</source>
        <translation>This laptop contains:</translation>
    </message>
    <message>
        <source>&amp;Inscrire</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Balise écrit dans le dossier une copie chiffrée du coffre pour le nouveau portable, avec les mêmes comptes et phrases de passe. Les dossiers créés sur ce portable auront leur propre lettre dans la référence.</source>
        <translation>Balise writes an encrypted copy of the vault for the new laptop into the folder, with the same accounts and passphrases. Cases created on this laptop will have their own letter in their reference.</translation>
    </message>
    <message>
        <source>Un portable qui ne contient que les dossiers de certaines personnes n&apos;en reçoit jamais d&apos;autres : volé, il en expose moins. Les fiches d&apos;auteurs y suivent le rôle de ces personnes.</source>
        <translation type="vanished">A laptop that only contains the cases of certain people never receives any others: if stolen, it exposes fewer. The perpetrator records there follow the role of those people.</translation>
    </message>
    <message>
        <source>Dossier de la copie pour le nouveau portable</source>
        <translation>Folder for the copy for the new laptop</translation>
    </message>
    <message>
        <source>Donnez un nom à ce portable.</source>
        <translation>Give this laptop a name.</translation>
    </message>
    <message>
        <source>Choisissez le dossier de la copie.</source>
        <translation>Choose the folder for the copy.</translation>
    </message>
    <message>
        <source>Violence physique</source>
        <translation>Physical violence</translation>
    </message>
    <message>
        <source>Violence psychologique</source>
        <translation>Psychological violence</translation>
    </message>
    <message>
        <source>Violence sexuelle</source>
        <translation>Sexual violence</translation>
    </message>
    <message>
        <source>Violence économique</source>
        <translation>Economic violence</translation>
    </message>
    <message>
        <source>Violence administrative</source>
        <translation>Administrative violence</translation>
    </message>
    <message>
        <source>Cyberviolence / violence numérique</source>
        <translation>Cyberviolence / digital violence</translation>
    </message>
    <message>
        <source>Négligence</source>
        <translation>Neglect</translation>
    </message>
    <message>
        <source>Mariage forcé</source>
        <translation>Forced marriage</translation>
    </message>
    <message>
        <source>Violence liée à l&apos;honneur</source>
        <translation>Honour-related violence</translation>
    </message>
    <message>
        <source>Police / SAPV</source>
        <translation>Police / police victim support</translation>
    </message>
    <message>
        <source>CPAS</source>
        <translation>CPAS</translation>
    </message>
    <message>
        <source>La personne elle-même</source>
        <translation>The person themselves</translation>
    </message>
    <message>
        <source>École / crèche / PMS</source>
        <translation>School / nursery / PMS centre</translation>
    </message>
    <message>
        <source>Hôpital / CPVS / médecin</source>
        <translation>Hospital / CPVS / doctor</translation>
    </message>
    <message>
        <source>Ligne d&apos;écoute (0800 30 030)</source>
        <translation>Helpline (0800 30 030)</translation>
    </message>
    <message>
        <source>Partenaire du réseau</source>
        <translation>Network partner</translation>
    </message>
    <message>
        <source>Proche / famille</source>
        <translation>Relative / family</translation>
    </message>
    <message>
        <source>Justice : parquet, maisons de justice, tribunaux</source>
        <translation>Justice: prosecutor&apos;s office, justice centres, courts</translation>
    </message>
    <message>
        <source>Aide aux victimes (SAV, accueil des victimes)</source>
        <translation>Victim support (SAV, victim reception)</translation>
    </message>
    <message>
        <source>CPVS – Centre de prise en charge des violences sexuelles</source>
        <translation>CPVS – Sexual assault care centre</translation>
    </message>
    <message>
        <source>Ligne d&apos;écoute</source>
        <translation>Helpline</translation>
    </message>
    <message>
        <source>Aide juridique (BAJ, avocats)</source>
        <translation>Legal aid (BAJ, lawyers)</translation>
    </message>
    <message>
        <source>Logement (AIS, sociétés de logement)</source>
        <translation>Housing (AIS, housing companies)</translation>
    </message>
    <message>
        <source>Santé (médecins, hôpitaux, santé mentale, mutuelles)</source>
        <translation>Health (doctors, hospitals, mental health, health insurance funds)</translation>
    </message>
    <message>
        <source>Écoles, crèches, AMO, maisons de jeunes</source>
        <translation>Schools, nurseries, AMO, youth centres</translation>
    </message>
    <message>
        <source>La victime présente-t-elle actuellement des blessures ?</source>
        <translation>Does the victim currently have injuries?</translation>
    </message>
    <message>
        <source>La victime a-t-elle peur d&apos;être tuée par l&apos;auteur ?</source>
        <translation>Is the victim afraid of being killed by the perpetrator?</translation>
    </message>
    <message>
        <source>Une séparation a-t-elle eu lieu récemment ou est-elle envisagée ?</source>
        <translation>Has there been a recent separation, or is one being considered?</translation>
    </message>
    <message>
        <source>Y a-t-il un conflit autour de la garde ou des contacts avec les enfants ?</source>
        <translation>Is there a conflict over custody or contact with the children?</translation>
    </message>
    <message>
        <source>La victime est-elle enceinte ou a-t-elle un bébé de moins de 18 mois ?</source>
        <translation>Is the victim pregnant or does she have a baby under 18 months?</translation>
    </message>
    <message>
        <source>Les violences sont-elles devenues plus fréquentes ou plus graves ?</source>
        <translation>Has the violence become more frequent or more severe?</translation>
    </message>
    <message>
        <source>L&apos;auteur suit-il, surveille-t-il ou harcèle-t-il la victime (appels, messages, visites) ?</source>
        <translation>Does the perpetrator follow, watch or harass the victim (calls, messages, visits)?</translation>
    </message>
    <message>
        <source>La victime est-elle coupée de sa famille, de ses proches ou de toute aide ?</source>
        <translation>Is the victim cut off from family, friends or any help?</translation>
    </message>
    <message>
        <source>La victime a-t-elle déjà été étranglée, étouffée ou empêchée de respirer ?</source>
        <translation>Has the victim ever been strangled, suffocated or prevented from breathing?</translation>
    </message>
    <message>
        <source>La victime a-t-elle subi des violences sexuelles de la part de l&apos;auteur ?</source>
        <translation>Has the victim been subjected to sexual violence by the perpetrator?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il menacé de tuer la victime ou un proche ?</source>
        <translation>Has the perpetrator threatened to kill the victim or a loved one?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il déjà menacé la victime de mort avec une arme ou un objet dangereux ?</source>
        <translation>Has the perpetrator ever threatened the victim with death using a weapon or a dangerous object?</translation>
    </message>
    <message>
        <source>L&apos;auteur possède-t-il une arme ou peut-il facilement s&apos;en procurer une ?</source>
        <translation>Does the perpetrator own a weapon or can they easily obtain one?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il déjà fait du mal aux enfants ou menacé de leur en faire ?</source>
        <translation>Has the perpetrator ever harmed the children or threatened to?</translation>
    </message>
    <message>
        <source>Vit-il dans le ménage un enfant qui n&apos;est pas celui de l&apos;auteur ?</source>
        <translation>Does a child who is not the perpetrator&apos;s live in the household?</translation>
    </message>
    <message>
        <source>L&apos;auteur consomme-t-il de l&apos;alcool ou des drogues de manière problématique ?</source>
        <translation>Does the perpetrator use alcohol or drugs problematically?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il des troubles psychiques connus ?</source>
        <translation>Does the perpetrator have known mental health problems?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il menacé de se suicider ou tenté de le faire ?</source>
        <translation>Has the perpetrator threatened or attempted suicide?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il des antécédents judiciaires ou a-t-il déjà enfreint une interdiction ou une mesure de protection ?</source>
        <translation>Does the perpetrator have a criminal record, or have they ever breached a ban or a protection measure?</translation>
    </message>
    <message>
        <source>L&apos;auteur est-il d&apos;une jalousie excessive ou contrôle-t-il ses faits et gestes ?</source>
        <translation>Is the perpetrator excessively jealous, or do they control the victim&apos;s every move?</translation>
    </message>
    <message>
        <source>L&apos;auteur contrôle-t-il l&apos;argent ou l&apos;empêche-t-il d&apos;accéder à ses ressources ?</source>
        <translation>Does the perpetrator control the money or prevent the victim from accessing their own resources?</translation>
    </message>
    <message>
        <source>Y a-t-il un contexte de violence liée à l&apos;honneur ou de mariage forcé ?</source>
        <translation>Is there a context of honour-related violence or forced marriage?</translation>
    </message>
    <message>
        <source>La victime se sent-elle déprimée ou a-t-elle des idées suicidaires ?</source>
        <translation>Does the victim feel depressed or have suicidal thoughts?</translation>
    </message>
    <message>
        <source>Signalement du départ du domicile à la police</source>
        <translation>Reporting leaving the home to the police</translation>
    </message>
    <message>
        <source>Certificat médical (constat des lésions)</source>
        <translation>Medical certificate (record of injuries)</translation>
    </message>
    <message>
        <source>CPAS – demande de revenu d&apos;intégration (RIS)</source>
        <translation>CPAS – application for the integration income (RIS)</translation>
    </message>
    <message>
        <source>CPAS – adresse de référence</source>
        <translation>CPAS – reference address</translation>
    </message>
    <message>
        <source>Changement d&apos;adresse à la commune</source>
        <translation>Change of address at the municipality</translation>
    </message>
    <message>
        <source>Banque – blocage des comptes joints</source>
        <translation>Bank – freezing the joint accounts</translation>
    </message>
    <message>
        <source>Banque – révocation des procurations</source>
        <translation>Bank – revoking the powers of attorney</translation>
    </message>
    <message>
        <source>Banque – ouverture d&apos;un compte personnel</source>
        <translation>Bank – opening a personal account</translation>
    </message>
    <message>
        <source>Mutuelle (affiliation personnelle, changement de titulaire)</source>
        <translation>Health insurance fund (own membership, change of holder)</translation>
    </message>
    <message>
        <source>Allocations familiales – changement d&apos;allocataire</source>
        <translation>Family allowances – change of recipient</translation>
    </message>
    <message>
        <source>Demande de logement social</source>
        <translation>Social housing application</translation>
    </message>
    <message>
        <source>Requête au tribunal de la famille (enfants, résidence)</source>
        <translation>Application to the family court (children, residence)</translation>
    </message>
    <message>
        <source>BAJ / avocat</source>
        <translation>BAJ / lawyer</translation>
    </message>
    <message>
        <source>Dossier de séjour (protection du droit de séjour)</source>
        <translation>Residence application (protection of the right of residence)</translation>
    </message>
    <message>
        <source>École et crèche (inscription, sécurité, personnes autorisées)</source>
        <translation>School and nursery (enrolment, safety, authorised persons)</translation>
    </message>
</context>
</TS>
