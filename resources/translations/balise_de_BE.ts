<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="fr_BE">
<context>
    <name></name>
    <message>
        <source>Identifiant : </source>
        <extracomment>exit status for errors whose class says otherwise (refusals of the credentials) ``balise check``: 0 intact, 1 damaged, 2 refused (credentials, no vault), 3 not checked</extracomment>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>Tentatives infructueuses récentes : attente de {s} s…</source>
        <translation>Kürzliche Fehlversuche: bitte {s} s warten…</translation>
    </message>
    <message>
        <source>L&apos;interface graphique ne peut pas démarrer sur cet ordinateur. Réinstallez Balise ; les commandes en ligne restent disponibles.</source>
        <translation>Die grafische Oberfläche kann auf diesem Computer nicht starten. Installieren Sie Balise neu; die Befehle für die Kommandozeile bleiben verfügbar.</translation>
    </message>
    <message>
        <source>Un coffre existe déjà dans le dossier « {dossier} ».</source>
        <translation>Im Ordner „{dossier}“ gibt es bereits einen Tresor.</translation>
    </message>
    <message>
        <source>Nom du service : </source>
        <translation>Name des Dienstes: </translation>
    </message>
    <message>
        <source>Commune (nom ou code postal, facultatif) : </source>
        <translation>Gemeinde (Name oder Postleitzahl, optional): </translation>
    </message>
    <message>
        <source>Nom complet du ou de la coordinateur·rice : </source>
        <translation>Vollständiger Name der Koordinator·in: </translation>
    </message>
    <message>
        <source>Identifiant de connexion : </source>
        <translation>Benutzername für die Anmeldung: </translation>
    </message>
    <message>
        <source>Création du coffre…</source>
        <translation>Tresor wird erstellt…</translation>
    </message>
    <message>
        <source>Le coffre a été créé dans « {dossier} ».</source>
        <translation>Der Tresor wurde in „{dossier}“ erstellt.</translation>
    </message>
    <message>
        <source>Identifiant du ou de la coordinateur·rice : {login}</source>
        <translation>Benutzername der Koordinator·in: {login}</translation>
    </message>
    <message>
        <source>La démonstration n&apos;est pas incluse dans cette installation de Balise. Elle fait partie de la version pour développeurs (scripts/demo.sh).</source>
        <translation>Die Demonstration ist in dieser Installation von Balise nicht enthalten. Sie gehört zur Entwicklerversion (scripts/demo.sh).</translation>
    </message>
    <message>
        <source>Un coffre de démonstration existe déjà dans « {dossier} » : il est remplacé.</source>
        <translation>In „{dossier}“ gibt es bereits einen Demo-Tresor: Er wird ersetzt.</translation>
    </message>
    <message>
        <source>Création du coffre de démonstration ({n} dossiers fictifs)…</source>
        <translation>Demo-Tresor wird erstellt ({n} fiktive Akten)…</translation>
    </message>
    <message>
        <source>Phrase de passe : </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Le coffre n&apos;a pas pu être vérifié.</source>
        <translation>Der Tresor konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Le coffre est endommagé :</source>
        <translation>Der Tresor ist beschädigt:</translation>
    </message>
    <message>
        <source>Le coffre est intact.</source>
        <translation>Der Tresor ist intakt.</translation>
    </message>
    <message>
        <source>Code de récupération : </source>
        <translation>Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>Phrase de passe actuelle : </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>La phrase de passe de « {login} » a été changée.</source>
        <translation>Die Passphrase von „{login}“ wurde geändert.</translation>
    </message>
    <message>
        <source>son contenu a été modifié</source>
        <translation>sein Inhalt wurde verändert</translation>
    </message>
    <message>
        <source>l&apos;entrée qui la précédait a été supprimée ou modifiée</source>
        <translation>der vorhergehende Eintrag wurde gelöscht oder verändert</translation>
    </message>
    <message>
        <source>des entrées ont été supprimées ou déplacées avant elle</source>
        <translation>davor wurden Einträge gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>les dernières entrées du journal ont été supprimées</source>
        <translation>die letzten Einträge des Protokolls wurden gelöscht</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit a été altéré à partir de l&apos;entrée n° {seq} : {reason}.</source>
        <translation>Das Prüfprotokoll wurde ab Eintrag Nr. {seq} manipuliert: {reason}.</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit est intact ({n} entrées vérifiées).</source>
        <translation>Das Prüfprotokoll ist intakt ({n} Einträge geprüft).</translation>
    </message>
    <message>
        <source>Balise : dossiers d&apos;accompagnement des victimes de violences intrafamiliales, dans un coffre chiffré, hors ligne. Sans commande, ouvre l&apos;application.</source>
        <translation>Balise: Akten zur Begleitung von Opfern innerfamiliärer Gewalt, in einem verschlüsselten Tresor, offline. Ohne Befehl wird die Anwendung geöffnet.</translation>
    </message>
    <message>
        <source>afficher la version et quitter</source>
        <translation>Version anzeigen und beenden</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>dossier du coffre (par défaut : le coffre du service sur cet ordinateur)</source>
        <translation>Ordner des Tresors (Standard: der Tresor des Dienstes auf diesem Computer)</translation>
    </message>
    <message>
        <source>IDENTIFIANT</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>votre identifiant</source>
        <translation>Ihr Benutzername</translation>
    </message>
    <message>
        <source>un nombre de secondes entre 0 et 30 est attendu</source>
        <translation>erwartet wird eine Anzahl Sekunden zwischen 0 und 30</translation>
    </message>
    <message>
        <source>option avancée : durée visée pour dériver une clé (1 par défaut ; 0 = paramètres minimaux, jamais en dessous)</source>
        <translation>erweiterte Option: Zieldauer für die Ableitung eines Schlüssels (Standard 1; 0 = Mindestparameter, nie darunter)</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;application (commande par défaut).</source>
        <translation>Die Anwendung öffnen (Standardbefehl).</translation>
    </message>
    <message>
        <source>Créer le coffre d&apos;un service et le compte du ou de la coordinateur·rice.</source>
        <translation>Den Tresor eines Dienstes und das Konto der Koordinator·in erstellen.</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>nom du service</source>
        <translation>Name des Dienstes</translation>
    </message>
    <message>
        <source>COMMUNE</source>
        <translation>GEMEINDE</translation>
    </message>
    <message>
        <source>commune (nom ou code postal)</source>
        <translation>Gemeinde (Name oder Postleitzahl)</translation>
    </message>
    <message>
        <source>nom complet du ou de la coordinateur·rice</source>
        <translation>vollständiger Name der Koordinator·in</translation>
    </message>
    <message>
        <source>identifiant de connexion</source>
        <translation>Benutzername für die Anmeldung</translation>
    </message>
    <message>
        <source>Créer un coffre de démonstration rempli de personnes fictives.</source>
        <translation>Einen Demo-Tresor mit fiktiven Personen erstellen.</translation>
    </message>
    <message>
        <source>un nombre de dossiers entre 1 et 1 000 000</source>
        <translation>eine Anzahl Akten zwischen 1 und 1 000 000</translation>
    </message>
    <message>
        <source>nombre de dossiers (200 par défaut)</source>
        <translation>Anzahl Akten (Standard 200)</translation>
    </message>
    <message>
        <source>ne pas ouvrir l&apos;application ensuite</source>
        <translation>die Anwendung danach nicht öffnen</translation>
    </message>
    <message>
        <source>option avancée : graine pour des données reproductibles</source>
        <translation>erweiterte Option: Startwert für reproduzierbare Daten</translation>
    </message>
    <message>
        <source>Vérifier l&apos;intégrité du coffre (sans rien modifier).</source>
        <translation>Die Integrität des Tresors überprüfen (ohne etwas zu ändern).</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  le coffre est intact
  1  le coffre est endommagé : restaurez la dernière sauvegarde
  2  refusé : phrase de passe incorrecte, coffre introuvable, protection trop faible
  3  vérification impossible : disque plein, en lecture seule ou accès refusé
     (les données ne sont pas en cause : réglez le problème du disque, puis réessayez)</source>
        <translation>Exit-Codes:
  0  der Tresor ist intakt
  1  der Tresor ist beschädigt: Stellen Sie die letzte Sicherung wieder her
  2  abgelehnt: falsche Passphrase, Tresor nicht gefunden, Schutz zu schwach
  3  Prüfung unmöglich: Datenträger voll, schreibgeschützt oder Zugriff verweigert
     (die Daten sind nicht betroffen: Beheben Sie das Problem des Datenträgers und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>Changer sa phrase de passe, ou en choisir une nouvelle avec le code de récupération.</source>
        <translation>Die eigene Passphrase ändern oder mit dem Wiederherstellungscode eine neue wählen.</translation>
    </message>
    <message>
        <source>utiliser le code de récupération</source>
        <translation>den Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Vérifier que le journal d&apos;audit n&apos;a pas été altéré.</source>
        <translation>Überprüfen, dass das Prüfprotokoll nicht manipuliert wurde.</translation>
    </message>
    <message>
        <source>« verify » : vérifier la chaîne</source>
        <translation>„verify“: die Kette überprüfen</translation>
    </message>
    <message>
        <source>Interrompu.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Entrée interrompue.</source>
        <translation>Eingabe abgebrochen.</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite ; les détails techniques sont dans le journal de Balise.</source>
        <extracomment>the generic sentence (French source; translated once the GUI has started)</extracomment>
        <translation>Ein unerwarteter Fehler ist aufgetreten; die technischen Details stehen in der Logdatei von Balise.</translation>
    </message>
    <message>
        <source>{n} Mio</source>
        <translation>{n} MiB</translation>
    </message>
    <message>
        <source>Copie</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Vérification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Entrée terminée : une confirmation était attendue (ou --yes).</source>
        <translation>Eingabe beendet: Eine Bestätigung wurde erwartet (oder --yes).</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée du {quand} ({taille}) : « {chemin} ».</source>
        <translation>Überprüfte Sicherung vom {quand} ({taille}): „{chemin}“.</translation>
    </message>
    <message>
        <source>Copie externe vérifiée : « {chemin} ».</source>
        <translation>Überprüfte externe Kopie: „{chemin}“.</translation>
    </message>
    <message>
        <source>{n} sauvegarde(s) plus ancienne(s) retirée(s) par la rotation.</source>
        <translation>{n} ältere Sicherung(en) durch die Rotation entfernt.</translation>
    </message>
    <message>
        <source>Le dossier du coffre « {dossier} » n&apos;existe pas.</source>
        <translation>Der Ordner des Tresors „{dossier}“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cette sauvegarde appartient à un autre coffre.</source>
        <translation>Diese Sicherung gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>Phrase de passe (celle valable à la date de la sauvegarde) : </source>
        <translation>Passphrase (die zum Zeitpunkt der Sicherung gültige): </translation>
    </message>
    <message>
        <source>La sauvegarde du {quand} va remplacer le coffre actuel : ce qui a été enregistré après cette date sera perdu. Le coffre actuel est mis de côté dans le dossier du coffre, jamais supprimé.</source>
        <translation>Die Sicherung vom {quand} ersetzt den aktuellen Tresor: Was nach diesem Datum gespeichert wurde, geht verloren. Der aktuelle Tresor wird im Ordner des Tresors beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ? (oui/non) </source>
        <translation>Diese Sicherung wiederherstellen? (yes/no) </translation>
    </message>
    <message>
        <source>Rien n&apos;a été restauré.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>La sauvegarde du {quand} a été restaurée.</source>
        <translation>Die Sicherung vom {quand} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Le coffre remplacé se trouve dans « {chemin} ».</source>
        <translation>Der ersetzte Tresor befindet sich in „{chemin}“.</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) après cette sauvegarde ont été appliqués à nouveau (registre des effacements).</source>
        <translation>{n} nach dieser Sicherung erfolgte Löschung(en) wurden erneut angewendet (Löschregister).</translation>
    </message>
    <message>
        <source>Aucun dossier n&apos;a dépassé son délai de conservation.</source>
        <translation>Keine Akte hat ihre Aufbewahrungsfrist überschritten.</translation>
    </message>
    <message>
        <source>{n} dossier(s) clôturé(s) ont dépassé leur délai de conservation :</source>
        <translation>{n} abgeschlossene Akte(n) haben ihre Aufbewahrungsfrist überschritten:</translation>
    </message>
    <message>
        <source>Effacer définitivement ces {n} dossier(s) et tout ce qu&apos;ils contiennent ? (oui/non) </source>
        <translation>Diese {n} Akte(n) und ihren gesamten Inhalt endgültig löschen? (yes/no) </translation>
    </message>
    <message>
        <source>Rien n&apos;a été effacé.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>{n} dossier(s) effacé(s) définitivement.</source>
        <translation>{n} Akte(n) endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Sauvegarder le coffre maintenant (copie chiffrée, vérifiée).</source>
        <translation>Den Tresor jetzt sichern (verschlüsselte, überprüfte Kopie).</translation>
    </message>
    <message>
        <source>copier aussi la sauvegarde dans ce dossier (clé USB, disque réseau)</source>
        <translation>die Sicherung auch in diesen Ordner kopieren (USB-Stick, Netzlaufwerk)</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde ; le coffre actuel est mis de côté, jamais supprimé.</source>
        <translation>Eine Sicherung wiederherstellen; der aktuelle Tresor wird beiseitegelegt, nie gelöscht.</translation>
    </message>
    <message>
        <source>SAUVEGARDE</source>
        <translation>SICHERUNG</translation>
    </message>
    <message>
        <source>dossier de la sauvegarde</source>
        <translation>Ordner der Sicherung</translation>
    </message>
    <message>
        <source>ne pas demander de confirmation</source>
        <translation>nicht um Bestätigung bitten</translation>
    </message>
    <message>
        <source>Effacer définitivement les dossiers clôturés dont le délai de conservation est passé.</source>
        <translation>Abgeschlossene Akten, deren Aufbewahrungsfrist abgelaufen ist, endgültig löschen.</translation>
    </message>
    <message>
        <source>les dossiers qui ont dépassé leur délai de conservation</source>
        <translation>die Akten, die ihre Aufbewahrungsfrist überschritten haben</translation>
    </message>
    <message>
        <source>date attendue sous la forme AAAA-MM-JJ ou JJ/MM/AAAA : « {text} »</source>
        <translation>Datum im Format JJJJ-MM-TT oder TT/MM/JJJJ erwartet: „{text}“</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas.</source>
        <translation>Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {file} » : {reason}.</source>
        <translation>„{file}“ kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Indicateurs ({period}) enregistrés dans « {file} » (copie non chiffrée).</source>
        <translation>Indikatoren ({period}) in „{file}“ gespeichert (unverschlüsselte Kopie).</translation>
    </message>
    <message>
        <source>Exporter les indicateurs d&apos;une période (PDF pour le pouvoir subsidiant, ou CSV).</source>
        <translation>Die Indikatoren eines Zeitraums exportieren (PDF für die subsidiierende Behörde, oder CSV).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA)</source>
        <translation>erster Tag des Zeitraums (JJJJ-MM-TT oder TT/MM/JJJJ)</translation>
    </message>
    <message>
        <source>dernier jour de la période, inclus</source>
        <translation>letzter Tag des Zeitraums, einschließlich</translation>
    </message>
    <message>
        <source>pdf ou csv</source>
        <translation>pdf oder csv</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation>zu schreibende Datei</translation>
    </message>
    <message>
        <source>Entrée terminée : une phrase de passe était attendue.</source>
        <translation>Eingabe beendet: Eine Passphrase wurde erwartet.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;option {option}.</source>
        <translation>Geben Sie die Option {option} an.</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe (12 caractères au moins) : </source>
        <translation>Neue Passphrase (mindestens 12 Zeichen): </translation>
    </message>
    <message>
        <source>Solidité : {label}</source>
        <translation>Stärke: {label}</translation>
    </message>
    <message>
        <source>Confirmez la nouvelle phrase de passe : </source>
        <translation>Bestätigen Sie die neue Passphrase: </translation>
    </message>
    <message>
        <source>CODE DE RÉCUPÉRATION (affiché une seule fois) :</source>
        <translation>WIEDERHERSTELLUNGSCODE (wird nur einmal angezeigt):</translation>
    </message>
    <message>
        <source>Imprimez-le ou recopiez-le à la main maintenant, et rangez-le en lieu sûr, à l&apos;écart de l&apos;ordinateur portable (par exemple dans l&apos;armoire fermée du service). Il permet de rouvrir le coffre si toutes les phrases de passe sont oubliées ; quiconque le possède peut lire les dossiers.</source>
        <translation>Drucken Sie ihn jetzt aus oder schreiben Sie ihn von Hand ab und bewahren Sie ihn an einem sicheren Ort getrennt vom Laptop auf (zum Beispiel im abgeschlossenen Schrank des Dienstes). Mit ihm lässt sich der Tresor wieder öffnen, wenn alle Passphrasen vergessen sind; wer ihn besitzt, kann die Akten lesen.</translation>
    </message>
    <message>
        <source>Cette réponse est obligatoire.</source>
        <translation>Diese Antwort ist erforderlich.</translation>
    </message>
    <message>
        <source>Plusieurs communes correspondent à « {texte} » : {noms}. Indiquez le nom.</source>
        <translation>Mehrere Gemeinden passen zu „{texte}“: {noms}. Geben Sie den Namen an.</translation>
    </message>
    <message>
        <source>Commune inconnue : « {texte} ». Indiquez le nom d&apos;une commune wallonne ou son code postal.</source>
        <translation>Unbekannte Gemeinde: „{texte}“. Geben Sie den Namen einer wallonischen Gemeinde oder ihre Postleitzahl an.</translation>
    </message>
    <message>
        <source>utilisation : </source>
        <translation>Verwendung: </translation>
    </message>
    <message>
        <source>commandes</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>afficher cette aide et quitter</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>arguments obligatoires manquants : %s</source>
        <translation>erforderliche Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>arguments non reconnus : %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>choix inconnu : %(value)r (possibles : %(choices)s)</source>
        <translation>unbekannte Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>option %(argument_name)s : %(message)s</source>
        <translation>Option %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>une valeur est attendue</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>%(prog)s : erreur : %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà utilisé par un autre compte.</source>
        <translation>Dieser Benutzername wird bereits von einem anderen Konto verwendet.</translation>
    </message>
    <message>
        <source>Indiquez le nom complet.</source>
        <translation>Geben Sie den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>Choisissez un rôle.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Commune inconnue.</source>
        <translation>Unbekannte Gemeinde.</translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Il faut au moins un compte de coordination actif.</source>
        <translation>Es muss mindestens ein aktives Koordinationskonto geben.</translation>
    </message>
    <message>
        <source>Chaque personne choisit sa propre langue : vous ne pouvez changer que la vôtre.</source>
        <translation>Jede Person wählt ihre eigene Sprache: Sie können nur Ihre eigene ändern.</translation>
    </message>
    <message>
        <source>Langue inconnue : {code}.</source>
        <translation>Unbekannte Sprache: {code}.</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé : réactivez-le d&apos;abord.</source>
        <translation>Dieses Konto ist deaktiviert: Aktivieren Sie es zuerst wieder.</translation>
    </message>
    <message>
        <source>Atelier pour enfants</source>
        <translation>Workshop für Kinder</translation>
    </message>
    <message>
        <source>Groupe de parole</source>
        <translation>Gesprächsgruppe</translation>
    </message>
    <message>
        <source>Groupe de parents</source>
        <translation>Elterngruppe</translation>
    </message>
    <message>
        <source>Action de sensibilisation</source>
        <translation>Sensibilisierungsaktion</translation>
    </message>
    <message>
        <source>Animation en milieu scolaire</source>
        <translation>Aktion in der Schule</translation>
    </message>
    <message>
        <source>Formation de professionnel·les</source>
        <translation>Fortbildung für Fachkräfte</translation>
    </message>
    <message>
        <source>Réunion de réseau (plateforme)</source>
        <translation>Netzwerktreffen (Plattform)</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <source>Professionnel·les</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <source>Moins de 6 ans</source>
        <translation>Unter 6 Jahren</translation>
    </message>
    <message>
        <source>6 à 11 ans</source>
        <translation>6 bis 11 Jahre</translation>
    </message>
    <message>
        <source>12 à 17 ans</source>
        <translation>12 bis 17 Jahre</translation>
    </message>
    <message>
        <source>18 à 29 ans</source>
        <translation>18 bis 29 Jahre</translation>
    </message>
    <message>
        <source>30 à 44 ans</source>
        <translation>30 bis 44 Jahre</translation>
    </message>
    <message>
        <source>45 à 59 ans</source>
        <translation>45 bis 59 Jahre</translation>
    </message>
    <message>
        <source>60 ans et plus</source>
        <translation>60 Jahre und älter</translation>
    </message>
    <message>
        <source>Donnez un titre à l&apos;activité.</source>
        <extracomment>a kind whose participants are professionals by default</extracomment>
        <translation>Geben Sie der Aktivität einen Titel.</translation>
    </message>
    <message>
        <source>Le titre est trop long (200 caractères au plus).</source>
        <translation>Der Titel ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>L&apos;heure de fin suit l&apos;heure de début.</source>
        <translation>Die Endzeit muss nach der Anfangszeit liegen.</translation>
    </message>
    <message>
        <source>Un partenaire choisi n&apos;existe plus dans le répertoire.</source>
        <translation>Ein gewählter Partner existiert nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>Un·e animateur·rice choisi·e n&apos;existe plus.</source>
        <translation>Ein·e gewählte·r Moderator·in existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cette activité n&apos;existe plus.</source>
        <translation>Diese Aktivität existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;existe plus.</source>
        <translation>Diese Sitzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Des présences sont notées pour cette séance : retirez-les avant de l&apos;annuler.</source>
        <translation>Für diese Sitzung sind Anwesenheiten erfasst: Entfernen Sie sie, bevor Sie die Sitzung absagen.</translation>
    </message>
    <message>
        <source>Un effectif va de 1 à 1 000.</source>
        <translation>Eine Teilnehmerzahl liegt zwischen 1 und 1 000.</translation>
    </message>
    <message>
        <source>Le secteur ou l&apos;organisation ne se notent que pour des professionnel·les.</source>
        <translation>Sektor oder Organisation werden nur für Fachkräfte erfasst.</translation>
    </message>
    <message>
        <source>Secteur inconnu.</source>
        <translation>Unbekannter Sektor.</translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe plus dans le répertoire.</source>
        <translation>Diese Organisation existiert nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>Cette séance est annulée.</source>
        <translation>Diese Sitzung ist abgesagt.</translation>
    </message>
    <message>
        <source>Les présences se notent une fois la séance passée.</source>
        <translation>Anwesenheiten werden erfasst, sobald die Sitzung vorbei ist.</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Cette personne n&apos;appartient pas à ce dossier.</source>
        <translation>Diese Person gehört nicht zu dieser Akte.</translation>
    </message>
    <message>
        <source>Aucun dossier ne porte ce numéro.</source>
        <extracomment>people housed tonight (stays open today) stays overlapping the period, of the cases the reader may see requests waiting, by priority then date asked stays open past their planned end, hidden ones included (a count only)</extracomment>
        <translation>Keine Akte trägt diese Nummer.</translation>
    </message>
    <message>
        <source>Ce lien n&apos;existe plus.</source>
        <translation>Diese Verknüpfung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Les participant·es nommé·es se notent pour une formation.</source>
        <extracomment>links to cases the reader may not see: a count, never a reference</extracomment>
        <translation>Namentlich genannte Teilnehmende werden für eine Fortbildung erfasst.</translation>
    </message>
    <message>
        <source>Une personne choisie n&apos;est plus dans le répertoire.</source>
        <translation>Eine gewählte Person ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Déverrouillage refusé</source>
        <translation>Entsperren abgelehnt</translation>
    </message>
    <message>
        <source>Verrouillage</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Code de récupération utilisé</source>
        <translation>Wiederherstellungscode verwendet</translation>
    </message>
    <message>
        <source>Phrase de passe changée</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Dossier créé</source>
        <translation>Akte erstellt</translation>
    </message>
    <message>
        <source>Dossier consulté</source>
        <translation>Akte eingesehen</translation>
    </message>
    <message>
        <source>Dossier modifié</source>
        <translation>Akte geändert</translation>
    </message>
    <message>
        <source>Statut du dossier</source>
        <translation>Status der Akte</translation>
    </message>
    <message>
        <source>Courrier émis</source>
        <translation>Schreiben ausgestellt</translation>
    </message>
    <message>
        <source>Courrier imprimé</source>
        <translation>Schreiben gedruckt</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Dokument gespeichert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Compte modifié</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Paramètres modifiés</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restauration d&apos;une sauvegarde</source>
        <translation>Wiederherstellung einer Sicherung</translation>
    </message>
    <message>
        <source>Journal tronqué détecté</source>
        <translation>Gekürztes Protokoll erkannt</translation>
    </message>
    <message>
        <source>Logement d&apos;urgence modifié</source>
        <translation>Notunterkunft geändert</translation>
    </message>
    <message>
        <source>Adresse d&apos;un logement affichée</source>
        <translation>Adresse einer Unterkunft angezeigt</translation>
    </message>
    <message>
        <source>Activité collective modifiée</source>
        <translation>Gruppenaktivität geändert</translation>
    </message>
    <message>
        <source>{portable} : {n} entrées, chaîne intacte.</source>
        <translation>{portable}: {n} Einträge, Kette intakt.</translation>
    </message>
    <message>
        <source>{portable} : chaîne rompue à l&apos;entrée n° {seq} : {reason}.</source>
        <translation>{portable}: Kette unterbrochen bei Eintrag Nr. {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Trop de tentatives : attendez {s} secondes avant de réessayer.</source>
        <extracomment>the language Balise shows this user (``users.language``) failed-unlock counts this process could not write to disk (full or read-only)</extracomment>
        <translation>Zu viele Versuche: Warten Sie {s} Sekunden, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Adressez-vous au ou à la coordinateur·rice.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an die Koordinator·in.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;existe plus.</source>
        <extracomment>one organisation of the directory: the consent then covers only that partner
----------
tables with a ``case_id`` that an erasure keeps: the audit trail keeps the case&apos;s identifier (never its content) so that the erasure itself is traced
----------
score thresholds: below MEDIUM → low, below HIGH → medium, below CRITICAL → high</extracomment>
        <translation>Diese Akte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>La copie externe n&apos;a pas pu être faite : le dossier « {dossier} » n&apos;est pas accessible (clé USB retirée, disque réseau déconnecté ?). La sauvegarde dans le dossier du coffre a bien été faite.</source>
        <extracomment>a last verified backup older than this is pointed out on the home page French sentence when the external copy could not be made (the local one was)</extracomment>
        <translation>Die externe Kopie konnte nicht erstellt werden: Der Ordner „{dossier}“ ist nicht erreichbar (USB-Stick entfernt, Netzlaufwerk getrennt?). Die Sicherung im Ordner des Tresors wurde erstellt.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée du coffre n&apos;existe encore.</source>
        <translation>Es gibt noch keine überprüfte Sicherung des Tresors.</translation>
    </message>
    <message>
        <source>La dernière sauvegarde vérifiée date du {date} : plus d&apos;une semaine.</source>
        <translation>Die letzte überprüfte Sicherung stammt vom {date}: vor mehr als einer Woche.</translation>
    </message>
    <message>
        <source>Aucune copie externe n&apos;est prévue : choisissez une clé USB ou un disque réseau dans Paramètres › Sauvegardes.</source>
        <translation>Keine externe Kopie vorgesehen: Wählen Sie einen USB-Stick oder ein Netzlaufwerk unter Einstellungen › Sicherungen.</translation>
    </message>
    <message>
        <source>Aucune copie externe n&apos;existe encore sur « {dossier} ».</source>
        <translation>Auf „{dossier}“ gibt es noch keine externe Kopie.</translation>
    </message>
    <message>
        <source>La dernière copie externe date du {date} : plus d&apos;une semaine.</source>
        <translation>Die letzte externe Kopie stammt vom {date}: vor mehr als einer Woche.</translation>
    </message>
    <message>
        <source>{date} à {heure}</source>
        <translation>{date} um {heure}</translation>
    </message>
    <message>
        <source>Le trousseau de clés enregistré avec la sauvegarde vérifiée du {quand} se trouve dans « {chemin} » : copiez-le à la place de keyring.json dans le dossier du coffre (les phrases de passe valables à cette date s&apos;appliqueront), ou restaurez toute la sauvegarde : balise restore --vault « {coffre} » « {sauvegarde} ».</source>
        <translation>Der mit der überprüften Sicherung vom {quand} gespeicherte Schlüsselbund befindet sich in „{chemin}“: Kopieren Sie ihn anstelle von keyring.json in den Ordner des Tresors (dann gelten die zu diesem Datum gültigen Passphrasen), oder stellen Sie die gesamte Sicherung wieder her: balise restore --vault „{coffre}“ „{sauvegarde}“.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée n&apos;a été trouvée dans le dossier « sauvegardes » du coffre. Si une copie existe sur une clé USB ou un disque réseau, restaurez-la.</source>
        <translation>Im Ordner „sauvegardes“ des Tresors wurde keine überprüfte Sicherung gefunden. Wenn auf einem USB-Stick oder einem Netzlaufwerk eine Kopie existiert, stellen Sie diese wieder her.</translation>
    </message>
    <message>
        <source>La sauvegarde vérifiée la plus récente date du {quand} : ce qui a été enregistré après cette date serait perdu. Pour la restaurer : balise restore --vault « {coffre} » « {sauvegarde} ».</source>
        <translation>Die neueste überprüfte Sicherung stammt vom {quand}: Was nach diesem Datum gespeichert wurde, ginge verloren. Zum Wiederherstellen: balise restore --vault „{coffre}“ „{sauvegarde}“.</translation>
    </message>
    <message>
        <source>Choisissez la commune.</source>
        <translation>Wählen Sie die Gemeinde.</translation>
    </message>
    <message>
        <source>Cochez au moins un type de violence.</source>
        <translation>Kreuzen Sie mindestens eine Gewaltform an.</translation>
    </message>
    <message>
        <source>Le dernier fait connu ne peut pas précéder le premier.</source>
        <translation>Der letzte bekannte Vorfall kann nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>Un dossier doit avoir au moins un·e intervenant·e attitré·e.</source>
        <translation>Eine Akte muss mindestens eine zuständige Fachkraft haben.</translation>
    </message>
    <message>
        <source>Indiquez au moins un nom, un prénom ou un pseudonyme.</source>
        <translation>Geben Sie mindestens einen Namen, einen Vornamen oder ein Pseudonym an.</translation>
    </message>
    <message>
        <source>Cochez au moins un type de violence (même provisoire).</source>
        <translation>Kreuzen Sie mindestens eine Gewaltform an (auch vorläufig).</translation>
    </message>
    <message>
        <source>Type de violence inconnu.</source>
        <translation>Unbekannte Gewaltform.</translation>
    </message>
    <message>
        <source>Origine de la demande inconnue.</source>
        <translation>Unbekannte Herkunft der Anfrage.</translation>
    </message>
    <message>
        <source>Indiquez le motif de clôture.</source>
        <translation>Geben Sie den Grund für den Abschluss an.</translation>
    </message>
    <message>
        <source>Ce dossier est déjà clôturé.</source>
        <translation>Diese Akte ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Seul un dossier ouvert peut être mis en pause.</source>
        <translation>Nur eine offene Akte kann pausiert werden.</translation>
    </message>
    <message>
        <source>Indiquez avec qui les informations peuvent être partagées.</source>
        <translation>Geben Sie an, mit wem die Informationen geteilt werden dürfen.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe plus.</source>
        <translation>Dieser Partner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Indiquez dans quel but.</source>
        <translation>Geben Sie den Zweck an.</translation>
    </message>
    <message>
        <source>Ce consentement n&apos;existe plus.</source>
        <translation>Diese Einwilligung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Ce consentement a déjà été retiré.</source>
        <translation>Diese Einwilligung wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>Le retrait ne peut pas précéder la date du consentement.</source>
        <translation>Der Widerruf kann nicht vor dem Datum der Einwilligung liegen.</translation>
    </message>
    <message>
        <source>La personne n&apos;a pas (ou plus) donné son accord pour l&apos;enregistrement.</source>
        <translation>Die Person hat der Speicherung nicht (oder nicht mehr) zugestimmt.</translation>
    </message>
    <message>
        <source>Accord donné le {date}.</source>
        <translation>Einwilligung erteilt am {date}.</translation>
    </message>
    <message>
        <source>L&apos;accord de partage avec ce destinataire a été retiré.</source>
        <translation>Die Einwilligung zur Weitergabe an diesen Empfänger wurde widerrufen.</translation>
    </message>
    <message>
        <source>Aucun accord de partage enregistré pour ce destinataire et ce but. Demandez l&apos;accord de la personne et notez-le dans le registre des consentements.</source>
        <translation>Für diesen Empfänger und diesen Zweck ist keine Einwilligung zur Weitergabe erfasst. Bitten Sie die Person um ihre Einwilligung und tragen Sie sie in das Einwilligungsregister ein.</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Référent·e VIF</source>
        <translation>Referent·in VIF</translation>
    </message>
    <message>
        <source>Éducateur·rice de rue</source>
        <translation>Streetworker·in</translation>
    </message>
    <message>
        <source>Lors du dernier verrouillage, Balise n&apos;a pas pu conserver tout ce que vous étiez en train de taper : au moins un formulaire non enregistré est perdu. Cela arrive notamment quand le disque est plein. Vérifiez la place libre sur le disque, puis ressaisissez ces informations.</source>
        <extracomment>an empty file in the vault folder, named after the account&apos;s random id: a draft of that account could not be kept (no personal data, nothing but the fact)</extracomment>
        <translation>Beim letzten Sperren konnte Balise nicht alles speichern, was Sie gerade eingegeben hatten: Mindestens ein nicht gespeichertes Formular ist verloren. Das passiert vor allem, wenn der Datenträger voll ist. Prüfen Sie den freien Speicherplatz und geben Sie diese Informationen dann erneut ein.</translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 minute et 24 heures.</source>
        <translation>Die Dauer muss zwischen 1 Minute und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>Un suivi futur ne peut pas être marqué « réalisé ».</source>
        <translation>Eine zukünftige Begleitung kann nicht als „erledigt“ markiert werden.</translation>
    </message>
    <message>
        <source>Résumez ce qui s&apos;est passé.</source>
        <translation>Fassen Sie zusammen, was geschehen ist.</translation>
    </message>
    <message>
        <source>Ce suivi n&apos;existe plus.</source>
        <extracomment>how many follow-ups the case screen shows at a time (a case can hold a thousand)</extracomment>
        <translation>Diese Begleitung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Maison d&apos;accueil / refuge</source>
        <translation>Frauenhaus / Zufluchtsort</translation>
    </message>
    <message>
        <source>Logement social / AIS</source>
        <translation>Sozialwohnung / AIS</translation>
    </message>
    <message>
        <source>Logement privé</source>
        <translation>Private Wohnung</translation>
    </message>
    <message>
        <source>Famille ou amis</source>
        <translation>Familie oder Freunde</translation>
    </message>
    <message>
        <source>Retour au domicile</source>
        <translation>Rückkehr nach Hause</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Inconnue</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Hébergé·e</source>
        <translation>Untergebracht</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Orientée ailleurs</source>
        <translation>Anderswo vermittelt</translation>
    </message>
    <message>
        <source>Urgente</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Haute</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>depuis le {day}</source>
        <extracomment>None keeps the stored address when a unit is changed</extracomment>
        <translation>seit dem {day}</translation>
    </message>
    <message>
        <source>Donnez un nom au logement (sans son adresse, ex. « Appartement A »).</source>
        <translation>Geben Sie der Unterkunft einen Namen (ohne Adresse, z. B. „Wohnung A“).</translation>
    </message>
    <message>
        <source>Le nom est trop long (120 caractères au plus).</source>
        <translation>Der Name ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
    <message>
        <source>La capacité va de 1 à 50 places.</source>
        <translation>Die Kapazität liegt zwischen 1 und 50 Plätzen.</translation>
    </message>
    <message>
        <source>Indiquez depuis quand le logement est disponible.</source>
        <translation>Geben Sie an, seit wann die Unterkunft verfügbar ist.</translation>
    </message>
    <message>
        <source>La fin de disponibilité ne peut pas précéder son début.</source>
        <translation>Das Ende der Verfügbarkeit kann nicht vor ihrem Beginn liegen.</translation>
    </message>
    <message>
        <source>Ce logement n&apos;existe plus.</source>
        <translation>Diese Unterkunft existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{unit}, depuis le {entry}</source>
        <extracomment>nights slept so far (the counting rule of app.core.housing_occupancy) still open after its planned end: the exit was probably not noted</extracomment>
        <translation>{unit}, seit dem {entry}</translation>
    </message>
    <message>
        <source>{unit}, du {entry} au {exit}</source>
        <translation>{unit}, vom {entry} bis {exit}</translation>
    </message>
    <message>
        <source>L&apos;entrée ne peut pas être datée dans le futur : la liste d&apos;attente sert avant.</source>
        <translation>Der Einzug kann nicht in der Zukunft liegen: Dafür ist die Warteliste da.</translation>
    </message>
    <message>
        <source>Le logement n&apos;est pas disponible à cette date.</source>
        <translation>Die Unterkunft ist an diesem Datum nicht verfügbar.</translation>
    </message>
    <message>
        <source>La sortie prévue ne peut pas précéder l&apos;entrée.</source>
        <translation>Der geplante Auszug kann nicht vor dem Einzug liegen.</translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder l&apos;entrée.</source>
        <translation>Der Auszug kann nicht vor dem Einzug liegen.</translation>
    </message>
    <message>
        <source>La sortie effective ne peut pas être dans le futur : notez la sortie prévue.</source>
        <translation>Der tatsächliche Auszug kann nicht in der Zukunft liegen: Tragen Sie den geplanten Auszug ein.</translation>
    </message>
    <message>
        <source>La destination après le séjour se note avec la date de sortie.</source>
        <translation>Das Ziel nach dem Aufenthalt wird mit dem Auszugsdatum erfasst.</translation>
    </message>
    <message>
        <source>Cochez au moins une personne hébergée (victime, enfants).</source>
        <translation>Kreuzen Sie mindestens eine untergebrachte Person an (Opfer, Kinder).</translation>
    </message>
    <message>
        <source>Une des personnes cochées n&apos;appartient pas (ou plus) à ce dossier.</source>
        <translation>Eine der angekreuzten Personen gehört nicht (oder nicht mehr) zu dieser Akte.</translation>
    </message>
    <message>
        <source>Le logement n&apos;a que {n} place(s) : avec les séjours en cours, il serait sur-occupé à ces dates.</source>
        <translation>Die Unterkunft hat nur {n} Platz/Plätze: Mit den laufenden Aufenthalten wäre sie an diesen Tagen überbelegt.</translation>
    </message>
    <message>
        <source>Ce séjour n&apos;existe plus.</source>
        <translation>Dieser Aufenthalt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>La demande ne peut pas être datée dans le futur.</source>
        <extracomment>days waited (up to today while waiting)</extracomment>
        <translation>Die Anfrage kann nicht in der Zukunft datiert werden.</translation>
    </message>
    <message>
        <source>De 1 à 20 personnes.</source>
        <translation>1 bis 20 Personen.</translation>
    </message>
    <message>
        <source>Cette demande n&apos;existe plus.</source>
        <translation>Diese Anfrage existiert nicht mehr.</translation>
    </message>
    <message>
        <source>La clôture ne peut pas précéder la demande.</source>
        <translation>Der Abschluss kann nicht vor der Anfrage liegen.</translation>
    </message>
    <message>
        <source>Une nuit compte quand quelqu&apos;un dort sur place : le jour d&apos;entrée compte, le jour de sortie non (une entrée et une sortie le même jour ne font aucune nuit). Un séjour sans date de sortie compte jusqu&apos;à ce soir, jamais au-delà.</source>
        <translation>Eine Nacht zählt, wenn jemand vor Ort schläft: Der Einzugstag zählt, der Auszugstag nicht (Einzug und Auszug am selben Tag ergeben keine Nacht). Ein Aufenthalt ohne Auszugsdatum zählt bis heute Abend, nie darüber hinaus.</translation>
    </message>
    <message>
        <source>non disponible</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>{occupied} mois sur {available}</source>
        <translation>{occupied} Monate von {available}</translation>
    </message>
    <message>
        <source>{occupied} nuits sur {available} ({rate} %)</source>
        <translation>{occupied} Nächte von {available} ({rate} %)</translation>
    </message>
    <message>
        <source>Un semestre est le 1er ou le 2e.</source>
        <translation>Ein Halbjahr ist das 1. oder das 2.</translation>
    </message>
    <message>
        <source>La fin de la période ne peut pas précéder son début.</source>
        <translation>Das Ende des Zeitraums kann nicht vor seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Année {year}</source>
        <translation>Jahr {year}</translation>
    </message>
    <message>
        <source>1er semestre {year}</source>
        <translation>1. Halbjahr {year}</translation>
    </message>
    <message>
        <source>2e semestre {year}</source>
        <translation>2. Halbjahr {year}</translation>
    </message>
    <message>
        <source>S{half} {year}</source>
        <translation>H{half} {year}</translation>
    </message>
    <message>
        <source>Ensemble des logements</source>
        <extracomment>how a person would rather look at it: &quot;bar&quot;, &quot;pie&quot; or &quot;&quot; (a table is enough) the service&apos;s PSSP/PCS objectives, each with its indicators (in the set order)</extracomment>
        <translation>Alle Unterkünfte</translation>
    </message>
    <message>
        <source>PSSP (plan stratégique de sécurité et de prévention)</source>
        <translation>PSSP (strategischer Sicherheits- und Präventionsplan)</translation>
    </message>
    <message>
        <source>PCS (plan de cohésion sociale)</source>
        <translation>PCS (Plan für sozialen Zusammenhalt)</translation>
    </message>
    <message>
        <source>Occupation des logements d&apos;urgence</source>
        <extracomment>the occupancy table is built apart from the specs (a place, not people)</extracomment>
        <translation>Belegung der Notunterkünfte</translation>
    </message>
    <message>
        <source>{programme} — {code} : {title}</source>
        <extracomment>codes of the catalogue, in the order they were attached</extracomment>
        <translation>{programme} — {code}: {title}</translation>
    </message>
    <message>
        <source>Choisissez le programme du financeur (PSSP ou PCS).</source>
        <translation>Wählen Sie das Programm des Geldgebers (PSSP oder PCS).</translation>
    </message>
    <message>
        <source>Indiquez le code de l&apos;objectif tel que le financeur l&apos;écrit (ex. « OS 1.2 »).</source>
        <translation>Geben Sie den Code des Ziels so an, wie der Geldgeber ihn schreibt (z. B. „OS 1.2“).</translation>
    </message>
    <message>
        <source>Le code est trop long (20 caractères au plus).</source>
        <translation>Der Code ist zu lang (höchstens 20 Zeichen).</translation>
    </message>
    <message>
        <source>Donnez un intitulé à l&apos;objectif.</source>
        <translation>Geben Sie dem Ziel eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Cet objectif n&apos;existe plus.</source>
        <translation>Dieses Ziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Un objectif {programme} porte déjà le code « {code} ».</source>
        <translation>Ein {programme}-Ziel hat bereits den Code „{code}“.</translation>
    </message>
    <message>
        <source>Indicateur inconnu : {codes}.</source>
        <translation>Unbekannter Indikator: {codes}.</translation>
    </message>
    <message>
        <source>Mois occupés sur mois de disponibilité du logement pendant la période (une période en cours s&apos;arrête à aujourd&apos;hui). </source>
        <translation>Belegte Monate im Verhältnis zu den Monaten, in denen die Unterkunft im Zeitraum verfügbar war (ein laufender Zeitraum endet heute). </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Comparée à</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Évolution</source>
        <extracomment>a column of occupancy (« 15,5 mois sur 24 », bold in the total row)</extracomment>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Aucun indicateur attaché</source>
        <translation>Kein Indikator zugeordnet</translation>
    </message>
    <message>
        <source>{cases} dossiers, {people} personnes, {followups} suivis, {users} comptes, {slots} emplacements de clé ; SQLCipher {version}.</source>
        <extracomment>byte lengths inside a slot: salt, GCM nonce, wrapped 32-byte key + 16-byte tag</extracomment>
        <translation>{cases} Akten, {people} Personen, {followups} Begleitungen, {users} Konten, {slots} Schlüsselplätze; SQLCipher {version}.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé : {n} problème(s) détecté(s) par les contrôles d&apos;intégrité des pages chiffrées.</source>
        <translation>Die Datei des Tresors ist beschädigt: {n} Problem(e) von den Integritätsprüfungen der verschlüsselten Seiten erkannt.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé : une partie des données ne peut plus être lue ni déchiffrée.</source>
        <translation>Die Datei des Tresors ist beschädigt: Ein Teil der Daten kann nicht mehr gelesen oder entschlüsselt werden.</translation>
    </message>
    <message>
        <source>Le trousseau de clés (keyring.json) est illisible.</source>
        <translation>Der Schlüsselbund (keyring.json) ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Le trousseau de clés (keyring.json) a un format inconnu.</source>
        <translation>Der Schlüsselbund (keyring.json) hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>Le trousseau de clés ne contient pas d&apos;identifiant de coffre valide.</source>
        <translation>Der Schlüsselbund enthält keine gültige Tresor-Kennung.</translation>
    </message>
    <message>
        <source>Le trousseau de clés ne contient aucun emplacement de clé.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüsselplatz.</translation>
    </message>
    <message>
        <source>Un emplacement du trousseau de clés est incomplet ou illisible.</source>
        <translation>Ein Platz im Schlüsselbund ist unvollständig oder nicht lesbar.</translation>
    </message>
    <message>
        <source>Le trousseau de clés doit contenir exactement un code de récupération (il en contient {n}).</source>
        <translation>Der Schlüsselbund muss genau einen Wiederherstellungscode enthalten (er enthält {n}).</translation>
    </message>
    <message>
        <source>Deux emplacements du trousseau de clés portent le même identifiant.</source>
        <translation>Zwei Plätze im Schlüsselbund tragen dieselbe Kennung.</translation>
    </message>
    <message>
        <source>Un emplacement du trousseau de clés utilise une protection inférieure au minimum.</source>
        <translation>Ein Platz im Schlüsselbund verwendet einen Schutz unter dem Minimum.</translation>
    </message>
    <message>
        <source>Le trousseau de clés n&apos;appartient pas à ce coffre (identifiant différent).</source>
        <translation>Der Schlüsselbund gehört nicht zu diesem Tresor (andere Kennung).</translation>
    </message>
    <message>
        <source>{n} compte(s) actif(s) n&apos;ont pas d&apos;emplacement de clé correspondant.</source>
        <translation>{n} aktive(s) Konto/Konten haben keinen passenden Schlüsselplatz.</translation>
    </message>
    <message>
        <source>Plusieurs emplacements de clé concernent le même compte.</source>
        <translation>Mehrere Schlüsselplätze betreffen dasselbe Konto.</translation>
    </message>
    <message>
        <source>{n} emplacement(s) de clé du trousseau ne correspondent à aucun compte.</source>
        <translation>{n} Schlüsselplatz/-plätze im Schlüsselbund passen zu keinem Konto.</translation>
    </message>
    <message>
        <source>Prise en charge</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation>Ohne Folge</translation>
    </message>
    <message>
        <source>Sans accord — {reason}</source>
        <translation>Ohne Einwilligung — {reason}</translation>
    </message>
    <message>
        <source>Accord de partage enregistré</source>
        <translation>Einwilligung zur Weitergabe erfasst</translation>
    </message>
    <message>
        <source>Remis à la personne</source>
        <translation>Der Person ausgehändigt</translation>
    </message>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Dieses Dokument existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Seule une orientation a une suite.</source>
        <extracomment>what may happen to an issued document&apos;s bytes outside the vault</extracomment>
        <translation>Nur eine Überweisung hat ein Ergebnis.</translation>
    </message>
    <message>
        <source>La suite ne peut pas précéder la date du courrier.</source>
        <translation>Das Ergebnis kann nicht vor dem Datum des Schreibens liegen.</translation>
    </message>
    <message>
        <source>la personne concernée</source>
        <translation>die betreffende Person</translation>
    </message>
    <message>
        <source>1 an</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>{n} ans</source>
        <translation>{n} Jahre</translation>
    </message>
    <message>
        <source>Aucune victime principale dans le dossier.</source>
        <translation>Kein Hauptopfer in der Akte.</translation>
    </message>
    <message>
        <source>(nom masqué à la demande de la personne)</source>
        <translation>(Name auf Wunsch der Person ausgeblendet)</translation>
    </message>
    <message>
        <source>Date de naissance non notée.</source>
        <translation>Geburtsdatum nicht erfasst.</translation>
    </message>
    <message>
        <source>Numéro non noté.</source>
        <translation>Nummer nicht erfasst.</translation>
    </message>
    <message>
        <source>Langues non notées.</source>
        <translation>Sprachen nicht erfasst.</translation>
    </message>
    <message>
        <source>Aucun numéro sûr noté : le numéro ordinaire n&apos;est jamais imprimé.</source>
        <translation>Keine sichere Nummer erfasst: Die gewöhnliche Nummer wird nie gedruckt.</translation>
    </message>
    <message>
        <source>à appeler : {times}</source>
        <translation>anrufen: {times}</translation>
    </message>
    <message>
        <source>ne pas laisser de message</source>
        <translation>keine Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>ne laisser un message qu&apos;après accord</source>
        <translation>Nachricht nur nach Absprache hinterlassen</translation>
    </message>
    <message>
        <source>Adresse non notée.</source>
        <translation>Adresse nicht erfasst.</translation>
    </message>
    <message>
        <source>La personne masque son identité : son adresse n&apos;est pas imprimée.</source>
        <translation>Die Person verbirgt ihre Identität: Ihre Adresse wird nicht gedruckt.</translation>
    </message>
    <message>
        <source>Le courrier à cette adresse n&apos;est pas noté comme sûr (règles de contact).</source>
        <translation>Post an diese Adresse ist nicht als sicher erfasst (Kontaktregeln).</translation>
    </message>
    <message>
        <source>Aucun résumé de situation noté.</source>
        <translation>Keine Zusammenfassung der Situation erfasst.</translation>
    </message>
    <message>
        <source>Aucun type de violence noté.</source>
        <translation>Keine Gewaltform erfasst.</translation>
    </message>
    <message>
        <source>premiers faits : {d}</source>
        <translation>erste Vorfälle: {d}</translation>
    </message>
    <message>
        <source>derniers faits : {d}</source>
        <translation>letzte Vorfälle: {d}</translation>
    </message>
    <message>
        <source>Enfants exposés aux violences.</source>
        <translation>Kinder sind der Gewalt ausgesetzt.</translation>
    </message>
    <message>
        <source>Aucun enfant noté dans le dossier.</source>
        <translation>Keine Kinder in der Akte erfasst.</translation>
    </message>
    <message>
        <source>un enfant</source>
        <translation>ein Kind</translation>
    </message>
    <message>
        <source>exposés aux violences</source>
        <translation>der Gewalt ausgesetzt</translation>
    </message>
    <message>
        <source>Aucune plainte notée.</source>
        <translation>Keine Anzeige erfasst.</translation>
    </message>
    <message>
        <source>déposée le {d}</source>
        <translation>erstattet am {d}</translation>
    </message>
    <message>
        <source>, PV n° {pv}</source>
        <translation>, Protokoll Nr. {pv}</translation>
    </message>
    <message>
        <source>interdiction temporaire de résidence ordonnée le {start}, jusqu&apos;au {end}</source>
        <translation>vorläufiges Hausverbot angeordnet am {start}, bis {end}</translation>
    </message>
    <message>
        <source>requête au tribunal de la famille le {d}</source>
        <translation>Antrag beim Familiengericht am {d}</translation>
    </message>
    <message>
        <source>, audience le {d}</source>
        <translation>, Anhörung am {d}</translation>
    </message>
    <message>
        <source>Aucune mesure de protection notée.</source>
        <translation>Keine Schutzmaßnahme erfasst.</translation>
    </message>
    <message>
        <source>Aucune évaluation du risque.</source>
        <translation>Keine Risikoeinschätzung.</translation>
    </message>
    <message>
        <source>(évalué le {d})</source>
        <translation>(eingeschätzt am {d})</translation>
    </message>
    <message>
        <source>Aucun auteur présumé noté.</source>
        <translation>Kein·e mutmaßliche·r Täter·in erfasst.</translation>
    </message>
    <message>
        <source>vit avec la personne</source>
        <translation>lebt mit der Person zusammen</translation>
    </message>
    <message>
        <source>ne vit pas avec la personne</source>
        <translation>lebt nicht mit der Person zusammen</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Langue(s) parlée(s)</source>
        <translation>Gesprochene Sprache(n)</translation>
    </message>
    <message>
        <source>Téléphone sûr</source>
        <translation>Sicheres Telefon</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Suivi par notre service depuis le</source>
        <translation>Von unserem Dienst begleitet seit dem</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Violences rapportées</source>
        <translation>Gemeldete Gewalt</translation>
    </message>
    <message>
        <source>Lien avec l&apos;auteur présumé</source>
        <translation>Beziehung zur/zum mutmaßlichen Täter·in</translation>
    </message>
    <message>
        <source>Plainte</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Mesures de protection</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>Niveau de risque évalué</source>
        <translation>Eingeschätzte Risikostufe</translation>
    </message>
    <message>
        <source>Madame,</source>
        <extracomment>the language the document is written (and drawn) in; &quot;&quot;: the screen&apos;s the template had no text in that language: its body is the French one</extracomment>
        <translation>Sehr geehrte Frau,</translation>
    </message>
    <message>
        <source>Monsieur,</source>
        <translation>Sehr geehrter Herr,</translation>
    </message>
    <message>
        <source>une prise en charge par votre service</source>
        <translation>eine Übernahme durch Ihren Dienst</translation>
    </message>
    <message>
        <source>une concertation sur sa situation</source>
        <translation>eine Absprache über ihre Situation</translation>
    </message>
    <message>
        <source>l&apos;établissement d&apos;une attestation</source>
        <translation>die Ausstellung einer Bescheinigung</translation>
    </message>
    <message>
        <source>des démarches juridiques ou judiciaires</source>
        <translation>rechtliche oder gerichtliche Schritte</translation>
    </message>
    <message>
        <source>une solution d&apos;hébergement ou de logement</source>
        <translation>eine Lösung für Unterbringung oder Wohnung</translation>
    </message>
    <message>
        <source>un accompagnement par votre service</source>
        <translation>eine Begleitung durch Ihren Dienst</translation>
    </message>
    <message>
        <source>Information inconnue : {code}.</source>
        <translation>Unbekannte Angabe: {code}.</translation>
    </message>
    <message>
        <source>« {label} » ne peut pas être inclus : {why}</source>
        <translation>„{label}“ kann nicht aufgenommen werden: {why}</translation>
    </message>
    <message>
        <source>Cette personne de contact n&apos;existe plus.</source>
        <translation>Diese Kontaktperson existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cette organisation est inactive dans le répertoire.</source>
        <translation>Diese Organisation ist im Verzeichnis inaktiv.</translation>
    </message>
    <message>
        <source>Pour passer outre, indiquez pourquoi (au moins {n} caractères) : la raison sera enregistrée avec le courrier.</source>
        <translation>Um sich darüber hinwegzusetzen, geben Sie den Grund an (mindestens {n} Zeichen): Der Grund wird mit dem Schreiben gespeichert.</translation>
    </message>
    <message>
        <source>À l&apos;attention de {who}</source>
        <translation>Zu Händen von {who}</translation>
    </message>
    <message>
        <source>Informations transmises avec l&apos;accord de la personne</source>
        <translation>Mit Einwilligung der Person übermittelte Informationen</translation>
    </message>
    <message>
        <source>Informations transmises</source>
        <translation>Übermittelte Informationen</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas de victime principale.</source>
        <translation>Diese Akte hat kein Hauptopfer.</translation>
    </message>
    <message>
        <source>La date de naissance n&apos;est pas notée.</source>
        <translation>Das Geburtsdatum ist nicht erfasst.</translation>
    </message>
    <message>
        <source>, né{e} le {date},</source>
        <translation>, geboren am {date},</translation>
    </message>
    <message>
        <source>À qui de droit</source>
        <translation>An die zuständige Stelle</translation>
    </message>
    <message>
        <source>Fait à {place}</source>
        <translation>Ausgestellt in {place}</translation>
    </message>
    <message>
        <source>Numéro de téléphone non reconnu (chiffres, espaces, + . / - uniquement).</source>
        <extracomment>the language letters to this organisation are written in (app.i18n.LANGUAGES)</extracomment>
        <translation>Telefonnummer nicht erkannt (nur Ziffern, Leerzeichen, + . / -).</translation>
    </message>
    <message>
        <source>Adresse e-mail non reconnue.</source>
        <translation>E-Mail-Adresse nicht erkannt.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Rue</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Contact n° {n}, nom</source>
        <translation>Kontakt Nr. {n}, Name</translation>
    </message>
    <message>
        <source>Contact n° {n}, fonction</source>
        <translation>Kontakt Nr. {n}, Funktion</translation>
    </message>
    <message>
        <source>Contact n° {n}, téléphone</source>
        <translation>Kontakt Nr. {n}, Telefon</translation>
    </message>
    <message>
        <source>Contact n° {n}, e-mail</source>
        <translation>Kontakt Nr. {n}, E-Mail</translation>
    </message>
    <message>
        <source>Contact n° {n}, notes</source>
        <translation>Kontakt Nr. {n}, Notizen</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;organisation.</source>
        <translation>Geben Sie den Namen der Organisation an.</translation>
    </message>
    <message>
        <source>Le nom est trop long (200 caractères au plus).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Choisissez le secteur.</source>
        <translation>Wählen Sie den Sektor.</translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue.</source>
        <translation>Die Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>Contact n° {n} : indiquez son nom.</source>
        <translation>Kontakt Nr. {n}: Geben Sie den Namen an.</translation>
    </message>
    <message>
        <source>Contact n° {n} : {message}</source>
        <translation>Kontakt Nr. {n}: {message}</translation>
    </message>
    <message>
        <source>Toutes les communes</source>
        <translation>Alle Gemeinden</translation>
    </message>
    <message>
        <source>guillemet ouvert mais jamais fermé.</source>
        <translation>Anführungszeichen geöffnet, aber nie geschlossen.</translation>
    </message>
    <message>
        <source>une cellule dépasse {n} caractères.</source>
        <translation>eine Zelle überschreitet {n} Zeichen.</translation>
    </message>
    <message>
        <source>ligne illisible ({error}).</source>
        <translation>unlesbare Zeile ({error}).</translation>
    </message>
    <message>
        <source>contact « {text} » : quatre parties au plus (nom | fonction | tél. | e-mail).</source>
        <translation>Kontakt „{text}“: höchstens vier Teile (Name | Funktion | Tel. | E-Mail).</translation>
    </message>
    <message>
        <source>colonne « actif » : écrivez oui ou non.</source>
        <translation>Spalte „actif“: Schreiben Sie oui oder non.</translation>
    </message>
    <message>
        <source>colonne « langue » : écrivez fr, nl, de ou en (« {value} » est inconnu).</source>
        <extracomment>what a ``langue`` cell may say, folded: the code or the language&apos;s name (in French or in itself)</extracomment>
        <translation>Spalte „langue“: Schreiben Sie fr, nl, de oder en („{value}“ ist unbekannt).</translation>
    </message>
    <message>
        <source>secteur « {sector} » inconnu.</source>
        <translation>Sektor „{sector}“ unbekannt.</translation>
    </message>
    <message>
        <source>le secteur manque.</source>
        <translation>der Sektor fehlt.</translation>
    </message>
    <message>
        <source>commune « {name} » inconnue.</source>
        <translation>Gemeinde „{name}“ unbekannt.</translation>
    </message>
    <message>
        <source>Ce fichier est trop gros pour un répertoire (5 Mo au plus).</source>
        <translation>Diese Datei ist zu groß für ein Verzeichnis (höchstens 5 MB).</translation>
    </message>
    <message>
        <source>Ce fichier est vide.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un CSV lisible.</source>
        <translation>Diese Datei ist keine lesbare CSV-Datei.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes ; il manque : {missing}. Partez d&apos;un fichier exporté par Balise.</source>
        <translation>Die erste Zeile muss die Spalten benennen; es fehlt: {missing}. Gehen Sie von einer von Balise exportierten Datei aus.</translation>
    </message>
    <message>
        <source>plus de cellules que de colonnes.</source>
        <translation>mehr Zellen als Spalten.</translation>
    </message>
    <message>
        <source>(lignes {first} à {last} du fichier)</source>
        <translation>(Zeilen {first} bis {last} der Datei)</translation>
    </message>
    <message>
        <source>déjà présente à la ligne {n} du fichier.</source>
        <translation>bereits in Zeile {n} der Datei vorhanden.</translation>
    </message>
    <message>
        <source>Très faible</source>
        <extracomment>the estimate must reach 10^10 guesses (zxcvbn&apos;s top score). Behind Argon2id at 64 MiB or more, that is years of work for an offline attacker with one GPU; a word, a year and a sign (``Soleil2024!!``, about 10^8) is a day or so. the meter&apos;s steps, in log10 of the estimated guesses: Faible, Insuffisante, Bonne (the minimum accepted), Très bonne the meter&apos;s score from which a passphrase is accepted zxcvbn refuses longer input; the first 72 characters decide the estimate.</extracomment>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Insuffisante</source>
        <translation>Unzureichend</translation>
    </message>
    <message>
        <source>Bonne</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Très bonne</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Vide</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Trop courte</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Trop courante</source>
        <translation>Zu häufig</translation>
    </message>
    <message>
        <source>La phrase de passe doit compter au moins {n} caractères (elle en a {m}). Une courte phrase facile à retenir convient bien.</source>
        <translation>Die Passphrase muss mindestens {n} Zeichen haben (sie hat {m}). Ein kurzer, leicht zu merkender Satz eignet sich gut.</translation>
    </message>
    <message>
        <source>La phrase de passe ne peut pas commencer ni finir par une espace.</source>
        <translation>Die Passphrase darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Cette phrase de passe fait partie des mots de passe les plus courants : choisissez-en une autre, par exemple quelques mots sans lien entre eux.</source>
        <translation>Diese Passphrase gehört zu den häufigsten Passwörtern: Wählen Sie eine andere, zum Beispiel einige Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <source>Cette phrase de passe serait vite devinée (mot courant, prénom, nom de lieu, date, suite de touches…). Ajoutez un ou deux mots sans lien entre eux.</source>
        <translation>Diese Passphrase wäre schnell erraten (häufiges Wort, Vorname, Ortsname, Datum, Tastenfolge…). Fügen Sie ein oder zwei Wörter ohne Zusammenhang hinzu.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Documents à emporter ou à copier</source>
        <translation>Mitzunehmende oder zu kopierende Dokumente</translation>
    </message>
    <message>
        <source>Indispensables</source>
        <translation>Unverzichtbar</translation>
    </message>
    <message>
        <source>Enfants et animaux</source>
        <translation>Kinder und Tiere</translation>
    </message>
    <message>
        <source>Contacts et mot de passe</source>
        <translation>Kontakte und Passwort</translation>
    </message>
    <message>
        <source>Destination et transport</source>
        <translation>Ziel und Transport</translation>
    </message>
    <message>
        <source>Carte d&apos;identité, titre de séjour, passeports</source>
        <translation>Personalausweis, Aufenthaltstitel, Reisepässe</translation>
    </message>
    <message>
        <source>Actes de naissance et de mariage</source>
        <translation>Geburts- und Heiratsurkunden</translation>
    </message>
    <message>
        <source>Bail ou titre de propriété</source>
        <translation>Mietvertrag oder Eigentumsnachweis</translation>
    </message>
    <message>
        <source>Documents bancaires, fiches de paie, allocations</source>
        <translation>Bankunterlagen, Lohnzettel, Zulagen</translation>
    </message>
    <message>
        <source>Assurances et mutuelle</source>
        <translation>Versicherungen und Krankenkasse</translation>
    </message>
    <message>
        <source>Certificats médicaux</source>
        <translation>Ärztliche Atteste</translation>
    </message>
    <message>
        <source>Copies des procès-verbaux de police</source>
        <translation>Kopien der Polizeiprotokolle</translation>
    </message>
    <message>
        <source>Décisions de justice</source>
        <translation>Gerichtsentscheidungen</translation>
    </message>
    <message>
        <source>Diplômes</source>
        <translation>Diplome</translation>
    </message>
    <message>
        <source>Carnets de santé et documents scolaires des enfants</source>
        <translation>Impfpässe und Schulunterlagen der Kinder</translation>
    </message>
    <message>
        <source>Clés (logement, voiture)</source>
        <translation>Schlüssel (Wohnung, Auto)</translation>
    </message>
    <message>
        <source>Argent liquide</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Cartes bancaires</source>
        <translation>Bankkarten</translation>
    </message>
    <message>
        <source>Médicaments et ordonnances</source>
        <translation>Medikamente und Rezepte</translation>
    </message>
    <message>
        <source>Téléphone et chargeur</source>
        <translation>Telefon und Ladegerät</translation>
    </message>
    <message>
        <source>Sac d&apos;urgence prêt et caché</source>
        <translation>Notfalltasche gepackt und versteckt</translation>
    </message>
    <message>
        <source>Vêtements des enfants</source>
        <translation>Kleidung der Kinder</translation>
    </message>
    <message>
        <source>Doudou ou jouet préféré</source>
        <translation>Kuscheltier oder Lieblingsspielzeug</translation>
    </message>
    <message>
        <source>École ou crèche prévenue (personnes autorisées)</source>
        <translation>Schule oder Kinderkrippe informiert (abholberechtigte Personen)</translation>
    </message>
    <message>
        <source>Animaux : solution d&apos;accueil prévue</source>
        <translation>Tiere: Unterbringung vorgesehen</translation>
    </message>
    <message>
        <source>Personne de confiance prévenue</source>
        <translation>Vertrauensperson informiert</translation>
    </message>
    <message>
        <source>Mot de passe convenu avec elle</source>
        <translation>Passwort mit ihr vereinbart</translation>
    </message>
    <message>
        <source>Voisin·e·s prévenu·e·s</source>
        <translation>Nachbar·innen informiert</translation>
    </message>
    <message>
        <source>Numéros d&apos;urgence appris par cœur (112, 101, 0800 30 030)</source>
        <translation>Notrufnummern auswendig gelernt (112, 101, 0800 30 030)</translation>
    </message>
    <message>
        <source>Situations déclenchantes repérées</source>
        <translation>Auslösende Situationen erkannt</translation>
    </message>
    <message>
        <source>Lieu d&apos;accueil confirmé</source>
        <translation>Aufnahmeort bestätigt</translation>
    </message>
    <message>
        <source>Transport organisé</source>
        <translation>Transport organisiert</translation>
    </message>
    <message>
        <source>Moment et trajet sûrs choisis</source>
        <translation>Sicheren Zeitpunkt und Weg gewählt</translation>
    </message>
    <message>
        <source>Cette date ne peut pas être dans le futur.</source>
        <extracomment>the sentence when the record was deleted meanwhile</extracomment>
        <translation>Dieses Datum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Ce membre de l&apos;équipe n&apos;existe plus.</source>
        <translation>Dieses Teammitglied existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe plus dans le répertoire.</source>
        <translation>Dieser Partner existiert nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>La date de la plainte ne peut pas être future.</source>
        <translation>Das Datum der Anzeige kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Cochez « accompagnée » pour indiquer par qui.</source>
        <translation>Kreuzen Sie „begleitet“ an, um anzugeben, von wem.</translation>
    </message>
    <message>
        <source>Cochez « certificat médical » pour en donner la date.</source>
        <translation>Kreuzen Sie „ärztliches Attest“ an, um dessen Datum anzugeben.</translation>
    </message>
    <message>
        <source>Indiquez la zone de police ou le commissariat.</source>
        <translation>Geben Sie die Polizeizone oder das Kommissariat an.</translation>
    </message>
    <message>
        <source>Cette plainte n&apos;existe plus.</source>
        <translation>Diese Anzeige existiert nicht mehr.</translation>
    </message>
    <message>
        <source>La plainte ne peut pas être postérieure à son premier changement de statut ({date}).</source>
        <translation>Die Anzeige kann nicht nach ihrer ersten Statusänderung ({date}) liegen.</translation>
    </message>
    <message>
        <source>Le changement de statut ne peut pas précéder le dépôt de la plainte ({date}).</source>
        <translation>Die Statusänderung kann nicht vor der Erstattung der Anzeige ({date}) liegen.</translation>
    </message>
    <message>
        <source>Le statut a déjà changé le {date} : la nouvelle date doit être postérieure.</source>
        <translation>Der Status hat sich bereits am {date} geändert: Das neue Datum muss danach liegen.</translation>
    </message>
    <message>
        <source>La plainte a déjà le statut « {status} ».</source>
        <translation>Die Anzeige hat bereits den Status „{status}“.</translation>
    </message>
    <message>
        <source>Fin de l&apos;interdiction</source>
        <extracomment>a deadline this close is shown as « bientôt »</extracomment>
        <translation>Ende des Hausverbots</translation>
    </message>
    <message>
        <source>Audience du juge de paix</source>
        <translation>Anhörung beim Friedensrichter</translation>
    </message>
    <message>
        <source>Audience au tribunal de la famille</source>
        <translation>Anhörung beim Familiengericht</translation>
    </message>
    <message>
        <source>Démarche à terminer</source>
        <translation>Abzuschließender Schritt</translation>
    </message>
    <message>
        <source>Départ prévu</source>
        <translation>Geplanter Auszug</translation>
    </message>
    <message>
        <source>notez la prolongation ou la fin de l&apos;interdiction</source>
        <translation>tragen Sie die Verlängerung oder das Ende des Hausverbots ein</translation>
    </message>
    <message>
        <source>notez l&apos;issue de l&apos;audience</source>
        <translation>tragen Sie den Ausgang der Anhörung ein</translation>
    </message>
    <message>
        <source>notez la décision ou la nouvelle date</source>
        <translation>tragen Sie die Entscheidung oder das neue Datum ein</translation>
    </message>
    <message>
        <source>mettez la démarche à jour</source>
        <translation>aktualisieren Sie den Schritt</translation>
    </message>
    <message>
        <source>mettez le plan de départ à jour</source>
        <translation>aktualisieren Sie den Auszugsplan</translation>
    </message>
    <message>
        <source>interdiction de résidence prolongée le {date}</source>
        <translation>Hausverbot verlängert am {date}</translation>
    </message>
    <message>
        <source>interdiction de résidence ordonnée le {date} (10 jours)</source>
        <translation>Hausverbot angeordnet am {date} (10 Tage)</translation>
    </message>
    <message>
        <source>interdiction de résidence, fin actuelle le {date}</source>
        <translation>Hausverbot, aktuelles Ende am {date}</translation>
    </message>
    <message>
        <source>requête du {date}</source>
        <translation>Antrag vom {date}</translation>
    </message>
    <message>
        <source>{label} (bloquée)</source>
        <translation>{label} (blockiert)</translation>
    </message>
    <message>
        <source>plan {status}</source>
        <translation>Plan {status}</translation>
    </message>
    <message>
        <source>Élément de liste inconnu.</source>
        <extracomment>the free-text fields of a plan, copied to a new version an emergency-housing stay of the case, when the destination is the apartment the worker confirmed « prêt » although documents are missing</extracomment>
        <translation>Unbekanntes Listenelement.</translation>
    </message>
    <message>
        <source>Indiquez la date à laquelle le départ a eu lieu.</source>
        <translation>Geben Sie das Datum an, an dem der Auszug stattgefunden hat.</translation>
    </message>
    <message>
        <source>Le départ ne peut pas être daté dans le futur.</source>
        <translation>Der Auszug kann nicht in der Zukunft datiert werden.</translation>
    </message>
    <message>
        <source>La date de départ effectif ne se remplit que pour un plan « réalisé ».</source>
        <translation>Das Datum des tatsächlichen Auszugs wird nur bei einem „durchgeführten“ Plan ausgefüllt.</translation>
    </message>
    <message>
        <source>{n} document(s) de la liste ne sont pas encore cochés. Marquer le plan « prêt » quand même ?</source>
        <translation>{n} Dokument(e) der Liste sind noch nicht angekreuzt. Den Plan trotzdem als „bereit“ markieren?</translation>
    </message>
    <message>
        <source>Un séjour ne se choisit que pour la destination « Appartement d&apos;urgence ».</source>
        <translation>Ein Aufenthalt wird nur für das Ziel „Notwohnung“ gewählt.</translation>
    </message>
    <message>
        <source>Ce séjour n&apos;existe plus dans ce dossier.</source>
        <translation>Dieser Aufenthalt existiert in dieser Akte nicht mehr.</translation>
    </message>
    <message>
        <source>Ce plan de départ n&apos;existe plus.</source>
        <translation>Dieser Auszugsplan existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cette version du plan est archivée : seule la version en cours se modifie.</source>
        <translation>Diese Version des Plans ist archiviert: Nur die aktuelle Version kann geändert werden.</translation>
    </message>
    <message>
        <source>Version {n} — {status}</source>
        <translation>Version {n} — {status}</translation>
    </message>
    <message>
        <source> le {date}</source>
        <translation> am {date}</translation>
    </message>
    <message>
        <source>, prévu le {date}</source>
        <translation>, geplant am {date}</translation>
    </message>
    <message>
        <source>La date de l&apos;ordonnance ne peut pas être future.</source>
        <translation>Das Datum der Anordnung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>La date de notification ne peut pas être future.</source>
        <translation>Das Datum der Zustellung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>La notification ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>Die Zustellung kann nicht vor der Anordnung ({date}) liegen.</translation>
    </message>
    <message>
        <source>L&apos;audience ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>Die Anhörung kann nicht vor der Anordnung ({date}) liegen.</translation>
    </message>
    <message>
        <source>Cette interdiction n&apos;existe plus.</source>
        <translation>Dieses Hausverbot existiert nicht mehr.</translation>
    </message>
    <message>
        <source>La décision du juge de paix ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>Die Entscheidung des Friedensrichters kann nicht vor der Anordnung ({date}) liegen.</translation>
    </message>
    <message>
        <source>Une prolongation doit finir après le {date} (fin des 10 jours).</source>
        <translation>Eine Verlängerung muss nach dem {date} enden (Ende der 10 Tage).</translation>
    </message>
    <message>
        <source>Le juge de paix peut prolonger l&apos;interdiction jusqu&apos;à trois mois après l&apos;ordonnance : au plus tard le {date}.</source>
        <translation>Der Friedensrichter kann das Hausverbot bis zu drei Monate nach der Anordnung verlängern: spätestens bis zum {date}.</translation>
    </message>
    <message>
        <source>La décision du juge de paix ne peut pas être future.</source>
        <translation>Die Entscheidung des Friedensrichters kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Écrivez la note.</source>
        <translation>Schreiben Sie die Notiz.</translation>
    </message>
    <message>
        <source>La date de la requête ne peut pas être future.</source>
        <translation>Das Datum des Antrags kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>L&apos;audience ne peut pas précéder la requête ({date}).</source>
        <translation>Die Anhörung kann nicht vor dem Antrag ({date}) liegen.</translation>
    </message>
    <message>
        <source>La date de décision ne peut pas être future.</source>
        <translation>Das Datum der Entscheidung kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>La décision ne peut pas précéder la requête ({date}).</source>
        <translation>Die Entscheidung kann nicht vor dem Antrag ({date}) liegen.</translation>
    </message>
    <message>
        <source>Indiquez la date de la décision.</source>
        <translation>Geben Sie das Datum der Entscheidung an.</translation>
    </message>
    <message>
        <source>Cette procédure n&apos;existe plus.</source>
        <translation>Dieses Verfahren existiert nicht mehr.</translation>
    </message>
    <message>
        <source>La décision ne peut pas précéder l&apos;introduction du dossier.</source>
        <translation>Die Entscheidung kann nicht vor der Einreichung des Antrags liegen.</translation>
    </message>
    <message>
        <source>Indiquez quand le dossier a été introduit.</source>
        <translation>Geben Sie an, wann der Antrag eingereicht wurde.</translation>
    </message>
    <message>
        <source>Choisissez la décision prise à cette date.</source>
        <translation>Wählen Sie die an diesem Datum getroffene Entscheidung.</translation>
    </message>
    <message>
        <source>Ce dossier de séjour n&apos;existe plus.</source>
        <translation>Diese Aufenthaltsakte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Donnez un intitulé à la démarche.</source>
        <translation>Geben Sie dem Schritt eine Bezeichnung.</translation>
    </message>
    <message>
        <source>L&apos;intitulé est trop long (200 caractères au plus).</source>
        <translation>Die Bezeichnung ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Une démarche porte déjà cet intitulé dans le catalogue.</source>
        <translation>Im Katalog trägt bereits ein Schritt diese Bezeichnung.</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;existe pas au catalogue.</source>
        <translation>Dieser Schritt existiert nicht im Katalog.</translation>
    </message>
    <message>
        <source>Choisissez une démarche du catalogue.</source>
        <translation>Wählen Sie einen Schritt aus dem Katalog.</translation>
    </message>
    <message>
        <source>Cette démarche figure déjà dans le dossier : modifiez-la plutôt.</source>
        <translation>Dieser Schritt steht bereits in der Akte: Ändern Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Ensemble « {name} »</source>
        <translation>Paket „{name}“</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;existe plus.</source>
        <translation>Dieser Schritt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Aucune plainte enregistrée</source>
        <translation>Keine Anzeige erfasst</translation>
    </message>
    <message>
        <source>{status} depuis le {date}</source>
        <translation>{status} seit dem {date}</translation>
    </message>
    <message>
        <source> · PV {pv}</source>
        <translation> · Protokoll {pv}</translation>
    </message>
    <message>
        <source>{n} plaintes — la dernière : {text}</source>
        <translation>{n} Anzeigen — die letzte: {text}</translation>
    </message>
    <message>
        <source>Interdiction de résidence jusqu&apos;au {date}</source>
        <translation>Hausverbot bis zum {date}</translation>
    </message>
    <message>
        <source>Interdiction de résidence terminée le {date}</source>
        <translation>Hausverbot beendet am {date}</translation>
    </message>
    <message>
        <source> (prolongée)</source>
        <translation> (verlängert)</translation>
    </message>
    <message>
        <source> · audience le {date} à {time}</source>
        <translation> · Anhörung am {date} um {time}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : décision du {date}</source>
        <translation>Familiengericht: Entscheidung vom {date}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : audience le {date}</source>
        <translation>Familiengericht: Anhörung am {date}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : requête du {date}</source>
        <translation>Familiengericht: Antrag vom {date}</translation>
    </message>
    <message>
        <source>Séjour : {decision}</source>
        <translation>Aufenthalt: {decision}</translation>
    </message>
    <message>
        <source>Séjour : dossier à introduire</source>
        <translation>Aufenthalt: Antrag einzureichen</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Aucune mesure de protection</source>
        <translation>Keine Schutzmaßnahme</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Aucune démarche</source>
        <translation>Keine Schritte</translation>
    </message>
    <message>
        <source>{done} sur {total} faites</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source> · {n} en retard</source>
        <translation> · {n} überfällig</translation>
    </message>
    <message>
        <source> · {n} bloquée(s)</source>
        <translation> · {n} blockiert</translation>
    </message>
    <message>
        <source>Plan de départ</source>
        <translation>Auszugsplan</translation>
    </message>
    <message>
        <source>Aucun plan de départ</source>
        <translation>Kein Auszugsplan</translation>
    </message>
    <message>
        <source>{status} — {done} éléments sur {total} ({percent} %)</source>
        <translation>{status} — {done} von {total} Punkten ({percent} %)</translation>
    </message>
    <message>
        <source> · départ le {date}</source>
        <translation> · Auszug am {date}</translation>
    </message>
    <message>
        <source> · départ prévu le {date}</source>
        <translation> · Auszug geplant am {date}</translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation> · Version {n}</translation>
    </message>
    <message>
        <source>Déposée</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>À l&apos;instruction</source>
        <translation>In Ermittlung</translation>
    </message>
    <message>
        <source>Classée sans suite</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Poursuites</source>
        <translation>Strafverfolgung</translation>
    </message>
    <message>
        <source>Jugement</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Mesures urgentes (audience sous ± 15 jours)</source>
        <translation>Dringende Maßnahmen (Anhörung in ca. 15 Tagen)</translation>
    </message>
    <message>
        <source>Référé (audience sous ± 2 jours)</source>
        <translation>Eilverfahren (Anhörung in ca. 2 Tagen)</translation>
    </message>
    <message>
        <source>Art. 11, § 2 (regroupement familial, pays tiers)</source>
        <translation>Art. 11 § 2 (Familienzusammenführung, Drittstaaten)</translation>
    </message>
    <message>
        <source>Art. 42quater, § 4 (famille de citoyen·ne UE)</source>
        <translation>Art. 42quater § 4 (Familie von Unionsbürger·innen)</translation>
    </message>
    <message>
        <source>Autre base légale</source>
        <translation>Andere Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Séjour maintenu</source>
        <translation>Aufenthalt beibehalten</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sans objet</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Départ du domicile</source>
        <translation>Verlassen der Wohnung</translation>
    </message>
    <message>
        <source>Victime de nationalité étrangère</source>
        <translation>Opfer ausländischer Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Appartement d&apos;urgence</source>
        <translation>Notwohnung</translation>
    </message>
    <message>
        <source>Logement personnel</source>
        <translation>Eigene Wohnung</translation>
    </message>
    <message>
        <source>Ce dossier a déjà une victime principale.</source>
        <translation>Diese Akte hat bereits ein Hauptopfer.</translation>
    </message>
    <message>
        <source>Cette personne n&apos;existe plus dans le dossier.</source>
        <translation>Diese Person existiert in der Akte nicht mehr.</translation>
    </message>
    <message>
        <source>La victime principale ne peut pas être retirée du dossier.</source>
        <translation>Das Hauptopfer kann nicht aus der Akte entfernt werden.</translation>
    </message>
    <message>
        <source>voir la liste des dossiers, l&apos;agenda et le tableau de bord</source>
        <extracomment>action → {role: scope}; a role missing from an entry is refused. actions that concern one case: checked against the case&apos;s assignment and flag</extracomment>
        <translation>die Aktenliste, den Kalender und die Übersicht sehen</translation>
    </message>
    <message>
        <source>enregistrer un nouveau dossier (accueil)</source>
        <translation>eine neue Akte erfassen (Aufnahme)</translation>
    </message>
    <message>
        <source>ouvrir un dossier</source>
        <translation>eine Akte öffnen</translation>
    </message>
    <message>
        <source>modifier les informations générales d&apos;un dossier</source>
        <translation>die allgemeinen Angaben einer Akte ändern</translation>
    </message>
    <message>
        <source>clôturer, mettre en pause ou rouvrir un dossier</source>
        <translation>eine Akte abschließen, pausieren oder wieder öffnen</translation>
    </message>
    <message>
        <source>ouvrir un dossier confidentiel sans y être attitré·e</source>
        <translation>eine vertrauliche Akte öffnen, ohne ihr zugewiesen zu sein</translation>
    </message>
    <message>
        <source>modifier les personnes d&apos;un dossier et le contact sûr</source>
        <translation>die Personen einer Akte und den sicheren Kontakt ändern</translation>
    </message>
    <message>
        <source>consulter les fiches des auteurs présumés</source>
        <translation>die Datenblätter der mutmaßlichen Täter·innen einsehen</translation>
    </message>
    <message>
        <source>enregistrer ou modifier une fiche d&apos;auteur présumé</source>
        <translation>ein Datenblatt einer/eines mutmaßlichen Täter·in erfassen oder ändern</translation>
    </message>
    <message>
        <source>noter un suivi ou un rendez-vous</source>
        <translation>eine Begleitung oder einen Termin eintragen</translation>
    </message>
    <message>
        <source>faire une évaluation du risque</source>
        <translation>eine Risikoeinschätzung durchführen</translation>
    </message>
    <message>
        <source>noter ou retirer un consentement</source>
        <translation>eine Einwilligung eintragen oder widerrufen</translation>
    </message>
    <message>
        <source>suivre plainte, démarches et plan de départ</source>
        <translation>Anzeige, Schritte und Auszugsplan verfolgen</translation>
    </message>
    <message>
        <source>émettre ou imprimer un courrier</source>
        <translation>ein Schreiben ausstellen oder drucken</translation>
    </message>
    <message>
        <source>exporter des données</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>consulter le répertoire des partenaires</source>
        <translation>das Partnerverzeichnis einsehen</translation>
    </message>
    <message>
        <source>modifier le répertoire des partenaires</source>
        <translation>das Partnerverzeichnis ändern</translation>
    </message>
    <message>
        <source>modifier les paramètres du coffre</source>
        <translation>die Einstellungen des Tresors ändern</translation>
    </message>
    <message>
        <source>gérer les comptes de l&apos;équipe et le code de récupération</source>
        <translation>die Konten des Teams und den Wiederherstellungscode verwalten</translation>
    </message>
    <message>
        <source>consulter et exporter le journal d&apos;audit</source>
        <translation>das Prüfprotokoll einsehen und exportieren</translation>
    </message>
    <message>
        <source>consulter les statistiques</source>
        <translation>die Statistiken einsehen</translation>
    </message>
    <message>
        <source>nommer les objectifs du financeur (PSSP, PCS) et leur attacher des indicateurs</source>
        <translation>die Ziele des Geldgebers (PSSP, PCS) benennen und ihnen Indikatoren zuordnen</translation>
    </message>
    <message>
        <source>effacer définitivement des données</source>
        <translation>Daten endgültig löschen</translation>
    </message>
    <message>
        <source>consulter l&apos;hébergement d&apos;urgence (logements, séjours, liste d&apos;attente)</source>
        <translation>die Notunterkünfte einsehen (Unterkünfte, Aufenthalte, Warteliste)</translation>
    </message>
    <message>
        <source>enregistrer un séjour ou une demande d&apos;hébergement et voir l&apos;adresse d&apos;un logement</source>
        <translation>einen Aufenthalt oder eine Unterbringungsanfrage erfassen und die Adresse einer Unterkunft sehen</translation>
    </message>
    <message>
        <source>gérer les logements d&apos;urgence (adresse, disponibilité)</source>
        <translation>die Notunterkünfte verwalten (Adresse, Verfügbarkeit)</translation>
    </message>
    <message>
        <source>consulter les activités collectives et les formations</source>
        <translation>die Gruppenaktivitäten und Fortbildungen einsehen</translation>
    </message>
    <message>
        <source>organiser une activité collective et noter les présences anonymes</source>
        <translation>eine Gruppenaktivität organisieren und anonyme Anwesenheiten erfassen</translation>
    </message>
    <message>
        <source>relier un·e participant·e d&apos;une activité à un dossier</source>
        <translation>eine·n Teilnehmer·in einer Aktivität mit einer Akte verknüpfen</translation>
    </message>
    <message>
        <source>Ce dossier est confidentiel : seul·es les intervenant·es attitré·es et la coordination y ont accès.</source>
        <translation>Diese Akte ist vertraulich: Nur die zugewiesenen Fachkräfte und die Koordination haben Zugriff.</translation>
    </message>
    <message>
        <source>Ce dossier ne vous est pas attribué. Demandez à la coordination de vous y ajouter si vous devez y travailler.</source>
        <translation>Diese Akte ist Ihnen nicht zugewiesen. Bitten Sie die Koordination, Sie hinzuzufügen, wenn Sie daran arbeiten müssen.</translation>
    </message>
    <message>
        <source>Cette fiche a été enregistrée par un·e collègue : vous ne pouvez pas y accéder.</source>
        <translation>Dieses Datenblatt wurde von einer Kollegin oder einem Kollegen erfasst: Sie haben keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Votre rôle ({role}) ne permet pas de {what}.</source>
        <translation>Ihre Rolle ({role}) erlaubt nicht: {what}.</translation>
    </message>
    <message>
        <source>Urgences (ambulance, pompiers, police)</source>
        <extracomment>printed at the end of the discreet plan; the listening line is not named</extracomment>
        <translation>Notruf (Rettungsdienst, Feuerwehr, Polizei)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <source>Écoute gratuite et anonyme</source>
        <translation>Kostenlose und anonyme Hotline</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas encore de plan de départ.</source>
        <translation>Diese Akte hat noch keinen Auszugsplan.</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Où aller</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Comment y aller</source>
        <translation>Wie dorthin</translation>
    </message>
    <message>
        <source>Personne de confiance</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <source>Mot convenu</source>
        <translation>Vereinbartes Codewort</translation>
    </message>
    <message>
        <source>Où est mon sac</source>
        <translation>Wo meine Tasche ist</translation>
    </message>
    <message>
        <source>Signes qui doivent m&apos;alerter</source>
        <translation>Warnzeichen für mich</translation>
    </message>
    <message>
        <source>Mon départ</source>
        <translation>Mein Aufbruch</translation>
    </message>
    <message>
        <source>À compléter ensemble.</source>
        <translation>Gemeinsam auszufüllen.</translation>
    </message>
    <message>
        <source>Mes personnes relais</source>
        <translation>Meine Kontaktpersonen</translation>
    </message>
    <message>
        <source>À compléter.</source>
        <translation>Auszufüllen.</translation>
    </message>
    <message>
        <source>À garder en tête</source>
        <translation>Im Kopf behalten</translation>
    </message>
    <message>
        <source>Numéros utiles</source>
        <translation>Nützliche Nummern</translation>
    </message>
    <message>
        <source>Aide-mémoire</source>
        <translation>Merkblatt</translation>
    </message>
    <message>
        <source>Le résumé pour la personne est établi par le ou la coordinateur·rice.</source>
        <translation>Die Zusammenfassung für die Person wird von der Koordinator·in erstellt.</translation>
    </message>
    <message>
        <source>Votre dossier</source>
        <translation>Ihre Akte</translation>
    </message>
    <message>
        <source>Référence</source>
        <extracomment>the case&apos;s UUID True for a confidential case (reference column) the RiskLevel (or None) of the row, any column marker colours: orange for high, red for critical darker shades for text, readable on white (contrast above 4.5:1) columns the database can sort on, with the CaseSort for each Qt order the header indicator that matches each CaseSort fetch(cursor, limit) -&gt; CasePage, run on the worker thread</extracomment>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Ouvert le</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Origine de la demande</source>
        <translation>Herkunft der Anfrage</translation>
    </message>
    <message>
        <source>Intervenant·e·s</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <source>Vos coordonnées</source>
        <translation>Ihre Kontaktdaten</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Registre national</source>
        <translation>Nationalregister</translation>
    </message>
    <message>
        <source>Moments sûrs</source>
        <translation>Sichere Zeiten</translation>
    </message>
    <message>
        <source>Message possible</source>
        <translation>Nachricht möglich</translation>
    </message>
    <message>
        <source>Courrier possible</source>
        <translation>Post möglich</translation>
    </message>
    <message>
        <source>Votre situation</source>
        <translation>Ihre Situation</translation>
    </message>
    <message>
        <source>Violences notées</source>
        <translation>Erfasste Gewalt</translation>
    </message>
    <message>
        <source>Premiers faits</source>
        <translation>Erste Vorfälle</translation>
    </message>
    <message>
        <source>Derniers faits</source>
        <translation>Letzte Vorfälle</translation>
    </message>
    <message>
        <source>Enfants exposés</source>
        <translation>Betroffene Kinder</translation>
    </message>
    <message>
        <source>Enfants et autres personnes</source>
        <translation>Kinder und andere Personen</translation>
    </message>
    <message>
        <source>date de naissance non notée</source>
        <translation>Geburtsdatum nicht erfasst</translation>
    </message>
    <message>
        <source>Évaluations du risque</source>
        <translation>Risikoeinschätzungen</translation>
    </message>
    <message>
        <source>donné le {d}</source>
        <translation>erteilt am {d}</translation>
    </message>
    <message>
        <source>, retiré le {d}</source>
        <translation>, widerrufen am {d}</translation>
    </message>
    <message>
        <source>Vos accords</source>
        <translation>Ihre Einwilligungen</translation>
    </message>
    <message>
        <source>Interdiction de résidence</source>
        <translation>Hausverbot</translation>
    </message>
    <message>
        <source>du {a} au {b}</source>
        <translation>vom {a} bis {b}</translation>
    </message>
    <message>
        <source>Tribunal de la famille</source>
        <translation>Familiengericht</translation>
    </message>
    <message>
        <source>requête du {d}</source>
        <translation>Antrag vom {d}</translation>
    </message>
    <message>
        <source>Plainte et protection</source>
        <translation>Anzeige und Schutz</translation>
    </message>
    <message>
        <source>Nos rencontres et démarches</source>
        <translation>Unsere Treffen und Schritte</translation>
    </message>
    <message>
        <source>Documents établis</source>
        <translation>Erstellte Dokumente</translation>
    </message>
    <message>
        <source>né le {d}</source>
        <translation>geboren am {d}</translation>
    </message>
    <message>
        <source>vit avec vous : {x}</source>
        <translation>lebt mit Ihnen: {x}</translation>
    </message>
    <message>
        <source>Auteur(s) présumé(s)</source>
        <translation>Mutmaßliche·r Täter·in</translation>
    </message>
    <message>
        <source>Les informations qui concernent d&apos;autres personnes, notamment l&apos;auteur présumé, ne figurent pas dans ce résumé.</source>
        <translation>Informationen über andere Personen, insbesondere über die mutmaßliche Täterin oder den mutmaßlichen Täter, sind in dieser Zusammenfassung nicht enthalten.</translation>
    </message>
    <message>
        <source>Indiquez le motif de l&apos;effacement.</source>
        <translation>Geben Sie den Grund für die Löschung an.</translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>a recurring activity never makes more dates than this at once</extracomment>
        <translation>Montag</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>premier</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>deuxième</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>troisième</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>quatrième</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>dernier</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>Une seule date</source>
        <translation>Ein einziges Datum</translation>
    </message>
    <message>
        <source>Chaque semaine (ou toutes les n semaines)</source>
        <translation>Jede Woche (oder alle n Wochen)</translation>
    </message>
    <message>
        <source>Un jour fixe du mois (ex. le premier mercredi)</source>
        <translation>Ein fester Tag im Monat (z. B. der erste Mittwoch)</translation>
    </message>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>Das Ende kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Une activité récurrente a une date de fin (par ex. la fin de l&apos;année scolaire).</source>
        <translation>Eine wiederkehrende Aktivität hat ein Enddatum (z. B. das Ende des Schuljahres).</translation>
    </message>
    <message>
        <source>Choisissez le jour de la semaine.</source>
        <translation>Wählen Sie den Wochentag.</translation>
    </message>
    <message>
        <source>Choisissez le premier, deuxième… ou dernier.</source>
        <translation>Wählen Sie den ersten, zweiten… oder letzten.</translation>
    </message>
    <message>
        <source>Toutes les 1 à 8 semaines.</source>
        <translation>Alle 1 bis 8 Wochen.</translation>
    </message>
    <message>
        <source>Plus de {n} séances : raccourcissez la période.</source>
        <translation>Mehr als {n} Sitzungen: Verkürzen Sie den Zeitraum.</translation>
    </message>
    <message>
        <source>Aucune date ne tombe dans cette période : vérifiez le jour et les dates.</source>
        <translation>In diesen Zeitraum fällt kein Datum: Prüfen Sie den Tag und die Daten.</translation>
    </message>
    <message>
        <source>une seule date</source>
        <translation>ein einziges Datum</translation>
    </message>
    <message>
        <source>chaque {day}</source>
        <translation>jeden {day}</translation>
    </message>
    <message>
        <source>un {day} sur deux</source>
        <translation>jeden zweiten {day}</translation>
    </message>
    <message>
        <source>un {day} toutes les {n} semaines</source>
        <translation>alle {n} Wochen am {day}</translation>
    </message>
    <message>
        <source>le {nth} {day} du mois</source>
        <translation>am {nth} {day} des Monats</translation>
    </message>
    <message>
        <source>« {chemin} » n&apos;est pas une sauvegarde Balise lisible.</source>
        <extracomment>where the vault that was replaced now is (inside the vault folder) erasures of the register applied again to the restored data</extracomment>
        <translation>„{chemin}“ ist keine lesbare Balise-Sicherung.</translation>
    </message>
    <message>
        <source>Cette sauvegarde n&apos;est pas vérifiée ou n&apos;appartient pas à ce coffre : elle n&apos;est pas restaurée.</source>
        <translation>Diese Sicherung ist nicht überprüft oder gehört nicht zu diesem Tresor: Sie wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Le trousseau de clés de cette sauvegarde est illisible.</source>
        <translation>Der Schlüsselbund dieser Sicherung ist nicht lesbar.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde ne peut pas être relue.</source>
        <translation>Die Sicherungskopie kann nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Seul un compte de coordination actif à la date de la sauvegarde peut la restaurer.</source>
        <translation>Nur ein zum Zeitpunkt der Sicherung aktives Koordinationskonto kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Le niveau peut être relevé par votre jugement professionnel, pas abaissé sous le niveau calculé.</source>
        <translation>Die Stufe kann durch Ihre fachliche Einschätzung angehoben, aber nicht unter die berechnete Stufe gesenkt werden.</translation>
    </message>
    <message>
        <source>Expliquez pourquoi vous relevez le niveau de risque.</source>
        <translation>Erklären Sie, warum Sie die Risikostufe anheben.</translation>
    </message>
    <message>
        <source>L&apos;identifiant doit compter de 2 à 40 caractères : lettres minuscules sans accent, chiffres, point, tiret ou soulignement (par exemple « m.dupont »).</source>
        <extracomment>the coordinator login of every demo vault the language Balise shows the coordinator (chosen in the first-run wizard)</extracomment>
        <translation>Der Benutzername muss 2 bis 40 Zeichen haben: Kleinbuchstaben ohne Akzent, Ziffern, Punkt, Bindestrich oder Unterstrich (zum Beispiel „m.dupont“).</translation>
    </message>
    <message>
        <source>Indiquez le nom du service.</source>
        <translation>Geben Sie den Namen des Dienstes an.</translation>
    </message>
    <message>
        <source>Le code postal belge compte 4 chiffres (par exemple 4920).</source>
        <translation>Die belgische Postleitzahl hat 4 Ziffern (zum Beispiel 4920).</translation>
    </message>
    <message>
        <source>Indiquez le nom du ou de la coordinateur·rice.</source>
        <translation>Geben Sie den Namen der Koordinator·in an.</translation>
    </message>
    <message>
        <source>&lt; 5</source>
        <extracomment>the largest count that is never shown the smallest value a complementary cell can have (one above SMALL_MAX) months out of this many (occupancy: « 7,5 mois sur 12 »; 0: not available)</extracomment>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <source>masqué</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Règle de confidentialité : les effectifs de 1 à 4 sont affichés « &lt; 5 ». Pour qu&apos;un total ne permette pas de les retrouver, d&apos;autres cases sont alors masquées (« masqué ») et, si nécessaire, le total lui-même. Aucun nom ni aucune donnée individuelle ne figure dans ces indicateurs.</source>
        <translation>Vertraulichkeitsregel: Zahlen von 1 bis 4 werden als „&lt; 5“ angezeigt. Damit sie nicht aus einer Summe zurückgerechnet werden können, werden dann andere Felder ausgeblendet („ausgeblendet“) und, falls nötig, auch die Summe selbst. Diese Indikatoren enthalten weder Namen noch Einzeldaten.</translation>
    </message>
    <message>
        <source>Premier portable</source>
        <extracomment>reference suffixes given to enrolled laptops (no I, O: read aloud without doubt) erasures sent to the other laptops, and erasures of theirs replayed here</extracomment>
        <translation>Erster Laptop</translation>
    </message>
    <message>
        <source>Donnez un nom à ce portable (80 caractères au plus).</source>
        <translation>Geben Sie diesem Laptop einen Namen (höchstens 80 Zeichen).</translation>
    </message>
    <message>
        <source>Choisissez ce que ce portable contient.</source>
        <translation>Wählen Sie, was dieser Laptop enthält.</translation>
    </message>
    <message>
        <source>Cochez au moins une personne dont ce portable contiendra les dossiers.</source>
        <translation>Kreuzen Sie mindestens eine Person an, deren Akten dieser Laptop enthalten soll.</translation>
    </message>
    <message>
        <source>Choisissez un dossier vide pour le nouveau portable.</source>
        <translation>Wählen Sie einen leeren Ordner für den neuen Laptop.</translation>
    </message>
    <message>
        <source>Ce portable ne contient que certains dossiers : inscrivez les nouveaux portables depuis un portable qui les contient tous.</source>
        <translation>Dieser Laptop enthält nur bestimmte Akten: Registrieren Sie neue Laptops von einem Laptop aus, der alle Akten enthält.</translation>
    </message>
    <message>
        <source>Une des personnes cochées n&apos;a plus de compte actif.</source>
        <translation>Eine der angekreuzten Personen hat kein aktives Konto mehr.</translation>
    </message>
    <message>
        <source>Le service a déjà le nombre maximum de portables.</source>
        <translation>Der Dienst hat bereits die Höchstzahl an Laptops.</translation>
    </message>
    <message>
        <source>Aucun compte actif n&apos;a l&apos;identifiant « {login} ».</source>
        <extracomment>&quot;all&quot; | &quot;assigned&quot;; for &quot;assigned&quot;, the full names of the people it carries</extracomment>
        <translation>Kein aktives Konto hat den Benutzernamen „{login}“.</translation>
    </message>
    <message>
        <source>Ce portable n&apos;est pas connu du service.</source>
        <translation>Dieser Laptop ist dem Dienst nicht bekannt.</translation>
    </message>
    <message>
        <source>C&apos;est ce portable-ci : un portable ne peut pas se retirer lui-même. Retirez-le depuis le portable de la coordination.</source>
        <translation>Das ist dieser Laptop selbst: Ein Laptop kann sich nicht selbst aus dem Dienst entfernen. Entfernen Sie ihn vom Laptop der Koordination aus.</translation>
    </message>
    <message>
        <source>Ce portable est déjà retiré du service.</source>
        <translation>Dieser Laptop ist bereits aus dem Dienst entfernt.</translation>
    </message>
    <message>
        <source>Des paquets viennent d&apos;une autre version de Balise : mettez Balise à jour sur cet ordinateur (ou sur l&apos;ordinateur qui les a écrits), puis synchronisez à nouveau.</source>
        <extracomment>settings (local table, never travels) holding the bundle secrets (hex) on a partial laptop: {laptop id: last bundle} its relay had applied (or written) when it relayed what this laptop holds; the ``after`` of this laptop&apos;s bundles ids of the erasure register&apos;s lines this laptop has sent or replayed {laptop id: the last of this laptop&apos;s bundles it had applied}, from the headers of its bundles applied here (authenticated): what may leave the folder</extracomment>
        <translation>Einige Pakete stammen von einer anderen Version von Balise: Aktualisieren Sie Balise auf diesem Computer (oder auf dem Computer, der sie geschrieben hat) und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Connectez-vous pour synchroniser.</source>
        <extracomment>the ``settings`` key (a local table: the folder stays on this laptop)</extracomment>
        <translation>Melden Sie sich an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Le dossier de synchronisation « {dossier} » n&apos;existe pas ou n&apos;est pas branché.</source>
        <translation>Der Synchronisierungsordner „{dossier}“ existiert nicht oder ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>Ce portable a été retiré du service : il ne peut plus synchroniser. Adressez-vous à la coordination.</source>
        <translation>Dieser Laptop wurde aus dem Dienst entfernt: Er kann nicht mehr synchronisieren. Wenden Sie sich an die Koordination.</translation>
    </message>
    <message>
        <source>Balise termine une autre opération sur ce coffre : attendez un instant, puis synchronisez à nouveau.</source>
        <translation>Balise schließt einen anderen Vorgang in diesem Tresor ab: Warten Sie einen Moment und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>portable inconnu</source>
        <extracomment>execute(sql with ? parameters, parameters) -&gt; rows</extracomment>
        <translation>unbekannter Laptop</translation>
    </message>
    <message>
        <source>Le paquet n° {numero} du portable « {portable} » manque dans le dossier : ses paquets suivants attendent. Synchronisez ce portable (il réécrit les paquets manquants).</source>
        <translation>Paket Nr. {numero} des Laptops „{portable}“ fehlt im Ordner: Die folgenden Pakete warten. Synchronisieren Sie diesen Laptop (er schreibt die fehlenden Pakete neu).</translation>
    </message>
    <message>
        <source>Les paquets du portable « {portable} » attendent le paquet n° {numero} du portable « {autre} », qui n&apos;est pas dans le dossier ou n&apos;a pas pu être appliqué : synchronisez à nouveau quand il y sera.</source>
        <translation>Die Pakete des Laptops „{portable}“ warten auf Paket Nr. {numero} des Laptops „{autre}“, das nicht im Ordner ist oder nicht übernommen werden konnte: Synchronisieren Sie erneut, sobald es dort ist.</translation>
    </message>
    <message>
        <source>Les paquets du portable « {portable} » attendent la clé que leur envoie le portable qui l&apos;a inscrit : synchronisez ce portable-là, puis celui-ci.</source>
        <translation>Die Pakete des Laptops „{portable}“ warten auf den Schlüssel, den ihnen der Laptop schickt, der ihn registriert hat: Synchronisieren Sie zuerst jenen Laptop, dann diesen.</translation>
    </message>
    <message>
        <source>Courrier d&apos;orientation</source>
        <translation>Überweisungsschreiben</translation>
    </message>
    <message>
        <source>Attestation de suivi</source>
        <translation>Begleitbescheinigung</translation>
    </message>
    <message>
        <source>Plan de départ (remis à la personne)</source>
        <translation>Auszugsplan (für die Person)</translation>
    </message>
    <message>
        <source>Résumé pour la personne (droit d&apos;accès)</source>
        <translation>Zusammenfassung für die Person (Auskunftsrecht)</translation>
    </message>
    <message>
        <source>commune du service</source>
        <translation>Gemeinde des Dienstes</translation>
    </message>
    <message>
        <source>date du jour en toutes lettres (22 novembre 2026)</source>
        <translation>heutiges Datum ausgeschrieben (22. November 2026)</translation>
    </message>
    <message>
        <source>référence du dossier</source>
        <translation>Referenz der Akte</translation>
    </message>
    <message>
        <source>nom de l&apos;intervenant·e qui signe</source>
        <translation>Name der unterzeichnenden Fachkraft</translation>
    </message>
    <message>
        <source>fonction de l&apos;intervenant·e qui signe</source>
        <translation>Funktion der unterzeichnenden Fachkraft</translation>
    </message>
    <message>
        <source>nom de la personne (ou « la personne concernée » si non coché)</source>
        <translation>Name der Person (oder „die betreffende Person“, wenn nicht angekreuzt)</translation>
    </message>
    <message>
        <source>Madame / Monsieur selon le genre noté (sinon vide)</source>
        <translation>„Sehr geehrte Frau“ / „Sehr geehrter Herr“ je nach erfasstem Geschlecht (sonst leer)</translation>
    </message>
    <message>
        <source>accord féminin : « e » pour une femme, « ·e » si le genre n&apos;est pas noté</source>
        <translation>Endung nach Geschlecht: „e“ für eine Frau, leer für einen Mann, „·e“ wenn das Geschlecht nicht erfasst ist (z. B. „ein“ + Endung)</translation>
    </message>
    <message>
        <source>date d&apos;ouverture du dossier en toutes lettres</source>
        <translation>Eröffnungsdatum der Akte ausgeschrieben</translation>
    </message>
    <message>
        <source>nom de l&apos;organisation destinataire</source>
        <translation>Name der Empfängerorganisation</translation>
    </message>
    <message>
        <source>personne de contact destinataire (ou vide)</source>
        <translation>Kontaktperson beim Empfänger (oder leer)</translation>
    </message>
    <message>
        <source>but de l&apos;orientation (« une prise en charge par votre service »…)</source>
        <translation>Zweck der Überweisung („eine Übernahme durch Ihren Dienst“…)</translation>
    </message>
    <message>
        <source>place des informations cochées (seul dans un paragraphe)</source>
        <translation>Stelle der angekreuzten Informationen (allein in einem Absatz)</translation>
    </message>
    <message>
        <source>« , né·e le … » si la date de naissance est cochée, sinon vide</source>
        <translation>„, ein·e am … Geborene·r,“ wenn das Geburtsdatum angekreuzt ist, sonst leer</translation>
    </message>
    <message>
        <source>Demande d&apos;orientation</source>
        <extracomment>the language the text is written in the language asked for had no text of its own: this is the French one</extracomment>
        <translation>Überweisungsanfrage</translation>
    </message>
    <message>
        <source>Madame, Monsieur,

Notre service accompagne actuellement {personne}. Nous vous l&apos;adressons pour {but}.

Vous trouverez ci-dessous les informations utiles à cette orientation. Elles sont confidentielles et ne peuvent être communiquées à des tiers sans l&apos;accord de la personne.

{informations}

Nous restons à votre disposition pour tout renseignement complémentaire et vous remercions de bien vouloir nous informer de la suite réservée à cette orientation.

Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation>Sehr geehrte Damen und Herren,

Unser Dienst begleitet derzeit {personne}. Wir wenden uns mit der Bitte um {but} an Sie.

Nachstehend finden Sie die für diese Überweisung nützlichen Informationen. Sie sind vertraulich und dürfen ohne Einwilligung der Person nicht an Dritte weitergegeben werden.

{informations}

Für weitere Auskünfte stehen wir Ihnen gerne zur Verfügung und danken Ihnen, wenn Sie uns über den weiteren Verlauf dieser Überweisung informieren.

Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Je soussigné·e, {intervenant} ({fonction}, {service}), atteste que {personne}{naissance} est suivi{e} par notre service depuis le {suivi_depuis}.

La présente attestation est délivrée à la demande de l&apos;intéressé{e}, pour servir et valoir ce que de droit.</source>
        <translation>Ich, die/der Unterzeichnende, {intervenant} ({fonction}, {service}), bestätige, dass {personne}{naissance} seit dem {suivi_depuis} von unserem Dienst begleitet wird.

Diese Bescheinigung wird auf Antrag der betreffenden Person ausgestellt und dient als Nachweis, wo dies erforderlich ist.</translation>
    </message>
    <message>
        <source>Résumé de vos données</source>
        <translation>Zusammenfassung Ihrer Daten</translation>
    </message>
    <message>
        <source>{civilite},

À votre demande, voici un résumé des informations que notre service conserve à votre sujet (article 15 du règlement général sur la protection des données). Si une information vous paraît inexacte, vous pouvez nous demander de la corriger.</source>
        <translation>{civilite},

Auf Ihren Wunsch finden Sie hier eine Zusammenfassung der Informationen, die unser Dienst über Sie aufbewahrt (Artikel 15 der Datenschutz-Grundverordnung). Wenn Ihnen eine Information unrichtig erscheint, können Sie uns bitten, sie zu berichtigen.</translation>
    </message>
    <message>
        <source>Ce que nous avons préparé ensemble, à garder en lieu sûr. Mis à jour le {date}.</source>
        <translation>Was wir gemeinsam vorbereitet haben, an einem sicheren Ort aufzubewahren. Aktualisiert am {date}.</translation>
    </message>
    <message>
        <source>Une accolade n&apos;est pas fermée (ou pas ouverte). Écrivez les champs comme ceci : {personne}.</source>
        <translation>Eine geschweifte Klammer ist nicht geschlossen (oder nicht geöffnet). Schreiben Sie die Felder so: {personne}.</translation>
    </message>
    <message>
        <source>Le texte du document ne peut pas être vide.</source>
        <translation>Der Text des Dokuments darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Le plan remis à la personne doit rester discret : n&apos;y écrivez pas « violence » (ni le nom du service).</source>
        <translation>Der Plan, den die Person erhält, muss unauffällig bleiben: Schreiben Sie nicht „Gewalt“ hinein (und nicht den Namen des Dienstes).</translation>
    </message>
    <message>
        <source>Champ(s) inconnu(s) : {names}. Utilisez un des champs de la liste.</source>
        <translation>Unbekannte(s) Feld(er): {names}. Verwenden Sie eines der Felder aus der Liste.</translation>
    </message>
    <message>
        <source>une seule ligne est attendue, sans retour à la ligne.</source>
        <extracomment>ASCII only: ``d`` would also take Arabic-Indic or full-width digits digits and the separators people type or paste (no-break spaces come from PDFs) what a multi-line field (notes, services, a summary) may hold besides printable text bidi embeddings, overrides and isolates show a text in another order than it is stored</extracomment>
        <translation>eine einzige Zeile wird erwartet, ohne Zeilenumbruch.</translation>
    </message>
    <message>
        <source>une tabulation n&apos;est pas admise ici.</source>
        <translation>ein Tabulator ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>caractère invisible non autorisé (U+{code:04X}) ; retirez-le.</source>
        <translation>unsichtbares Zeichen nicht erlaubt (U+{code:04X}); entfernen Sie es.</translation>
    </message>
    <message>
        <source>{label} : {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>Le numéro de registre national compte 11 chiffres (par ex. 85.07.30-033.28).</source>
        <translation>Die Nationalregisternummer hat 11 Ziffern (z. B. 85.07.30-033.28).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide : vérifiez les chiffres.</source>
        <translation>Diese Nationalregisternummer ist ungültig: Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>Le numéro de registre national ne correspond pas à la date de naissance.</source>
        <translation>Die Nationalregisternummer passt nicht zum Geburtsdatum.</translation>
    </message>
    <message>
        <source>Numéro de téléphone non reconnu. Exemples : 0472 12 34 56, 04 384 40 17 ou +33 6 12 34 56 78.</source>
        <translation>Telefonnummer nicht erkannt. Beispiele: 0472 12 34 56, 04 384 40 17 oder +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>La date de naissance semble erronée.</source>
        <translation>Das Geburtsdatum scheint falsch zu sein.</translation>
    </message>
    <message>
        <source>Ce suivi est daté d&apos;avant l&apos;ouverture du dossier ({date}). Confirmez-vous cette date ?</source>
        <translation>Diese Begleitung ist vor der Eröffnung der Akte ({date}) datiert. Bestätigen Sie dieses Datum?</translation>
    </message>
    <message>
        <source>Coordinateur·rice</source>
        <translation>Koordinator·in</translation>
    </message>
    <message>
        <source>Assistant·e social·e / référent·e VIF</source>
        <translation>Sozialarbeiter·in / Referent·in VIF</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Clôturé</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Victime</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>Co-victime</source>
        <translation>Mitbetroffene·r</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Ne sait pas</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Entretien</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Appel téléphonique</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Visite à domicile</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Accompagnement (police, CPAS, tribunal…)</source>
        <translation>Begleitung (Polizei, ÖSHZ, Gericht…)</translation>
    </message>
    <message>
        <source>Réunion de réseau</source>
        <translation>Netzwerktreffen</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manqué</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Moyen</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Élevé</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critique</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Consentement à l&apos;enregistrement</source>
        <translation>Einwilligung zur Speicherung</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Einwilligung zur Weitergabe</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>Écrit</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Orientation vers le partenaire</source>
        <translation>Überweisung an den Partner</translation>
    </message>
    <message>
        <source>Concertation sur la situation</source>
        <translation>Absprache über die Situation</translation>
    </message>
    <message>
        <source>Démarches juridiques ou judiciaires</source>
        <translation>Rechtliche oder gerichtliche Schritte</translation>
    </message>
    <message>
        <source>Hébergement / logement</source>
        <translation>Unterbringung / Wohnung</translation>
    </message>
    <message>
        <source>Partenaire / conjoint·e</source>
        <translation>Partner·in / Ehepartner·in</translation>
    </message>
    <message>
        <source>Ex-partenaire</source>
        <translation>Ex-Partner·in</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Enfant (majeur)</source>
        <translation>Kind (volljährig)</translation>
    </message>
    <message>
        <source>Frère / sœur</source>
        <translation>Bruder / Schwester</translation>
    </message>
    <message>
        <source>Autre membre de la famille</source>
        <translation>Anderes Familienmitglied</translation>
    </message>
    <message>
        <source>Coffre de démonstration créé dans « {dossier} ».</source>
        <extracomment>files a vault folder may hold besides the database and keyring</extracomment>
        <translation>Demo-Tresor in „{dossier}“ erstellt.</translation>
    </message>
    <message>
        <source>{cases} dossiers, {people} personnes et {followups} suivis, tous fictifs.</source>
        <translation>{cases} Akten, {people} Personen und {followups} Begleitungen, alle fiktiv.</translation>
    </message>
    <message>
        <source>Identifiant : {login}</source>
        <translation>Benutzername: {login}</translation>
    </message>
    <message>
        <source>Phrase de passe : {phrase}</source>
        <translation>Passphrase: {phrase}</translation>
    </message>
    <message>
        <source>Autres comptes (même phrase de passe) : {logins}</source>
        <translation>Andere Konten (gleiche Passphrase): {logins}</translation>
    </message>
    <message>
        <source>Code de récupération (démo uniquement) : {code}</source>
        <translation>Wiederherstellungscode (nur Demo): {code}</translation>
    </message>
    <message>
        <source>Le dossier « {dossier} » contient un coffre qui n&apos;est pas un coffre de démonstration : il n&apos;est pas remplacé. Choisissez un autre dossier avec --vault.</source>
        <translation>Der Ordner „{dossier}“ enthält einen Tresor, der kein Demo-Tresor ist: Er wird nicht ersetzt. Wählen Sie mit --vault einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Service de prévention de {commune} (démonstration)</source>
        <translation>Präventionsdienst {commune} (Demonstration)</translation>
    </message>
    <message>
        <source>Rue de l&apos;Exemple 1</source>
        <translation>Beispielstraße 1</translation>
    </message>
    <message>
        <source>Résumé</source>
        <extracomment>the sections built so far, and those showing the case read (the others are filled when shown)</extracomment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>(valeurs masquées non dessinées)</source>
        <translation>(ausgeblendete Werte nicht dargestellt)</translation>
    </message>
    <message>
        <source>Objectifs du financeur</source>
        <extracomment>an objective or its indicators changed (the page reads the report again)</extracomment>
        <translation>Ziele des Geldgebers</translation>
    </message>
    <message>
        <source>Aucun indicateur attaché à cet objectif.</source>
        <translation>Diesem Ziel ist kein Indikator zugeordnet.</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;activité</source>
        <translation>Tätigkeitsindikatoren</translation>
    </message>
    <message>
        <source>{period}, comparée à : {previous}</source>
        <translation>{period}, verglichen mit: {previous}</translation>
    </message>
    <message>
        <source>Établi le {day}.</source>
        <translation>Erstellt am {day}.</translation>
    </message>
    <message>
        <source>Agrégats sans nom ; effectifs de 1 à 4 affichés « &lt; 5 ».</source>
        <translation>Aggregierte Daten ohne Namen; Zahlen von 1 bis 4 als „&lt; 5“ angezeigt.</translation>
    </message>
    <message>
        <source>Notre référence</source>
        <extracomment>the window of a DL envelope (window on the right), measured from the top-left corner</extracomment>
        <translation>Unser Zeichen</translation>
    </message>
    <message>
        <source>Votre contact</source>
        <translation>Ihr Kontakt</translation>
    </message>
    <message>
        <source>Objet :</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Confidentiel — réf. {reference}</source>
        <translation>Vertraulich — Ref. {reference}</translation>
    </message>
    <message>
        <source>Code de récupération du coffre Balise</source>
        <translation>Wiederherstellungscode des Balise-Tresors</translation>
    </message>
    <message>
        <source>Ce code ouvre le coffre si une phrase de passe est oubliée. Quiconque le possède peut lire tous les dossiers : rangez cette feuille sous clé, loin de l&apos;ordinateur portable (par exemple dans une armoire fermée du service).</source>
        <translation>Dieser Code öffnet den Tresor, wenn eine Passphrase vergessen wurde. Wer ihn besitzt, kann alle Akten lesen: Bewahren Sie dieses Blatt unter Verschluss und getrennt vom Laptop auf (zum Beispiel in einem abgeschlossenen Schrank des Dienstes).</translation>
    </message>
    <message>
        <source>Ne le photographiez pas, ne l&apos;enregistrez pas dans un fichier ni dans un courriel. Si la feuille est perdue ou a été vue, renouvelez le code dans Balise (Paramètres) : l&apos;ancien cessera de fonctionner.</source>
        <translation>Fotografieren Sie ihn nicht, speichern Sie ihn weder in einer Datei noch in einer E-Mail. Wenn das Blatt verloren geht oder gesehen wurde, erneuern Sie den Code in Balise (Einstellungen): Der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Imprimé le {date}.</source>
        <translation>Gedruckt am {date}.</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>printers every Windows installs that write a file instead of paper (and the usual CUPS PDF queue on Linux): refused like &quot;print to file&quot; (docs/WINDOWS.md)</extracomment>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Notre référence : {ref}</source>
        <translation>Unser Zeichen: {ref}</translation>
    </message>
    <message>
        <source>Le trousseau de clés utilise une méthode inconnue.</source>
        <extracomment>memory ceiling for tuning: old laptops with 4 GiB must still unlock the most a slot may ask for: well above anything tune() produces cheap parameters for the test suite only (explicitly opted into)</extracomment>
        <translation>Der Schlüsselbund verwendet ein unbekanntes Verfahren.</translation>
    </message>
    <message>
        <source>Le trousseau de clés demande une protection plus faible que le minimum autorisé : il a peut-être été modifié. Le coffre n&apos;est pas ouvert.</source>
        <translation>Der Schlüsselbund verlangt einen schwächeren Schutz als das erlaubte Minimum: Er wurde möglicherweise verändert. Der Tresor wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Le trousseau de clés contient des paramètres invalides.</source>
        <translation>Der Schlüsselbund enthält ungültige Parameter.</translation>
    </message>
    <message>
        <source>Le trousseau de clés demande des paramètres démesurés : il a peut-être été modifié. Le coffre n&apos;est pas ouvert.</source>
        <translation>Der Schlüsselbund verlangt unverhältnismäßige Parameter: Er wurde möglicherweise verändert. Der Tresor wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Identifiant ou phrase de passe incorrect. Vérifiez la saisie et réessayez.</source>
        <extracomment>the 32-byte database key and the 16-byte GCM tag a keyring holds a few slots of about 400 bytes: anything this large was not written by Balise</extracomment>
        <translation>Benutzername oder Passphrase falsch. Prüfen Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ce coffre n&apos;a pas de code de récupération.</source>
        <translation>Dieser Tresor hat keinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Code de récupération incorrect. Vérifiez chaque groupe de caractères.</source>
        <translation>Wiederherstellungscode falsch. Prüfen Sie jede Zeichengruppe.</translation>
    </message>
    <message>
        <source>Ce coffre a été créé par une version plus récente de Balise. Installez la dernière version pour l&apos;ouvrir.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von Balise erstellt. Installieren Sie die neueste Version, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Le trousseau de clés du coffre (keyring.json) est illisible ou a été modifié. Restaurez-le depuis une sauvegarde.</source>
        <translation>Der Schlüsselbund des Tresors (keyring.json) ist nicht lesbar oder wurde verändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Le coffre est verrouillé.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde est endommagée.</source>
        <translation>Die Sicherungskopie ist beschädigt.</translation>
    </message>
    <message>
        <source>Les sauvegardes précédentes sont intactes.</source>
        <extracomment>pages copied per step of the backup API (4 MiB at 4 KiB pages): progress granularity page cache of the verifying connection (KiB): ``integrity_check`` walks every index against its table, and with the default 8 MB cache it took about twice as long on a 1.7 GB vault (docs/PERFORMANCE.md); freed when the check ends ``progress(phase, done, total)``; phases: &quot;copy&quot;, &quot;verify&quot;</extracomment>
        <translation>Die vorherigen Sicherungen sind intakt.</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le disque du dossier « {dossier} » est plein. Libérez de la place ou choisissez un autre support. {intact}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Datenträger des Ordners „{dossier}“ ist voll. Schaffen Sie Platz oder wählen Sie einen anderen Datenträger. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le dossier « {dossier} » n&apos;est plus accessible (clé USB retirée, disque réseau déconnecté ?). Reconnectez-le, puis réessayez. {intact}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Ordner „{dossier}“ ist nicht mehr erreichbar (USB-Stick entfernt, Netzlaufwerk getrennt?). Schließen Sie ihn wieder an und versuchen Sie es erneut. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le dossier « {dossier} » est en lecture seule. {intact}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Ordner „{dossier}“ ist schreibgeschützt. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : l&apos;accès au dossier « {dossier} » est refusé. {intact}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Zugriff auf den Ordner „{dossier}“ wird verweigert. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être faite ou sa vérification a échoué ; la copie incomplète a été supprimée. {intact}</source>
        <translation>Die Sicherung konnte nicht erstellt werden oder ihre Überprüfung ist fehlgeschlagen; die unvollständige Kopie wurde gelöscht. {intact}</translation>
    </message>
    <message>
        <source>La copie de sauvegarde est introuvable.</source>
        <translation>Die Sicherungskopie wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde ne s&apos;ouvre pas avec la clé de ce coffre.</source>
        <translation>Die Sicherungskopie lässt sich nicht mit dem Schlüssel dieses Tresors öffnen.</translation>
    </message>
    <message>
        <source>Le chiffrement (SQLCipher) n&apos;est pas disponible sur cet ordinateur : Balise refuse de démarrer pour ne pas écrire de données en clair. Réinstallez l&apos;application.</source>
        <translation>Die Verschlüsselung (SQLCipher) ist auf diesem Computer nicht verfügbar: Balise startet nicht, um keine unverschlüsselten Daten zu schreiben. Installieren Sie die Anwendung neu.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé ou ne peut pas être déchiffré. Restaurez la dernière sauvegarde du coffre.</source>
        <extracomment>key of ``Session.info`` holding the audit chain&apos;s HMAC key</extracomment>
        <translation>Die Datei des Tresors ist beschädigt oder kann nicht entschlüsselt werden. Stellen Sie die letzte Sicherung des Tresors wieder her.</translation>
    </message>
    <message>
        <source>Balise ne peut pas ouvrir le coffre.</source>
        <extracomment>SQLite&apos;s own words for those codes, for a driver error that does not carry them below this much free space, an I/O error is taken to mean &quot;disk full&quot;</extracomment>
        <translation>Balise kann den Tresor nicht öffnen.</translation>
    </message>
    <message>
        <source>ce qui vient d&apos;être fait n&apos;a pas été enregistré.</source>
        <translation>was Sie gerade getan haben, wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Le disque où se trouve le coffre est plein : {consequence} Libérez de la place sur ce disque (videz la corbeille, déplacez ou supprimez de gros fichiers), puis réessayez. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>Der Datenträger, auf dem sich der Tresor befindet, ist voll: {consequence} Schaffen Sie Platz auf diesem Datenträger (Papierkorb leeren, große Dateien verschieben oder löschen) und versuchen Sie es dann erneut. Ihre bereits gespeicherten Daten sind nicht beschädigt.</translation>
    </message>
    <message>
        <source>Le dossier du coffre est en lecture seule (disque protégé en écriture, ou dossier que votre compte ne peut pas modifier) : {consequence} Vérifiez que le disque n&apos;est pas verrouillé en écriture et que vous pouvez modifier ce dossier, puis réessayez. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>Der Ordner des Tresors ist schreibgeschützt (schreibgeschützter Datenträger oder Ordner, den Ihr Konto nicht ändern darf): {consequence} Prüfen Sie, dass der Datenträger nicht schreibgeschützt ist und Sie diesen Ordner ändern können, und versuchen Sie es dann erneut. Ihre bereits gespeicherten Daten sind nicht beschädigt.</translation>
    </message>
    <message>
        <source>Votre compte sur cet ordinateur n&apos;a pas le droit d&apos;accéder aux fichiers du coffre (accès refusé) : {consequence} Connectez-vous avec votre compte habituel, ou demandez à la personne qui gère l&apos;ordinateur de vous rendre l&apos;accès au dossier du coffre. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>Ihr Konto auf diesem Computer hat keine Berechtigung für die Dateien des Tresors (Zugriff verweigert): {consequence} Melden Sie sich mit Ihrem üblichen Konto an oder bitten Sie die Person, die den Computer verwaltet, Ihnen den Zugriff auf den Ordner des Tresors wieder zu geben. Ihre bereits gespeicherten Daten sind nicht beschädigt.</translation>
    </message>
    <message>
        <source>Aucun coffre Balise n&apos;a été trouvé : le dossier « {dossier} » n&apos;existe pas ou n&apos;est plus accessible. S&apos;il se trouve sur une clé USB ou un disque réseau, reconnectez-le, puis réessayez.</source>
        <translation>Es wurde kein Balise-Tresor gefunden: Der Ordner „{dossier}“ existiert nicht oder ist nicht mehr erreichbar. Wenn er sich auf einem USB-Stick oder einem Netzlaufwerk befindet, schließen Sie ihn wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>La clé ne correspond pas à ce coffre, ou le fichier est endommagé.</source>
        <extracomment>a page&apos;s HMAC or structure is wrong (&quot;database disk image is malformed&quot;, &quot;file is not a database&quot;): SQLCipher reports a damaged page with these codes</extracomment>
        <translation>Der Schlüssel passt nicht zu diesem Tresor, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>La connexion à la base n&apos;est pas chiffrée : Balise refuse de continuer.</source>
        <translation>Die Verbindung zur Datenbank ist nicht verschlüsselt: Balise bricht ab.</translation>
    </message>
    <message>
        <source>Ce coffre a été enregistré par une version plus récente de Balise. Installez la dernière version de Balise pour l&apos;ouvrir ; rien n&apos;a été modifié.</source>
        <extracomment>tables created by raw SQL in migrations (FTS5 and its shadow tables), not by models</extracomment>
        <translation>Dieser Tresor wurde von einer neueren Version von Balise gespeichert. Installieren Sie die neueste Version von Balise, um ihn zu öffnen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>La mise à jour du coffre a échoué (références incohérentes) ; rien n&apos;a été modifié. Contactez le support.</source>
        <translation>Die Aktualisierung des Tresors ist fehlgeschlagen (inkonsistente Verweise); es wurde nichts verändert. Wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>La synchronisation n&apos;est pas disponible sur cet ordinateur (composant manquant). Réinstallez Balise.</source>
        <extracomment>Tables that travel between the laptops of a service. Listed explicitly: a new table travels only once someone has decided it should (a test checks that every table of the schema is in exactly one of the two lists). Tables that never leave the laptop, and why. The snapshot&apos;s own table: the last ``sync_dirty.id`` it holds the rows of. Triggers recording the written keys: ``sync_track_&lt;table&gt;_ins|upd|del``. Tables derived locally by triggers (the search index) never travel either. ``updated_at``: both sides touched the row; the later time wins (not a clash). Columns computed on each laptop by its own triggers: the local value stands. Columns that are numbered per laptop and removed from outgoing changesets.</extracomment>
        <translation>Die Synchronisierung ist auf diesem Computer nicht verfügbar (fehlende Komponente). Installieren Sie Balise neu.</translation>
    </message>
    <message>
        <source>Les modifications reçues n&apos;ont pas pu être appliquées ({cause}).</source>
        <extracomment>where a laptop keeps the snapshot, under its vault folder (``app.core.sync``)</extracomment>
        <translation>Die empfangenen Änderungen konnten nicht übernommen werden ({cause}).</translation>
    </message>
    <message>
        <source>Aucun coffre Balise n&apos;a été trouvé dans le dossier « {dossier} ».</source>
        <translation>Im Ordner „{dossier}“ wurde kein Balise-Tresor gefunden.</translation>
    </message>
    <message>
        <source>Ce coffre est déjà ouvert dans une autre fenêtre de Balise. Revenez à cette fenêtre, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>Dieser Tresor ist bereits in einem anderen Fenster von Balise geöffnet. Kehren Sie zu diesem Fenster zurück oder schließen Sie es, bevor Sie den Tresor erneut öffnen.</translation>
    </message>
    <message>
        <source>Le coffre ne peut pas être créé dans « {dossier} » : un fichier porte déjà ce nom ou se trouve sur ce chemin. Choisissez un autre dossier.</source>
        <translation>Der Tresor kann nicht in „{dossier}“ erstellt werden: Eine Datei trägt bereits diesen Namen oder liegt auf diesem Pfad. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Modifier l&apos;activité</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>Nouvelle activité</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>ex. La cabane</source>
        <translation>z. B. Die Hütte</translation>
    </message>
    <message>
        <source>ex. enfants de 5 à 10 ans, parents en parallèle</source>
        <translation>z. B. Kinder von 5 bis 10 Jahren, Eltern parallel</translation>
    </message>
    <message>
        <source>toutes les </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> semaine(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source>Partenaires impliqués</source>
        <translation>Beteiligte Partner</translation>
    </message>
    <message>
        <source>Animateur·rices</source>
        <translation>Moderator·innen</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>T&amp;itre :</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Public :</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Rythme :</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;Du (ou le) :</source>
        <translation>&amp;Vom (oder am):</translation>
    </message>
    <message>
        <source>A&amp;u :</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Le &amp;combientième :</source>
        <translation>Der &amp;wievielte:</translation>
    </message>
    <message>
        <source>&amp;Jour :</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Fréquence :</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>De (&amp;heure) :</source>
        <translation>Von (&amp;Uhrzeit):</translation>
    </message>
    <message>
        <source>À (heur&amp;e) :</source>
        <translation type="vanished">Bis (Uhr&amp;zeit):</translation>
    </message>
    <message>
        <source>Pa&amp;rtenaires :</source>
        <translation type="vanished">Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>Ani&amp;mé par :</source>
        <translation type="vanished">&amp;Moderiert von:</translation>
    </message>
    <message>
        <source>À (heure) :</source>
        <translation>Bis (Uhrzeit):</translation>
    </message>
    <message>
        <source>Parte&amp;naires :</source>
        <translation>Partn&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Animé par :</source>
        <translation>&amp;Moderiert von:</translation>
    </message>
    <message>
        <source>Re&amp;marques :</source>
        <translation>Bemer&amp;kungen:</translation>
    </message>
    <message>
        <source>Les dates apparaîtront ici.</source>
        <translation>Die Daten erscheinen hier.</translation>
    </message>
    <message>
        <source>{rule} : {n} séance(s), du {first} au {last}</source>
        <translation>{rule}: {n} Sitzung(en), vom {first} bis {last}</translation>
    </message>
    <message>
        <source>Indiquez la date (ou la première date).</source>
        <translation>Geben Sie das Datum (oder das erste Datum) an.</translation>
    </message>
    <message>
        <source>Filles / femmes</source>
        <extracomment>the columns of the attendance grid: (gender code, heading); &quot;&quot; is « non précisé »</extracomment>
        <translation>Mädchen / Frauen</translation>
    </message>
    <message>
        <source>Garçons / hommes</source>
        <translation>Jungen / Männer</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Présences du {day}</source>
        <translation>Anwesenheiten am {day}</translation>
    </message>
    <message>
        <source>Des comptages anonymes : combien de personnes sont venues, sans nom. Relier une personne à son dossier se fait à part, si vous le choisissez.</source>
        <extracomment>(audience, age band or &quot;&quot;, gender or &quot;&quot;, sector or &quot;&quot;) → its spin box</extracomment>
        <translation>Anonyme Zählungen: wie viele Personen gekommen sind, ohne Namen. Eine Person mit ihrer Akte zu verknüpfen, geschieht separat, wenn Sie das wünschen.</translation>
    </message>
    <message>
        <source>Âge non précisé</source>
        <translation>Alter nicht angegeben</translation>
    </message>
    <message>
        <source>Professionnel·les, secteur non précisé</source>
        <translation>Fachkräfte, Sektor nicht angegeben</translation>
    </message>
    <message>
        <source>Secteur non précisé</source>
        <translation>Sektor nicht angegeben</translation>
    </message>
    <message>
        <source>Professionnel·les, {sector}</source>
        <translation>Fachkräfte, {sector}</translation>
    </message>
    <message>
        <source>Total : {n} participant·e(s)</source>
        <translation>Gesamt: {n} Teilnehmende</translation>
    </message>
    <message>
        <source>Relier à un dossier</source>
        <translation>Mit einer Akte verknüpfen</translation>
    </message>
    <message>
        <source>ex. 2026-0042</source>
        <extracomment>the &quot;no bound&quot; value of the date fields (shown as &quot;—&quot;)</extracomment>
        <translation>z. B. 2026-0042</translation>
    </message>
    <message>
        <source>Seulement si c&apos;est utile au suivi : le lien s&apos;inscrit dans le dossier et suit ses droits d&apos;accès. Il n&apos;ajoute personne aux comptages.</source>
        <translation>Nur wenn es für die Begleitung nützlich ist: Die Verknüpfung wird in die Akte eingetragen und folgt deren Zugriffsrechten. Sie fügt den Zählungen niemanden hinzu.</translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation>&amp;Akte:</translation>
    </message>
    <message>
        <source>Formation du {day}</source>
        <translation>Fortbildung am {day}</translation>
    </message>
    <message>
        <source>Professionnel·les du répertoire</source>
        <translation>Fachkräfte aus dem Verzeichnis</translation>
    </message>
    <message>
        <source>Cochez les professionnel·les présent·es (répertoire).</source>
        <translation>Kreuzen Sie die anwesenden Fachkräfte an (Verzeichnis).</translation>
    </message>
    <message>
        <source>Année</source>
        <extracomment>a form kept at lock, reopened once its activity is read
----------
a form kept at lock, reopened once the page has read what it needs</extracomment>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>A&amp;fficher</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Rythme</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Présences</source>
        <translation>Anwesenheiten</translation>
    </message>
    <message>
        <source>Prochaine</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Annu&amp;ler la séance</source>
        <translation>Sitzung absa&amp;gen</translation>
    </message>
    <message>
        <source>Profil des nouveaux dossiers</source>
        <translation>Profil der neuen Akten</translation>
    </message>
    <message>
        <source>Accompagnement</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Plainte, protection et départ</source>
        <translation>Anzeige, Schutz und Auszug</translation>
    </message>
    <message>
        <source>Orientations vers le réseau</source>
        <translation>Überweisungen an das Netzwerk</translation>
    </message>
    <message>
        <source>Nouveaux dossiers</source>
        <translation>Neue Akten</translation>
    </message>
    <message>
        <source>Dossiers actifs</source>
        <translation>Aktive Akten</translation>
    </message>
    <message>
        <source>Dossiers clôturés</source>
        <translation>Abgeschlossene Akten</translation>
    </message>
    <message>
        <source>Plaintes déposées</source>
        <translation>Erstattete Anzeigen</translation>
    </message>
    <message>
        <source>Interdictions temporaires de résidence ordonnées</source>
        <translation>Angeordnete vorläufige Hausverbote</translation>
    </message>
    <message>
        <source>Interdictions temporaires de résidence prolongées</source>
        <translation>Verlängerte vorläufige Hausverbote</translation>
    </message>
    <message>
        <source>Demandes au tribunal de la famille</source>
        <translation>Anträge beim Familiengericht</translation>
    </message>
    <message>
        <source>Dossiers de protection du droit de séjour introduits</source>
        <translation>Eingereichte Anträge auf Schutz des Aufenthaltsrechts</translation>
    </message>
    <message>
        <source>Départs du domicile réalisés</source>
        <translation>Erfolgte Auszüge aus der Wohnung</translation>
    </message>
    <message>
        <source>Courriers d&apos;orientation émis</source>
        <translation>Versandte Überweisungsschreiben</translation>
    </message>
    <message>
        <source>Séjours commencés</source>
        <translation>Begonnene Aufenthalte</translation>
    </message>
    <message>
        <source>Séjours terminés</source>
        <translation>Beendete Aufenthalte</translation>
    </message>
    <message>
        <source>Nuitées (nuits × personnes)</source>
        <translation>Übernachtungen (Nächte × Personen)</translation>
    </message>
    <message>
        <source>Demandes d&apos;hébergement reçues</source>
        <translation>Eingegangene Unterbringungsanfragen</translation>
    </message>
    <message>
        <source>Séances tenues</source>
        <translation>Abgehaltene Sitzungen</translation>
    </message>
    <message>
        <source>Présences (cumul des séances)</source>
        <translation>Anwesenheiten (Summe aller Sitzungen)</translation>
    </message>
    <message>
        <source>Présences de professionnel·les</source>
        <translation>Anwesenheiten von Fachkräften</translation>
    </message>
    <message>
        <source>Professionnel·les formé·es</source>
        <translation>Fortgebildete Fachkräfte</translation>
    </message>
    <message>
        <source>Moins de 18 ans</source>
        <translation>Unter 18 Jahren</translation>
    </message>
    <message>
        <source>Risque relevé</source>
        <translation>Risiko gestiegen</translation>
    </message>
    <message>
        <source>Risque inchangé</source>
        <translation>Risiko unverändert</translation>
    </message>
    <message>
        <source>Risque abaissé</source>
        <translation>Risiko gesunken</translation>
    </message>
    <message>
        <source>Une seule évaluation</source>
        <translation>Nur eine Einschätzung</translation>
    </message>
    <message>
        <source>Moins d&apos;un mois</source>
        <translation>Weniger als ein Monat</translation>
    </message>
    <message>
        <source>1 à 3 mois</source>
        <translation>1 bis 3 Monate</translation>
    </message>
    <message>
        <source>3 à 6 mois</source>
        <translation>3 bis 6 Monate</translation>
    </message>
    <message>
        <source>Plus de 6 mois</source>
        <translation>Mehr als 6 Monate</translation>
    </message>
    <message>
        <source>Actifs : ouverts avant la fin de la période et non clôturés avant son début (les dossiers en pause comptent).</source>
        <translation>Aktiv: vor dem Ende des Zeitraums eröffnet und nicht vor seinem Beginn abgeschlossen (pausierte Akten zählen mit).</translation>
    </message>
    <message>
        <source>Durée d&apos;accompagnement des dossiers clôturés</source>
        <translation>Begleitungsdauer der abgeschlossenen Akten</translation>
    </message>
    <message>
        <source>De l&apos;ouverture à la clôture, en mois calendrier.</source>
        <translation>Von der Eröffnung bis zum Abschluss, in Kalendermonaten.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par commune</source>
        <translation>Neue Akten nach Gemeinde</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par type de violence</source>
        <translation>Neue Akten nach Gewaltform</translation>
    </message>
    <message>
        <source>Un dossier peut relever de plusieurs types : pas de total.</source>
        <translation>Eine Akte kann mehrere Gewaltformen betreffen: keine Summe.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par orienteur</source>
        <translation>Neue Akten nach überweisender Stelle</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par âge de la victime</source>
        <translation>Neue Akten nach Alter des Opfers</translation>
    </message>
    <message>
        <source>Âge à l&apos;ouverture du dossier.</source>
        <translation>Alter bei Eröffnung der Akte.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par genre de la victime</source>
        <translation>Neue Akten nach Geschlecht des Opfers</translation>
    </message>
    <message>
        <source>Niveau de risque à la première évaluation</source>
        <translation>Risikostufe bei der ersten Einschätzung</translation>
    </message>
    <message>
        <source>Dossiers dont la première évaluation du risque a eu lieu pendant la période.</source>
        <translation>Akten, deren erste Risikoeinschätzung im Zeitraum stattfand.</translation>
    </message>
    <message>
        <source>Évolution du risque depuis la première évaluation</source>
        <translation>Entwicklung des Risikos seit der ersten Einschätzung</translation>
    </message>
    <message>
        <source>Mêmes dossiers : niveau retenu à la dernière évaluation jusqu&apos;à la fin de la période, comparé à celui de la première.</source>
        <translation>Dieselben Akten: Stufe bei der letzten Einschätzung bis zum Ende des Zeitraums, verglichen mit der ersten.</translation>
    </message>
    <message>
        <source>Suivis réalisés par type</source>
        <translation>Durchgeführte Begleitungen nach Art</translation>
    </message>
    <message>
        <source>Suivis marqués « réalisé » ; les rendez-vous prévus ou manqués ne comptent pas.</source>
        <translation>Als „durchgeführt“ markierte Begleitungen; geplante oder verpasste Termine zählen nicht.</translation>
    </message>
    <message>
        <source>Demandes au tribunal de la famille par procédure</source>
        <translation>Anträge beim Familiengericht nach Verfahren</translation>
    </message>
    <message>
        <source>Protection du droit de séjour par base légale</source>
        <translation>Schutz des Aufenthaltsrechts nach Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Départs réalisés par destination</source>
        <translation>Erfolgte Auszüge nach Ziel</translation>
    </message>
    <message>
        <source>Orientations par secteur du partenaire</source>
        <translation>Überweisungen nach Sektor des Partners</translation>
    </message>
    <message>
        <source>Suite donnée aux orientations</source>
        <translation>Ergebnis der Überweisungen</translation>
    </message>
    <message>
        <source>Personnes hébergées : victimes et enfants présents au moins une nuit de la période. Une nuit compte quand quelqu&apos;un dort sur place : le jour d&apos;entrée compte, le jour de sortie non.</source>
        <translation>Untergebrachte Personen: Opfer und Kinder, die mindestens eine Nacht des Zeitraums anwesend waren. Eine Nacht zählt, wenn jemand vor Ort schläft: Der Tag des Einzugs zählt, der Tag des Auszugs nicht.</translation>
    </message>
    <message>
        <source>Séjours terminés par destination</source>
        <translation>Beendete Aufenthalte nach Ziel</translation>
    </message>
    <message>
        <source>Activités collectives</source>
        <translation>Gruppenaktivitäten</translation>
    </message>
    <message>
        <source>Séances non annulées, jusqu&apos;à aujourd&apos;hui. Les présences sont des comptages anonymes : un enfant venu à dix ateliers compte dix fois.</source>
        <translation>Nicht abgesagte Sitzungen bis heute. Anwesenheiten sind anonyme Zählungen: Ein Kind, das an zehn Workshops teilgenommen hat, zählt zehnmal.</translation>
    </message>
    <message>
        <source>Séances par type d&apos;activité</source>
        <translation>Sitzungen nach Art der Aktivität</translation>
    </message>
    <message>
        <source>Présences par type d&apos;activité</source>
        <translation>Anwesenheiten nach Art der Aktivität</translation>
    </message>
    <message>
        <source>Présences par âge</source>
        <translation>Anwesenheiten nach Alter</translation>
    </message>
    <message>
        <source>Présences par genre</source>
        <translation>Anwesenheiten nach Geschlecht</translation>
    </message>
    <message>
        <source>Présences de professionnel·les par secteur</source>
        <translation>Anwesenheiten von Fachkräften nach Sektor</translation>
    </message>
    <message>
        <source>Professionnel·les formé·es par module</source>
        <translation>Fortgebildete Fachkräfte nach Modul</translation>
    </message>
    <message>
        <source>Une même personne peut avoir suivi plusieurs modules : pas de total.</source>
        <translation>Dieselbe Person kann mehrere Module besucht haben: keine Summe.</translation>
    </message>
    <message>
        <source>Heures de suivi par type</source>
        <translation>Begleitungsstunden nach Art</translation>
    </message>
    <message>
        <source>Durées notées sur les suivis réalisés ; une case est masquée quand le nombre de suivis correspondant l&apos;est.</source>
        <translation>Bei den durchgeführten Begleitungen erfasste Dauer; ein Feld wird ausgeblendet, wenn die entsprechende Zahl der Begleitungen ausgeblendet ist.</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Nouvelle activité…</source>
        <translation>&amp;Neue Aktivität…</translation>
    </message>
    <message>
        <source>&amp;Modifier l&apos;activité…</source>
        <translation>Aktivität &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Liées à un dossier</source>
        <translation>Mit einer Akte verknüpft</translation>
    </message>
    <message>
        <source>Formé·es</source>
        <translation>Fortgebildet</translation>
    </message>
    <message>
        <source>Séances de l&apos;activité</source>
        <translation>Sitzungen der Aktivität</translation>
    </message>
    <message>
        <source>Noter les &amp;présences…</source>
        <translation>&amp;Anwesenheiten erfassen…</translation>
    </message>
    <message>
        <source>&amp;Relier à un dossier…</source>
        <translation>Mit einer Akte &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Professionnel·les f&amp;ormé·es…</source>
        <translation>F&amp;ortgebildete Fachkräfte…</translation>
    </message>
    <message>
        <source>A&amp;nnuler la séance</source>
        <translation type="vanished">Sitzung ab&amp;sagen</translation>
    </message>
    <message>
        <source>Professionnel·le</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Modules suivis</source>
        <translation>Besuchte Module</translation>
    </message>
    <message>
        <source>Plan de formation du réseau</source>
        <translation>Fortbildungsplan des Netzwerks</translation>
    </message>
    <message>
        <source>Les présences sont des comptages anonymes (âge, genre, secteur pour les professionnel·les). Relier une personne à son dossier reste un choix.</source>
        <translation>Die Anwesenheiten sind anonyme Zählungen (Alter, Geschlecht, Sektor bei Fachkräften). Eine Person mit ihrer Akte zu verknüpfen, bleibt eine Wahl.</translation>
    </message>
    <message>
        <source>Qui, dans le réseau, a suivi quel module (formations enregistrées avec les contacts du répertoire).</source>
        <translation>Wer im Netzwerk welches Modul besucht hat (mit den Kontakten des Verzeichnisses erfasste Fortbildungen).</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Plan de formation</source>
        <translation>Fortbildungsplan</translation>
    </message>
    <message>
        <source>Activités collectives et formations</source>
        <translation>Gruppenaktivitäten und Fortbildungen</translation>
    </message>
    <message>
        <source>{held} sur {n}</source>
        <translation>{held} von {n}</translation>
    </message>
    <message>
        <source>{title} — {rule}</source>
        <translation>{title} — {rule}</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>tenue</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Ré&amp;tablir la séance</source>
        <translation>Sitzung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>{detail} — {hint}</source>
        <translation>{detail} — {hint}</translation>
    </message>
    <message>
        <source>Rendez-vous réalisé</source>
        <translation>Termin wahrgenommen</translation>
    </message>
    <message>
        <source>{kind} du {when} — dossier {reference}</source>
        <translation>{kind} vom {when} — Akte {reference}</translation>
    </message>
    <message>
        <source>Ce qui a été fait ou dit, en quelques mots.</source>
        <translation>Was getan oder gesagt wurde, in wenigen Worten.</translation>
    </message>
    <message>
        <source>&amp;Résumé :</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <extracomment>emitted after a successful save with what the save job returned question asked when leaving with unsaved changes</extracomment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Annuler</source>
        <extracomment>the language the letter is written in: the partner&apos;s (issue 14)</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Le brouillon gardé n&apos;a pas pu être relu : {reason}</source>
        <translation>Der aufbewahrte Entwurf konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Résumé d&apos;un rendez-vous</source>
        <translation>Zusammenfassung eines Termins</translation>
    </message>
    <message>
        <source>aucun contact enregistré</source>
        <extracomment>the follow-up behind the line, when it can be marked done or missed a deadline of a day rather than of an hour (issue #4): no time shown</extracomment>
        <translation>kein Kontakt erfasst</translation>
    </message>
    <message>
        <source>dernier contact {date}</source>
        <translation>letzter Kontakt {date}</translation>
    </message>
    <message>
        <source>Risque {level}</source>
        <translation>Risiko {level}</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Jour</source>
        <extracomment>the key of the overdue group in the tree (a day&apos;s group: its ISO date)</extracomment>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Semaine</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>◀ &amp;Précédent</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Aujourd&apos;hui</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Sui&amp;vant ▶</source>
        <translation>Weite&amp;r ▶</translation>
    </message>
    <message>
        <source>M&amp;es rendez-vous</source>
        <translation>M&amp;eine Termine</translation>
    </message>
    <message>
        <source>&amp;Tout le service</source>
        <translation>&amp;Ganzer Dienst</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier</source>
        <translation>Akte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Réalisé…</source>
        <translation>Wahrgeno&amp;mmen…</translation>
    </message>
    <message>
        <source>Marquer le rendez-vous comme réalisé, avec un résumé</source>
        <translation>Den Termin mit einer Zusammenfassung als wahrgenommen markieren</translation>
    </message>
    <message>
        <source>&amp;Manqué</source>
        <translation>&amp;Verpasst</translation>
    </message>
    <message>
        <source>La personne n&apos;est pas venue ou n&apos;a pas pu être jointe</source>
        <translation>Die Person ist nicht gekommen oder war nicht erreichbar</translation>
    </message>
    <message>
        <source>Afficher les rendez-vous suiva&amp;nts</source>
        <translation>Weitere Termine &amp;anzeigen</translation>
    </message>
    <message>
        <source>Afficher d&apos;autres retar&amp;ds</source>
        <translation>Weitere Rückstän&amp;de anzeigen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Semaine du {first} au {last}</source>
        <translation>Woche vom {first} bis {last}</translation>
    </message>
    <message>
        <source>En retard — à marquer réalisés ou manqués ({n})</source>
        <translation>Überfällig — als wahrgenommen oder verpasst zu markieren ({n})</translation>
    </message>
    <message>
        <source>Échéances dépassées sans mise à jour ({n})</source>
        <translation>Überschrittene Fristen ohne Aktualisierung ({n})</translation>
    </message>
    <message>
        <source>{day} (aujourd&apos;hui)</source>
        <translation>{day} (heute)</translation>
    </message>
    <message>
        <source>Aucun rendez-vous.</source>
        <translation>Kein Termin.</translation>
    </message>
    <message>
        <source>… {n} rendez-vous de plus ce jour : « Afficher les rendez-vous suivants »</source>
        <translation>… {n} weitere Termine an diesem Tag: „Weitere Termine anzeigen“</translation>
    </message>
    <message>
        <source>… {n} de plus : « Afficher d&apos;autres retards »</source>
        <translation>… {n} weitere: „Weitere Rückstände anzeigen“</translation>
    </message>
    <message>
        <source>Heure</source>
        <extracomment>names the group, to add entries to it later (a day&apos;s ISO date, &quot;overdue&quot;) a last line saying that more entries are not shown yet (a long list) on a heading: its group&apos;s key; on the &quot;more to see&quot; line of a group: True</extracomment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Lieu / précisions</source>
        <translation>Ort / Details</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>N°</source>
        <extracomment>fetch(before, limit) -&gt; AuditPage, run on the worker thread</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Utilisateur·rice</source>
        <translation>Benutzer·in</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Entrées du journal d&apos;audit</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Vérifier la chaîne</source>
        <translation>&amp;Kette überprüfen</translation>
    </message>
    <message>
        <source>&amp;Du :</source>
        <extracomment>where to save the export (replaced in tests)</extracomment>
        <translation>&amp;Vom:</translation>
    </message>
    <message>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Ac&amp;tion :</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>D&amp;ossier :</source>
        <translation>&amp;Akte:</translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Chaque ouverture du coffre, consultation ou modification de dossier, courrier, export et changement de compte est noté ici, sans donnée personnelle. Les entrées sont chaînées : toute modification est détectée.</source>
        <translation>Jedes Öffnen des Tresors, jedes Einsehen oder Ändern einer Akte, jedes Schreiben, jeder Export und jede Kontoänderung wird hier ohne personenbezogene Daten festgehalten. Die Einträge sind verkettet: Jede Veränderung wird erkannt.</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tout le monde</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source> (faites défiler pour la suite)</source>
        <translation> (für mehr weiterscrollen)</translation>
    </message>
    <message>
        <source>{n} entrée(s) affichée(s)</source>
        <translation>{n} Eintrag/Einträge angezeigt</translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} entrée(s) exportée(s) dans « {file} ».</source>
        <translation>{n} Eintrag/Einträge in „{file}“ exportiert.</translation>
    </message>
    <message>
        <source>Export du journal…</source>
        <translation>Protokoll wird exportiert…</translation>
    </message>
    <message>
        <source>Vérification de la chaîne…</source>
        <translation>Kette wird überprüft…</translation>
    </message>
    <message>
        <source>Sauvegardes et conservation</source>
        <translation>Sicherungen und Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>Conservation et e&amp;ffacement…</source>
        <translation>Aufbewahrung und &amp;Löschung…</translation>
    </message>
    <message>
        <source>Conservation et &amp;effacement…</source>
        <translation type="vanished">Aufbewahrung und &amp;Löschung…</translation>
    </message>
    <message>
        <source>Copies chiffrées du coffre (une par jour, et sur une clé USB si vous en choisissez une), restauration, et effacement des dossiers dont le délai de conservation est passé.</source>
        <translation>Verschlüsselte Kopien des Tresors (eine pro Tag, und auf einem USB-Stick, wenn Sie einen wählen), Wiederherstellung und Löschung der Akten, deren Aufbewahrungsfrist abgelaufen ist.</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) après cette date ont été appliqués à nouveau : rien de ce qui avait été effacé n&apos;est revenu.</source>
        <translation>{n} nach diesem Datum erfolgte Löschung(en) wurden erneut angewendet: Nichts Gelöschtes ist zurückgekehrt.</translation>
    </message>
    <message>
        <source>Le registre des effacements a été relu : aucun effacement n&apos;avait été fait après cette date.</source>
        <translation>Das Löschregister wurde gelesen: Nach diesem Datum war keine Löschung erfolgt.</translation>
    </message>
    <message>
        <source>Le coffre a été restauré : il revient à la sauvegarde du {quand}, et ce qui avait été enregistré après n&apos;y est plus. {effacements} Le coffre endommagé a été mis de côté dans « {chemin} » (rien n&apos;a été supprimé). Déverrouillez avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>Der Tresor wurde wiederhergestellt: Er entspricht wieder der Sicherung vom {quand}, und was danach gespeichert worden war, ist nicht mehr vorhanden. {effacements} Der beschädigte Tresor wurde in „{chemin}“ beiseitegelegt (nichts wurde gelöscht). Entsperren Sie mit der Passphrase, die zum Zeitpunkt der Sicherung gültig war.</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <extracomment>the :class:`~app.core.restore.RestoreOutcome`; the vault is locked again</extracomment>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Phrase de passe à la date de la sauvegarde</source>
        <translation>Passphrase zum Zeitpunkt der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Restaurer</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {quand}</source>
        <translation>Die Sicherung vom {quand} wiederherstellen</translation>
    </message>
    <message>
        <source>Cette sauvegarde vérifiée va remplacer le coffre endommagé : ce qui a été enregistré après le {quand} sera perdu. Le coffre endommagé n&apos;est pas supprimé : il est mis de côté dans le dossier du coffre. Les effacements faits après cette date seront appliqués à nouveau.</source>
        <translation>Diese überprüfte Sicherung ersetzt den beschädigten Tresor: Was nach dem {quand} gespeichert wurde, geht verloren. Der beschädigte Tresor wird nicht gelöscht, sondern im Ordner des Tresors beiseitegelegt. Die nach diesem Datum erfolgten Löschungen werden erneut angewendet.</translation>
    </message>
    <message>
        <source>Identifiez-vous avec un compte de coordination et la phrase de passe valable à la date de la sauvegarde (celle d&apos;avant un éventuel changement).</source>
        <translation>Melden Sie sich mit einem Koordinationskonto und der Passphrase an, die zum Zeitpunkt der Sicherung gültig war (die vor einer eventuellen Änderung).</translation>
    </message>
    <message>
        <source>Restauration et vérification en cours…</source>
        <translation>Wiederherstellung und Überprüfung laufen…</translation>
    </message>
    <message>
        <source>Tapez votre identifiant.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Tapez la phrase de passe valable à cette date.</source>
        <translation>Geben Sie die zu diesem Zeitpunkt gültige Passphrase ein.</translation>
    </message>
    <message>
        <source>quotidienne</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>manuelle</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>après effacement</source>
        <translation>nach Löschung</translation>
    </message>
    <message>
        <source>avant restauration</source>
        <translation>vor Wiederherstellung</translation>
    </message>
    <message>
        <source>Sauvegardes du coffre</source>
        <extracomment>emitted after a restore: the data on screen is another&apos;s, the window must lock</extracomment>
        <translation>Sicherungen des Tresors</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>how many follow-ups the case holds; the timeline shows the newest, a page at a time (a case can hold a thousand)</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Vérifiée</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Choisir le dossier externe…</source>
        <translation>Externen Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>Ne plus copier à l&apos;e&amp;xtérieur</source>
        <translation>Nicht mehr e&amp;xtern kopieren</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>Gewählte Sicherung wiede&amp;rherstellen…</translation>
    </message>
    <message>
        <source>Chaque sauvegarde est une copie chiffrée du coffre, avec les phrases de passe et le code de récupération valables à sa date. Balise en fait une par jour au verrouillage ou à la fermeture, et garde les 7 derniers jours, 4 semaines et 12 mois. Une copie sur une clé USB ou un disque réseau protège aussi du vol ou de la panne de l&apos;ordinateur.</source>
        <translation>Jede Sicherung ist eine verschlüsselte Kopie des Tresors, mit den zu ihrem Zeitpunkt gültigen Passphrasen und dem Wiederherstellungscode. Balise erstellt eine pro Tag beim Sperren oder Schließen und behält die letzten 7 Tage, 4 Wochen und 12 Monate. Eine Kopie auf einem USB-Stick oder einem Netzlaufwerk schützt auch bei Diebstahl oder Ausfall des Computers.</translation>
    </message>
    <message>
        <source>dossier du coffre</source>
        <translation>Ordner des Tresors</translation>
    </message>
    <message>
        <source>copie externe</source>
        <translation>externe Kopie</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>non</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Copie externe : aucune (choisissez un dossier).</source>
        <translation>Externe Kopie: keine (wählen Sie einen Ordner).</translation>
    </message>
    <message>
        <source>Copie externe : « {dossier} ».</source>
        <translation>Externe Kopie: „{dossier}“.</translation>
    </message>
    <message>
        <source>Copie externe : « {dossier} » n&apos;est pas branché ou pas accessible.</source>
        <translation>Externe Kopie: „{dossier}“ ist nicht angeschlossen oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Vérification de la copie…</source>
        <translation>Kopie wird überprüft…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée du {quand} ({taille}).</source>
        <translation>Überprüfte Sicherung vom {quand} ({taille}).</translation>
    </message>
    <message>
        <source>La copie externe est faite et vérifiée.</source>
        <translation>Die externe Kopie ist erstellt und überprüft.</translation>
    </message>
    <message>
        <source>Dossier de la copie externe (clé USB, disque réseau)</source>
        <translation>Ordner der externen Kopie (USB-Stick, Netzlaufwerk)</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {quand} ? Ce qui a été enregistré après cette date sera perdu (le coffre actuel est mis de côté dans son dossier, jamais supprimé). Les effacements faits depuis seront appliqués à nouveau. Le coffre se verrouillera ensuite : rouvrez-le avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>Die Sicherung vom {quand} wiederherstellen? Was nach diesem Datum gespeichert wurde, geht verloren (der aktuelle Tresor wird in seinem Ordner beiseitegelegt, nie gelöscht). Die seitdem erfolgten Löschungen werden erneut angewendet. Danach wird der Tresor gesperrt: Öffnen Sie ihn wieder mit der Passphrase, die zum Zeitpunkt der Sicherung gültig war.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Wiederherstellung läuft…</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) depuis ont été appliqués à nouveau.</source>
        <translation>{n} seitdem erfolgte Löschung(en) wurden erneut angewendet.</translation>
    </message>
    <message>
        <source>Le coffre remplacé est dans « {chemin} ».</source>
        <translation>Der ersetzte Tresor befindet sich in „{chemin}“.</translation>
    </message>
    <message>
        <source>État des sauvegardes</source>
        <translation>Status der Sicherungen</translation>
    </message>
    <message>
        <source>Données relatives à des infractions (RGPD, art. 10) : notez uniquement ce qui est utile à la sécurité de la personne et à l&apos;accompagnement.</source>
        <translation>Daten über Straftaten (DSGVO, Art. 10): Erfassen Sie nur, was für die Sicherheit der Person und die Begleitung nützlich ist.</translation>
    </message>
    <message>
        <source>Modifier l&apos;auteur présumé</source>
        <translation>Mutmaßliche·n Täter·in bearbeiten</translation>
    </message>
    <message>
        <source>Ajouter un auteur présumé</source>
        <translation>Mutmaßliche·n Täter·in hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Lien avec la victime :</source>
        <translation>&amp;Beziehung zum Opfer:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Date de na&amp;issance :</source>
        <translation>Geburts&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Vit avec la victime ?</source>
        <translation>&amp;Lebt mit dem Opfer?</translation>
    </message>
    <message>
        <source>A accès à des &amp;armes ?</source>
        <translation>Hat Zugang zu &amp;Waffen?</translation>
    </message>
    <message>
        <source>Armes : pré&amp;cisions :</source>
        <translation>Waffen: &amp;Einzelheiten:</translation>
    </message>
    <message>
        <source>Armes : &amp;précisions :</source>
        <translation type="vanished">Waffen: &amp;Einzelheiten:</translation>
    </message>
    <message>
        <source>Antécédents &amp;judiciaires :</source>
        <translation>Vor&amp;strafen:</translation>
    </message>
    <message>
        <source>Lien</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Geburt</translation>
    </message>
    <message>
        <source>Vit avec la victime</source>
        <translation>Lebt mit dem Opfer</translation>
    </message>
    <message>
        <source>Armes</source>
        <translation>Waffen</translation>
    </message>
    <message>
        <source>Antécédents judiciaires</source>
        <translation>Vorstrafen</translation>
    </message>
    <message>
        <source>Auteurs présumés</source>
        <translation>Mutmaßliche Täter·innen</translation>
    </message>
    <message>
        <source>&amp;Ajouter un auteur présumé…</source>
        <translation>Mutmaßliche·n Täter·in &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Modi&amp;fier…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;tirer…</source>
        <translation>En&amp;tfernen…</translation>
    </message>
    <message>
        <source>Vous ne voyez ici que les fiches que vous avez enregistrées vous-même : celles de vos collègues restent réservées à l&apos;équipe sociale et à la coordination.</source>
        <extracomment>shown to a role that sees only the records it made (street educators)</extracomment>
        <translation>Sie sehen hier nur die Datenblätter, die Sie selbst erfasst haben: Die Ihrer Kolleg·innen bleiben dem Sozialteam und der Koordination vorbehalten.</translation>
    </message>
    <message>
        <source>Retirer cette fiche d&apos;auteur présumé du dossier ? Elle sera effacée.</source>
        <translation>Dieses Datenblatt der/des mutmaßlichen Täter·in aus der Akte entfernen? Es wird gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Modifier la plainte</source>
        <translation>Anzeige bearbeiten</translation>
    </message>
    <message>
        <source>Nouvelle plainte</source>
        <translation>Neue Anzeige</translation>
    </message>
    <message>
        <source>ex. Zone Secova</source>
        <translation>z. B. Zone Secova</translation>
    </message>
    <message>
        <source>ex. Commissariat d&apos;Aywaille</source>
        <translation>z. B. Kommissariat Aywaille</translation>
    </message>
    <message>
        <source>ex. LI.55.L1.012345/26</source>
        <translation>z. B. LI.55.L1.012345/26</translation>
    </message>
    <message>
        <source>&amp;Accompagnée</source>
        <translation>Beg&amp;leitet</translation>
    </message>
    <message>
        <source>par qui (ex. l&apos;éducatrice de rue)</source>
        <translation>von wem (z. B. die Streetworkerin)</translation>
    </message>
    <message>
        <source>&amp;Certificat médical</source>
        <translation>Ärztliches &amp;Attest</translation>
    </message>
    <message>
        <source>Photos, messages, témoins…</source>
        <translation>Fotos, Nachrichten, Zeug·innen…</translation>
    </message>
    <message>
        <source>&amp;Déposée le :</source>
        <translation>&amp;Erstattet am:</translation>
    </message>
    <message>
        <source>&amp;Zone de police :</source>
        <translation>&amp;Polizeizone:</translation>
    </message>
    <message>
        <source>Co&amp;mmissariat :</source>
        <translation>Ko&amp;mmissariat:</translation>
    </message>
    <message>
        <source>N° de &amp;PV :</source>
        <translation>Protokoll-&amp;Nr.:</translation>
    </message>
    <message>
        <source>Par &amp;qui :</source>
        <translation>Von &amp;wem:</translation>
    </message>
    <message>
        <source>Da&amp;te du certificat :</source>
        <translation>Da&amp;tum des Attests:</translation>
    </message>
    <message>
        <source>Pre&amp;uves recueillies :</source>
        <translation>&amp;Gesammelte Beweise:</translation>
    </message>
    <message>
        <source>&amp;Remarques :</source>
        <translation>&amp;Bemerkungen:</translation>
    </message>
    <message>
        <source>La plainte est enregistrée avec le statut « déposée ».</source>
        <translation>Die Anzeige wird mit dem Status „erstattet“ erfasst.</translation>
    </message>
    <message>
        <source>Changer le statut de la plainte</source>
        <translation>Status der Anzeige ändern</translation>
    </message>
    <message>
        <source>ex. avis du parquet reçu par courrier</source>
        <translation>z. B. Mitteilung der Staatsanwaltschaft per Post erhalten</translation>
    </message>
    <message>
        <source>Statut actuel : {status} depuis le {date}.</source>
        <translation>Aktueller Status: {status} seit dem {date}.</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut :</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <source>&amp;Depuis le :</source>
        <translation>&amp;Seit dem:</translation>
    </message>
    <message>
        <source>&amp;Remarque :</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>Noter un consentement</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>À l&apos;&amp;enregistrement de ses données</source>
        <translation type="vanished">Zur Speic&amp;herung ihrer Daten</translation>
    </message>
    <message>
        <source>À l&apos;enre&amp;gistrement de ses données</source>
        <translation>Zur Speic&amp;herung ihrer Daten</translation>
    </message>
    <message>
        <source>Au &amp;partage d&apos;informations</source>
        <translation>Zur &amp;Weitergabe von Informationen</translation>
    </message>
    <message>
        <source>— choisir un secteur —</source>
        <translation>— Sektor wählen —</translation>
    </message>
    <message>
        <source>ex. CPAS d&apos;Aywaille (facultatif si le secteur suffit)</source>
        <translation>z. B. ÖSHZ Aywaille (optional, wenn der Sektor genügt)</translation>
    </message>
    <message>
        <source>— choisir le but —</source>
        <translation>— Zweck wählen —</translation>
    </message>
    <message>
        <source>Consentement de la personne, avec la date et la forme.</source>
        <translation>Einwilligung der Person, mit Datum und Form.</translation>
    </message>
    <message>
        <source>Consentement :</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Forme :</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Secteur :</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>&amp;Organisme :</source>
        <translation>&amp;Einrichtung:</translation>
    </message>
    <message>
        <source>&amp;But :</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Pr&amp;écisions :</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <source>Retirer un consentement</source>
        <translation>Eine Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Le consentement reste dans le registre, avec sa date de retrait.</source>
        <translation>Die Einwilligung bleibt mit ihrem Widerrufsdatum im Register.</translation>
    </message>
    <message>
        <source>Retiré &amp;le :</source>
        <translation>Widerrufen &amp;am:</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;retrait</source>
        <translation>&amp;Widerruf speichern</translation>
    </message>
    <message>
        <source>Consentement à l&apos;enregistrement du {date}</source>
        <translation>Einwilligung zur Speicherung vom {date}</translation>
    </message>
    <message>
        <source>Partage avec {recipient} du {date}</source>
        <translation>Weitergabe an {recipient} vom {date}</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>But</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Retiré le</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Noté par</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Registre des consentements</source>
        <translation>Einwilligungsregister</translation>
    </message>
    <message>
        <source>&amp;Noter un consentement…</source>
        <translation>Einwilligung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Reti&amp;rer le consentement…</source>
        <translation>Einwilligung wide&amp;rrufen…</translation>
    </message>
    <message>
        <source>Aucun courrier ni partage sans un consentement au partage valable pour ce destinataire et ce but.</source>
        <translation>Kein Schreiben und keine Weitergabe ohne gültige Einwilligung zur Weitergabe für diesen Empfänger und diesen Zweck.</translation>
    </message>
    <message>
        <source>Partage</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Destination :</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Transport :</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Personne de confiance :</source>
        <translation>Vertrauensperson:</translation>
    </message>
    <message>
        <source>Mot de passe :</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Situations déclenchantes :</source>
        <translation>Auslösende Situationen:</translation>
    </message>
    <message>
        <source>Voisin·e·s prévenu·e·s :</source>
        <translation>Informierte Nachbar·innen:</translation>
    </message>
    <message>
        <source>Sac d&apos;urgence :</source>
        <translation>Notfalltasche:</translation>
    </message>
    <message>
        <source>Remarques :</source>
        <translation>Bemerkungen:</translation>
    </message>
    <message>
        <source>Avancement du plan de départ</source>
        <translation>Fortschritt des Auszugsplans</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Liste du plan de départ</source>
        <translation>Liste des Auszugsplans</translation>
    </message>
    <message>
        <source>&amp;Remplir le plan…</source>
        <translation>Plan &amp;ausfüllen…</translation>
    </message>
    <message>
        <source>Refaire le plan (&amp;nouvelle version)…</source>
        <translation>Plan neu erstellen (&amp;neue Version)…</translation>
    </message>
    <message>
        <source>Version du plan affichée</source>
        <translation>Angezeigte Version des Plans</translation>
    </message>
    <message>
        <source>&amp;Version :</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Modi&amp;fier le plan…</source>
        <translation>Plan &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Aucun plan de départ pour ce dossier.</source>
        <translation>Kein Auszugsplan für diese Akte.</translation>
    </message>
    <message>
        <source>Préparez-le avec la personne : documents, indispensables, enfants, contacts et mot de passe, destination et transport.</source>
        <translation>Bereiten Sie ihn mit der Person vor: Dokumente, Unverzichtbares, Kinder, Kontakte und Passwort, Ziel und Transport.</translation>
    </message>
    <message>
        <source>Version {n} — {status}{when}</source>
        <translation>Version {n} — {status}{when}</translation>
    </message>
    <message>
        <source>, par {name}</source>
        <translation>, von {name}</translation>
    </message>
    <message>
        <source>Créée le {date}{by}.</source>
        <translation>Erstellt am {date}{by}.</translation>
    </message>
    <message>
        <source>Version archivée (lecture seule). </source>
        <translation>Archivierte Version (nur lesen). </translation>
    </message>
    <message>
        <source>{done} éléments sur {total} ({percent} %)</source>
        <translation>{done} von {total} Punkten ({percent} %)</translation>
    </message>
    <message>
        <source>Refaire le plan de départ ? La version actuelle est gardée dans l&apos;historique ; la nouvelle version part de son contenu, avec le statut « en préparation ».</source>
        <translation>Den Auszugsplan neu erstellen? Die aktuelle Version bleibt im Verlauf erhalten; die neue Version übernimmt ihren Inhalt, mit dem Status „in Vorbereitung“.</translation>
    </message>
    <message>
        <source>&amp;Refaire le plan</source>
        <translation>Plan &amp;neu erstellen</translation>
    </message>
    <message>
        <source>Plan de départ — version {n}</source>
        <translation>Auszugsplan — Version {n}</translation>
    </message>
    <message>
        <source>— pas encore choisie —</source>
        <translation>— noch nicht gewählt —</translation>
    </message>
    <message>
        <source>— aucun séjour choisi —</source>
        <translation>— kein Aufenthalt gewählt —</translation>
    </message>
    <message>
        <source>Séjour en hébergement d&apos;urgence</source>
        <translation>Aufenthalt in einer Notunterkunft</translation>
    </message>
    <message>
        <source>sans adresse secrète</source>
        <translation>ohne geheime Adresse</translation>
    </message>
    <message>
        <source>mot convenu pour dire « viens vite »</source>
        <translation>vereinbartes Wort für „komm schnell“</translation>
    </message>
    <message>
        <source>ce qui annonce la violence</source>
        <translation>was die Gewalt ankündigt</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Départ &amp;prévu le :</source>
        <translation>&amp;Geplanter Auszug am:</translation>
    </message>
    <message>
        <source>Départ e&amp;ffectif le :</source>
        <translation>Tatsä&amp;chlicher Auszug am:</translation>
    </message>
    <message>
        <source>&amp;Destination :</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Séjo&amp;ur :</source>
        <translation>Aufent&amp;halt:</translation>
    </message>
    <message>
        <source>&amp;Transport :</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>Personne de &amp;confiance :</source>
        <translation>&amp;Vertrauensperson:</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>S&amp;ituations déclenchantes :</source>
        <translation>Aus&amp;lösende Situationen:</translation>
    </message>
    <message>
        <source>&amp;Voisin·e·s prévenu·e·s :</source>
        <translation>&amp;Informierte Nachbar·innen:</translation>
    </message>
    <message>
        <source>Sac d&apos;&amp;urgence caché :</source>
        <translation>&amp;Notfalltasche versteckt:</translation>
    </message>
    <message>
        <source>Marquer « &amp;prêt »</source>
        <translation>Als „bereit“ &amp;markieren</translation>
    </message>
    <message>
        <source>Modifier le dossier</source>
        <translation>Akte bearbeiten</translation>
    </message>
    <message>
        <source>Modifier le dossier {reference}</source>
        <translation>Akte {reference} bearbeiten</translation>
    </message>
    <message>
        <source>Dossier {reference}</source>
        <translation>Akte {reference}</translation>
    </message>
    <message>
        <source>— non précisée —</source>
        <translation>— nicht angegeben —</translation>
    </message>
    <message>
        <source>Do&amp;ssier confidentiel (réservé aux intervenant·es attitré·es)</source>
        <translation>Vertra&amp;uliche Akte (nur für zugewiesene Fachkräfte)</translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation>&amp;Gemeinde:</translation>
    </message>
    <message>
        <source>&amp;Origine de la demande :</source>
        <translation>&amp;Herkunft der Anfrage:</translation>
    </message>
    <message>
        <source>Si&amp;tuation :</source>
        <translation>Si&amp;tuation:</translation>
    </message>
    <message>
        <source>&amp;Intervenant·es :</source>
        <translation>&amp;Fachkräfte:</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Gewalt</translation>
    </message>
    <message>
        <source>Types de &amp;violence :</source>
        <translation>Gewaltfo&amp;rmen:</translation>
    </message>
    <message>
        <source>&amp;Premier fait connu :</source>
        <translation>&amp;Erster bekannter Vorfall:</translation>
    </message>
    <message>
        <source>&amp;Dernier fait connu :</source>
        <translation>&amp;Letzter bekannter Vorfall:</translation>
    </message>
    <message>
        <source>En&amp;fants exposés :</source>
        <translation>Betroffene &amp;Kinder:</translation>
    </message>
    <message>
        <source>Commune non reconnue : choisissez-la dans la liste.</source>
        <translation>Gemeinde nicht erkannt: Wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <source>Re&amp;prendre</source>
        <extracomment>the user chose &quot;Reprendre&quot; for this draft</extracomment>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Masquer ce message ; la saisie reste conservée.</source>
        <translation>Diese Meldung ausblenden; die Eingabe bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Une saisie interrompue par le verrouillage a été conservée : « {title} » ({date}).</source>
        <translation>Eine durch das Sperren unterbrochene Eingabe wurde aufbewahrt: „{title}“ ({date}).</translation>
    </message>
    <message>
        <source>formulaire</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>{n} autre(s) ensuite.</source>
        <translation>{n} weitere danach.</translation>
    </message>
    <message>
        <source>Le dossier {ref} sera effacé définitivement du coffre, avec tout ce qu&apos;il contient : {people} personne(s), {authors} auteur(s), {followups} suivi(s), {screenings} évaluation(s) du risque, {consents} consentement(s), ainsi que les plaintes et mesures de protection, les démarches, le plan de départ, les documents émis et les brouillons du dossier.</source>
        <extracomment>what will be gone, in words (counts and kinds)</extracomment>
        <translation>Die Akte {ref} wird endgültig aus dem Tresor gelöscht, mit ihrem gesamten Inhalt: {people} Person(en), {authors} Täter·in(nen), {followups} Begleitung(en), {screenings} Risikoeinschätzung(en), {consents} Einwilligung(en) sowie die Anzeigen und Schutzmaßnahmen, die Schritte, der Auszugsplan, die ausgestellten Dokumente und die Entwürfe der Akte.</translation>
    </message>
    <message>
        <source>Effacer définitivement le dossier</source>
        <translation>Akte endgültig löschen</translation>
    </message>
    <message>
        <source>La fiche de {who} ({role}) sera effacée définitivement du dossier {ref} : identité, date de naissance, numéro national, coordonnées et consignes de contact. Le reste du dossier est gardé. Si son nom est écrit dans le texte d&apos;un suivi ou d&apos;un document, il n&apos;y est pas retrouvé : relisez ces textes.</source>
        <translation>Das Datenblatt von {who} ({role}) wird endgültig aus der Akte {ref} gelöscht: Identität, Geburtsdatum, Nationalregisternummer, Kontaktdaten und Kontaktregeln. Der Rest der Akte bleibt erhalten. Wenn der Name im Text einer Begleitung oder eines Dokuments steht, wird er dort nicht gefunden: Lesen Sie diese Texte nach.</translation>
    </message>
    <message>
        <source>Effacer définitivement une personne</source>
        <translation>Eine Person endgültig löschen</translation>
    </message>
    <message>
        <source>La personne concernée a &amp;demandé l&apos;effacement de ses données (RGPD, art. 17).</source>
        <extracomment>the :class:`~app.core.purge.ErasureOutcome` once the erasure is committed</extracomment>
        <translation>Die betreffende Person hat die Löschung ihrer Daten &amp;beantragt (DSGVO, Art. 17).</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Cette action ne peut pas être annulée. Une sauvegarde du coffre est faite juste après ; les sauvegardes plus anciennes (dans le coffre et sur la copie externe) contiennent encore ces données jusqu&apos;à ce que la rotation les retire, au bout d&apos;environ {months} mois. Le journal garde seulement qu&apos;un effacement a eu lieu, par qui et pour quel motif, jamais son contenu.</source>
        <translation>Diese Aktion kann nicht rückgängig gemacht werden. Direkt danach wird eine Sicherung des Tresors erstellt; ältere Sicherungen (im Tresor und auf der externen Kopie) enthalten diese Daten noch, bis die Rotation sie nach etwa {months} Monaten entfernt. Das Protokoll hält nur fest, dass eine Löschung stattgefunden hat, durch wen und aus welchem Grund, nie ihren Inhalt.</translation>
    </message>
    <message>
        <source>Motif : demande de la personne (RGPD, art. 17).</source>
        <translation>Grund: Antrag der Person (DSGVO, Art. 17).</translation>
    </message>
    <message>
        <source>Effacement et sauvegarde en cours…</source>
        <translation>Löschung und Sicherung laufen…</translation>
    </message>
    <message>
        <source>Touche {n}</source>
        <translation>Taste {n}</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>tt/mm/jjjj</translation>
    </message>
    <message>
        <source>Date non reconnue : tapez-la comme 30/07/1985.</source>
        <translation>Datum nicht erkannt: Geben Sie es so ein: 30/07/1985.</translation>
    </message>
    <message>
        <source>Tapez le début du nom ou le code postal</source>
        <translation>Geben Sie den Anfang des Namens oder die Postleitzahl ein</translation>
    </message>
    <message>
        <source>Compte rendu du rendez-vous</source>
        <translation>Bericht über den Termin</translation>
    </message>
    <message>
        <source>Modifier le suivi</source>
        <translation>Begleitung bearbeiten</translation>
    </message>
    <message>
        <source>Prochain rendez-vous</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Nouveau suivi</source>
        <translation>Neue Begleitung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>ex. bureau, domicile, commissariat</source>
        <translation>z. B. Büro, Wohnung, Kommissariat</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, ce qui a été convenu</source>
        <translation>Was geschehen ist, was vereinbart wurde</translation>
    </message>
    <message>
        <source>&amp;Date et heure :</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Prochaine étape :</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <source>Planifier le prochain rende&amp;z-vous</source>
        <translation>Nächsten &amp;Termin planen</translation>
    </message>
    <message>
        <source>Le :</source>
        <translation>Am:</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Date future : ce suivi sera enregistré comme rendez-vous prévu.</source>
        <translation>Zukünftiges Datum: Diese Begleitung wird als geplanter Termin gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Confirmer</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suivis du dossier</source>
        <translation>Begleitungen der Akte</translation>
    </message>
    <message>
        <source>&amp;Nouveau suivi…</source>
        <translation>&amp;Neue Begleitung…</translation>
    </message>
    <message>
        <source>Prochain &amp;rendez-vous…</source>
        <translation>Nächster &amp;Termin…</translation>
    </message>
    <message>
        <source>Marquer ré&amp;alisé…</source>
        <translation>Als &amp;wahrgenommen markieren…</translation>
    </message>
    <message>
        <source>Marquer &amp;manqué</source>
        <translation>Als &amp;verpasst markieren</translation>
    </message>
    <message>
        <source>Afficher les suivis plus an&amp;ciens</source>
        <translation>Ältere Begleitungen an&amp;zeigen</translation>
    </message>
    <message>
        <source>{shown} suivis affichés sur {total}</source>
        <translation>{shown} von {total} Begleitungen angezeigt</translation>
    </message>
    <message>
        <source>Un rendez-vous à venir ne peut pas encore être marqué réalisé.</source>
        <translation>Ein bevorstehender Termin kann noch nicht als wahrgenommen markiert werden.</translation>
    </message>
    <message>
        <source>Aucun suivi pour l&apos;instant.</source>
        <translation>Noch keine Begleitung.</translation>
    </message>
    <message>
        <source>Lieu : {place}</source>
        <translation>Ort: {place}</translation>
    </message>
    <message>
        <source>par {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>Prochaine étape : {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>{m} min</source>
        <extracomment>background / text colours of the risk badges (calm → alarming)</extracomment>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h} Std. {m:02d}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <source>Risque non évalué</source>
        <translation>Risiko nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Risque : {level}</source>
        <translation>Risiko: {level}</translation>
    </message>
    <message>
        <source>Balise</source>
        <extracomment>how long after the vault&apos;s pages are shown the idle pre-build of the case screen starts (its steps then follow at the next turns of the event loop) between two steps: the event loop answers what came meanwhile (a step chained with a zero timer could run right after the previous one, in the same pass)</extracomment>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Ce que vous avez tapé n&apos;est pas encore enregistré.</source>
        <translation>Was Sie eingegeben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Ne pas enregistrer</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Abandonner cette saisie ?</source>
        <translation>Diese Eingabe verwerfen?</translation>
    </message>
    <message>
        <source>Niveau de risque</source>
        <translation type="vanished">Risikostufe</translation>
    </message>
    <message>
        <source>Confidentiel</source>
        <extracomment>a sample of the widest text of each column (measured in bold: high-risk rows)</extracomment>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Statut du dossier : {status}</source>
        <extracomment>a synchronisation clash of this case waits for a choice (issue 12)</extracomment>
        <translation>Status der Akte: {status}</translation>
    </message>
    <message>
        <source>Un conflit de synchronisation attend : Paramètres › Conflits de synchronisation</source>
        <translation>Ein Synchronisierungskonflikt wartet: Einstellungen › Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>{n} conflits de synchronisation attendent : Paramètres › Conflits de synchronisation</source>
        <translation>{n} Synchronisierungskonflikte warten: Einstellungen › Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>aucun·e</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Commune : {commune}   ·   Intervenant·es : {workers}</source>
        <translation>Gemeinde: {commune}   ·   Fachkräfte: {workers}</translation>
    </message>
    <message>
        <source>Ce que le tribunal a décidé</source>
        <translation>Was das Gericht entschieden hat</translation>
    </message>
    <message>
        <source>&amp;Procédure :</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>&amp;Requête introduite le :</source>
        <translation>Antrag ei&amp;ngereicht am:</translation>
    </message>
    <message>
        <source>&amp;Audience :</source>
        <translation>An&amp;hörung:</translation>
    </message>
    <message>
        <source>Décision &amp;le :</source>
        <translation>Entscheidung a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Décision :</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>Protection du droit de séjour</source>
        <translation>Schutz des Aufenthaltsrechts</translation>
    </message>
    <message>
        <source>Loi du 15 décembre 1980 : le droit de séjour obtenu par regroupement familial peut être maintenu pour une victime de violences.</source>
        <translation>Gesetz vom 15. Dezember 1980: Das durch Familienzusammenführung erlangte Aufenthaltsrecht kann für ein Opfer von Gewalt beibehalten werden.</translation>
    </message>
    <message>
        <source>&amp;Base légale :</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>&amp;Introduit le :</source>
        <translation>E&amp;ingereicht am:</translation>
    </message>
    <message>
        <source>← Retour</source>
        <extracomment>the sections in tab order: the page&apos;s attribute and the section&apos;s class &quot;← Retour&quot; was pressed the guide&apos;s section about the case screen (each tab has its own: CASE_TAB_ANCHORS)</extracomment>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Revenir à la page précédente (Alt+←)</source>
        <translation>Zur vorherigen Seite zurückkehren (Alt+←)</translation>
    </message>
    <message>
        <source>Résumé du dossier</source>
        <translation>Zusammenfassung der Akte</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Victime et co-victimes</source>
        <translation>Opfer und Mitbetroffene</translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation>Täter·innen</translation>
    </message>
    <message>
        <source>Risque</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Évaluation du risque</source>
        <translation>Risikoeinschätzung</translation>
    </message>
    <message>
        <source>Accords</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Consentements (enregistrer, partager)</source>
        <translation>Einwilligungen (speichern, weitergeben)</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Begleitungen</translation>
    </message>
    <message>
        <source>Suivis et rendez-vous</source>
        <translation>Begleitungen und Termine</translation>
    </message>
    <message>
        <source>Démarches socio-administratives</source>
        <translation>Sozial-administrative Schritte</translation>
    </message>
    <message>
        <source>Départ</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Courriers et documents</source>
        <translation>Schreiben und Dokumente</translation>
    </message>
    <message>
        <source>L&apos;effacement est fait, mais la sauvegarde qui devait suivre n&apos;a pas pu être faite : {raison}</source>
        <translation>Die Löschung ist erfolgt, aber die anschließende Sicherung konnte nicht erstellt werden: {raison}</translation>
    </message>
    <message>
        <source>jj/mm/aaaa hh:mm</source>
        <translation>tt/mm/jjjj hh:mm</translation>
    </message>
    <message>
        <source>Date et heure non reconnues : tapez-les comme 12/11/2026 09:30.</source>
        <translation>Datum und Uhrzeit nicht erkannt: Geben Sie sie so ein: 12/11/2026 09:30.</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>{title} :</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Échéance dépassée sans mise à jour</source>
        <translation>Frist überschritten ohne Aktualisierung</translation>
    </message>
    <message>
        <source>{date} ({years} ans)</source>
        <translation>{date} ({years} Jahre)</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>N° national</source>
        <translation>Nationalregister-Nr.</translation>
    </message>
    <message>
        <source>Personnes du dossier</source>
        <translation>Personen der Akte</translation>
    </message>
    <message>
        <source>&amp;Ajouter un enfant / une co-victime…</source>
        <translation>Kind / Mitbetroffene·n &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Modi&amp;fier la fiche…</source>
        <translation>Datenblatt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;tirer du dossier…</source>
        <translation>Aus der Akte en&amp;tfernen…</translation>
    </message>
    <message>
        <source>La victime principale, puis les enfants et autres co-victimes.</source>
        <translation>Das Hauptopfer, dann die Kinder und weitere Mitbetroffene.</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>Effacer la fiche de cette personne à sa demande (RGPD, art. 17)</source>
        <translation>Das Datenblatt dieser Person auf ihren Wunsch löschen (DSGVO, Art. 17)</translation>
    </message>
    <message>
        <source>Effacer la victime principale, c&apos;est effacer tout le dossier : onglet Résumé, « Effacer définitivement… »</source>
        <translation>Das Hauptopfer zu löschen heißt, die ganze Akte zu löschen: Registerkarte Zusammenfassung, „Endgültig löschen…“</translation>
    </message>
    <message>
        <source>Retirer {name} du dossier ? Sa fiche sera effacée.</source>
        <translation>{name} aus der Akte entfernen? Das Datenblatt wird gelöscht.</translation>
    </message>
    <message>
        <source>Modifier la fiche</source>
        <translation>Datenblatt bearbeiten</translation>
    </message>
    <message>
        <source>Ajouter un enfant ou une co-victime</source>
        <translation>Ein Kind oder eine·n Mitbetroffene·n hinzufügen</translation>
    </message>
    <message>
        <source>Victime principale</source>
        <translation>Hauptopfer</translation>
    </message>
    <message>
        <source>ex. fils, fille, mère</source>
        <translation>z. B. Sohn, Tochter, Mutter</translation>
    </message>
    <message>
        <source>Masq&amp;uer le nom (afficher le pseudonyme partout)</source>
        <translation>Namen ausb&amp;lenden (überall das Pseudonym anzeigen)</translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation>— nicht angegeben —</translation>
    </message>
    <message>
        <source>ex. français, arabe</source>
        <translation>z. B. Französisch, Arabisch</translation>
    </message>
    <message>
        <source>ex. 85.07.30-033.28</source>
        <translation>z. B. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Lien avec la &amp;victime :</source>
        <translation>&amp;Beziehung zum Opfer:</translation>
    </message>
    <message>
        <source>Pseudon&amp;yme :</source>
        <translation>Pseudon&amp;ym:</translation>
    </message>
    <message>
        <source>&amp;Genre :</source>
        <translation>Ges&amp;chlecht:</translation>
    </message>
    <message>
        <source>Langue&amp;s :</source>
        <translation>Spr&amp;achen:</translation>
    </message>
    <message>
        <source>Nationalité :</source>
        <translation>Staatsangehörigkeit:</translation>
    </message>
    <message>
        <source>Rue et numéro :</source>
        <translation>Straße und Nummer:</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Nationa&amp;lité :</source>
        <translation type="vanished">Staatsan&amp;gehörigkeit:</translation>
    </message>
    <message>
        <source>Numér&amp;o de registre national :</source>
        <translation>Nati&amp;onalregisternummer:</translation>
    </message>
    <message>
        <source>Adresse et téléphone</source>
        <translation>Adresse und Telefon</translation>
    </message>
    <message>
        <source>ex. 0472 12 34 56</source>
        <translation>z. B. 0472 12 34 56</translation>
    </message>
    <message>
        <source>&amp;Rue et numéro :</source>
        <translation type="vanished">&amp;Straße und Nummer:</translation>
    </message>
    <message>
        <source>Code &amp;postal :</source>
        <translation type="vanished">&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>&amp;Localité :</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>Télép&amp;hone :</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Contact sûr</source>
        <translation>Sicherer Kontakt</translation>
    </message>
    <message>
        <source>&amp;Nouvelle plainte…</source>
        <translation>&amp;Neue Anzeige…</translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Plaintes</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Déposée le</source>
        <translation>Erstattet am</translation>
    </message>
    <message>
        <source>Zone / commissariat</source>
        <translation>Zone / Kommissariat</translation>
    </message>
    <message>
        <source>N° de PV</source>
        <translation>Protokoll-Nr.</translation>
    </message>
    <message>
        <source>Certificat</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation>Begleitet</translation>
    </message>
    <message>
        <source>&amp;Interdiction de résidence…</source>
        <translation>&amp;Hausverbot…</translation>
    </message>
    <message>
        <source>&amp;Prolongation…</source>
        <translation>&amp;Verlängerung…</translation>
    </message>
    <message>
        <source>Noter l&apos;iss&amp;ue…</source>
        <translation>&amp;Ausgang erfassen…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Interdiction temporaire de résidence</source>
        <translation>Vorläufiges Hausverbot</translation>
    </message>
    <message>
        <source>Ordonnée le</source>
        <translation>Angeordnet am</translation>
    </message>
    <message>
        <source>Notifiée le</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Audience (juge de paix)</source>
        <translation>Anhörung (Friedensrichter)</translation>
    </message>
    <message>
        <source>Prolongée le</source>
        <translation>Verlängert am</translation>
    </message>
    <message>
        <source>Remarques</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>&amp;Tribunal de la famille…</source>
        <translation>&amp;Familiengericht…</translation>
    </message>
    <message>
        <source>Tribunal de la famille — mesures urgentes</source>
        <translation>Familiengericht — dringende Maßnahmen</translation>
    </message>
    <message>
        <source>Procédure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Requête le</source>
        <translation>Antrag am</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Anhörung</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Droit de s&amp;éjour…</source>
        <translation>Aufenthalts&amp;recht…</translation>
    </message>
    <message>
        <source>Protection du droit de séjour (victime étrangère)</source>
        <translation>Schutz des Aufenthaltsrechts (ausländisches Opfer)</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Introduit le</source>
        <translation>Eingereicht am</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Aucune plainte enregistrée pour ce dossier.</source>
        <translation>Für diese Akte ist keine Anzeige erfasst.</translation>
    </message>
    <message>
        <source>Aucune interdiction de résidence.</source>
        <translation>Kein Hausverbot.</translation>
    </message>
    <message>
        <source>Fin après 10 jours : {initial} · prolongation possible jusqu&apos;au {limit}</source>
        <translation>Ende nach 10 Tagen: {initial} · Verlängerung möglich bis zum {limit}</translation>
    </message>
    <message>
        <source>Échéance dépassée sans mise à jour : notez la prolongation ou l&apos;issue.</source>
        <translation>Frist überschritten ohne Aktualisierung: Tragen Sie die Verlängerung oder den Ausgang ein.</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Supprimer cette plainte et son historique ? (À faire seulement si elle a été enregistrée par erreur.)</source>
        <translation>Diese Anzeige und ihren Verlauf löschen? (Nur tun, wenn sie irrtümlich erfasst wurde.)</translation>
    </message>
    <message>
        <source>Supprimer cette interdiction de résidence (enregistrée par erreur) ?</source>
        <translation>Dieses Hausverbot löschen (irrtümlich erfasst)?</translation>
    </message>
    <message>
        <source>Supprimer cette procédure (enregistrée par erreur) ?</source>
        <translation>Dieses Verfahren löschen (irrtümlich erfasst)?</translation>
    </message>
    <message>
        <source>Supprimer ce dossier de séjour (enregistré par erreur) ?</source>
        <translation>Diese Aufenthaltsakte löschen (irrtümlich erfasst)?</translation>
    </message>
    <message>
        <source>Modifier l&apos;interdiction</source>
        <translation>Hausverbot bearbeiten</translation>
    </message>
    <message>
        <source>Ordonnée par le procureur du Roi pour 10 jours au plus ; le juge de paix peut la prolonger jusqu&apos;à trois mois après l&apos;ordonnance.</source>
        <translation>Vom Prokurator des Königs für höchstens 10 Tage angeordnet; der Friedensrichter kann es bis zu drei Monate nach der Anordnung verlängern.</translation>
    </message>
    <message>
        <source>&amp;Ordonnée le :</source>
        <translation>&amp;Angeordnet am:</translation>
    </message>
    <message>
        <source>&amp;Notifiée le :</source>
        <translation>&amp;Zugestellt am:</translation>
    </message>
    <message>
        <source>&amp;Audience du juge de paix :</source>
        <translation>Anhörung beim &amp;Friedensrichter:</translation>
    </message>
    <message>
        <source>Prolongée jusqu&apos;au {end} (au plus tard le {limit}).</source>
        <translation>Verlängert bis zum {end} (spätestens bis zum {limit}).</translation>
    </message>
    <message>
        <source>Fin calculée : {end} (ordonnance + 10 jours).</source>
        <translation>Berechnetes Ende: {end} (Anordnung + 10 Tage).</translation>
    </message>
    <message>
        <source>Prolongation par le juge de paix</source>
        <translation>Verlängerung durch den Friedensrichter</translation>
    </message>
    <message>
        <source>Interdiction ordonnée le {ordered}. La prolongation peut aller jusqu&apos;au {limit} au plus tard (trois mois après l&apos;ordonnance).</source>
        <translation>Hausverbot angeordnet am {ordered}. Die Verlängerung kann spätestens bis zum {limit} gehen (drei Monate nach der Anordnung).</translation>
    </message>
    <message>
        <source>&amp;Décision du juge de paix le :</source>
        <translation>&amp;Entscheidung des Friedensrichters am:</translation>
    </message>
    <message>
        <source>&amp;Nouvelle fin :</source>
        <translation>&amp;Neues Ende:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la prolongation</source>
        <translation>Verlängerung &amp;speichern</translation>
    </message>
    <message>
        <source>Noter l&apos;issue de l&apos;interdiction</source>
        <translation>Ausgang des Hausverbots erfassen</translation>
    </message>
    <message>
        <source>ex. pas de prolongation demandée ; fin de l&apos;interdiction</source>
        <translation>z. B. keine Verlängerung beantragt; Ende des Hausverbots</translation>
    </message>
    <message>
        <source>La note s&apos;ajoute aux remarques de l&apos;interdiction, datée d&apos;aujourd&apos;hui.</source>
        <translation>Die Notiz wird mit dem heutigen Datum den Bemerkungen zum Hausverbot hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>{status} ({date})</source>
        <translation>{status} ({date})</translation>
    </message>
    <message>
        <source>{status} le {date}</source>
        <translation>{status} am {date}</translation>
    </message>
    <message>
        <source>Historique : {steps}</source>
        <translation>Verlauf: {steps}</translation>
    </message>
    <message>
        <source>Preuves : {text}</source>
        <translation>Beweise: {text}</translation>
    </message>
    <message>
        <source>Remarques : {text}</source>
        <translation>Bemerkungen: {text}</translation>
    </message>
    <message>
        <source>{date} — {text}</source>
        <translation>{date} — {text}</translation>
    </message>
    <message>
        <source>en hausse</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>en baisse</source>
        <translation>sinkend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>une seule évaluation</source>
        <translation>eine einzige Einschätzung</translation>
    </message>
    <message>
        <source>(+ {n} autres)</source>
        <translation>(+ {n} weitere)</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Facteurs déterminants</source>
        <translation>Ausschlaggebende Faktoren</translation>
    </message>
    <message>
        <source>Relèvement</source>
        <translation>Anhebung</translation>
    </message>
    <message>
        <source>Historique des évaluations</source>
        <translation>Verlauf der Einschätzungen</translation>
    </message>
    <message>
        <source>&amp;Nouvelle évaluation…</source>
        <translation>&amp;Neue Einschätzung…</translation>
    </message>
    <message>
        <source>Tendance : {trend} {arrow}</source>
        <translation>Tendenz: {trend} {arrow}</translation>
    </message>
    <message>
        <source>Aucune évaluation pour l&apos;instant.</source>
        <translation>Noch keine Einschätzung.</translation>
    </message>
    <message>
        <source>Règles de contact sûr</source>
        <translation>Regeln für sicheren Kontakt</translation>
    </message>
    <message>
        <source>Modifier la fiche de la victime et ses règles de contact</source>
        <translation>Das Datenblatt des Opfers und seine Kontaktregeln bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copier le n°</source>
        <translation>Nr. &amp;kopieren</translation>
    </message>
    <message>
        <source>Copier le téléphone sûr. Il est retiré du presse-papiers après 30 secondes et au verrouillage, et caché aux gestionnaires de presse-papiers.</source>
        <translation>Das sichere Telefon kopieren. Es wird nach 30 Sekunden und beim Sperren aus der Zwischenablage entfernt und vor Zwischenablage-Verwaltungen verborgen.</translation>
    </message>
    <message>
        <source>Copié ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>Aucune règle de contact enregistrée.</source>
        <translation>Keine Kontaktregeln erfasst.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Téléphone sûr :</source>
        <translation>Sicheres Telefon:</translation>
    </message>
    <message>
        <source>Moments sûrs :</source>
        <translation>Sichere Zeiten:</translation>
    </message>
    <message>
        <source>Message :</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Courrier :</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Mot de code :</source>
        <translation>Codewort:</translation>
    </message>
    <message>
        <source>ex. en semaine entre 9 h et 11 h</source>
        <translation>z. B. werktags zwischen 9 und 11 Uhr</translation>
    </message>
    <message>
        <source>ex. ne jamais appeler le soir</source>
        <translation>z. B. nie abends anrufen</translation>
    </message>
    <message>
        <source>&amp;Téléphone sûr :</source>
        <translation>Sicheres &amp;Telefon:</translation>
    </message>
    <message>
        <source>Mo&amp;ments sûrs :</source>
        <translation>Sichere &amp;Zeiten:</translation>
    </message>
    <message>
        <source>Peut-on laisser un mess&amp;age ?</source>
        <translation>Darf eine &amp;Nachricht hinterlassen werden?</translation>
    </message>
    <message>
        <source>Peut-on éc&amp;rire ?</source>
        <translation>Darf ge&amp;schrieben werden?</translation>
    </message>
    <message>
        <source>Mot de co&amp;de :</source>
        <translation>Code&amp;wort:</translation>
    </message>
    <message>
        <source>Autres &amp;consignes :</source>
        <translation>Weitere &amp;Anweisungen:</translation>
    </message>
    <message>
        <source>Répondez Oui, Non ou Ne sait pas.</source>
        <translation>Antworten Sie Ja, Nein oder Weiß nicht.</translation>
    </message>
    <message>
        <source>Nouvelle évaluation du risque</source>
        <translation>Neue Risikoeinschätzung</translation>
    </message>
    <message>
        <source>Niveau calculé</source>
        <translation>Berechnete Stufe</translation>
    </message>
    <message>
        <source>  (facteur critique)</source>
        <translation>  (kritischer Faktor)</translation>
    </message>
    <message>
        <source>— garder le niveau calculé —</source>
        <translation>— berechnete Stufe beibehalten —</translation>
    </message>
    <message>
        <source>Pourquoi votre jugement professionnel relève le niveau</source>
        <translation>Warum Ihre fachliche Einschätzung die Stufe anhebt</translation>
    </message>
    <message>
        <source>Re&amp;lever le niveau :</source>
        <translation>Stufe an&amp;heben:</translation>
    </message>
    <message>
        <source>M&amp;otif du relèvement :</source>
        <translation>&amp;Grund der Anhebung:</translation>
    </message>
    <message>
        <source>Pour chaque question : 1 = Oui, 2 = Non, 3 = Ne sait pas (ou les flèches ← →). La réponse passe à la question suivante. Sans réponse = « Ne sait pas ».</source>
        <translation>Für jede Frage: 1 = Ja, 2 = Nein, 3 = Weiß nicht (oder die Pfeiltasten ← →). Die Antwort springt zur nächsten Frage. Ohne Antwort = „Weiß nicht“.</translation>
    </message>
    <message>
        <source>Niveau calculé : {level}  (score {score})</source>
        <translation>Berechnete Stufe: {level}  (Punktzahl {score})</translation>
    </message>
    <message>
        <source>aucun « Oui » pour l&apos;instant</source>
        <translation>noch kein „Ja“</translation>
    </message>
    <message>
        <source> (+{n})</source>
        <translation> (+{n})</translation>
    </message>
    <message>
        <source>Facteurs déterminants : {drivers}. Sans réponse : {n}.</source>
        <translation>Ausschlaggebende Faktoren: {drivers}. Ohne Antwort: {n}.</translation>
    </message>
    <message>
        <source>Clôturer le dossier</source>
        <translation>Akte abschließen</translation>
    </message>
    <message>
        <source>Le motif de clôture est obligatoire ; il reste dans l&apos;historique du dossier.</source>
        <translation>Der Grund für den Abschluss ist erforderlich; er bleibt im Verlauf der Akte.</translation>
    </message>
    <message>
        <source>&amp;Clôturer</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Mettre le dossier en pause</source>
        <translation>Akte pausieren</translation>
    </message>
    <message>
        <source>Par exemple : la personne ne répond plus, elle a déménagé hors de la zone…</source>
        <translation>Zum Beispiel: Die Person antwortet nicht mehr, sie ist aus dem Gebiet weggezogen…</translation>
    </message>
    <message>
        <source>Mettre en &amp;pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Rouvrir le dossier</source>
        <translation>Akte wieder öffnen</translation>
    </message>
    <message>
        <source>Vous pouvez noter pourquoi le dossier est rouvert (facultatif).</source>
        <translation>Sie können angeben, warum die Akte wieder geöffnet wird (optional).</translation>
    </message>
    <message>
        <source>&amp;Rouvrir</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Motif (facultatif) :</source>
        <translation>&amp;Grund (optional):</translation>
    </message>
    <message>
        <source>Modifier la démarche</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Ajouter une démarche</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>— choisir une démarche —</source>
        <translation>— Schritt wählen —</translation>
    </message>
    <message>
        <source>— personne —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <source>noté avec le changement de statut</source>
        <translation>mit der Statusänderung erfasst</translation>
    </message>
    <message>
        <source>&amp;Démarche :</source>
        <translation>Sc&amp;hritt:</translation>
    </message>
    <message>
        <source>É&amp;chéance :</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Partenaire :</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>C&amp;ommentaire du changement :</source>
        <translation>K&amp;ommentar zur Änderung:</translation>
    </message>
    <message>
        <source>Le répertoire des partenaires est vide pour l&apos;instant.</source>
        <translation>Das Partnerverzeichnis ist noch leer.</translation>
    </message>
    <message>
        <source>Avancement des démarches</source>
        <translation>Fortschritt der Schritte</translation>
    </message>
    <message>
        <source>Démarche</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Démarches du dossier</source>
        <translation>Schritte der Akte</translation>
    </message>
    <message>
        <source>Espace : marquer la démarche faite (ou à refaire)</source>
        <translation>Leertaste: Schritt als erledigt (oder erneut zu erledigen) markieren</translation>
    </message>
    <message>
        <source>&amp;Ajouter une démarche…</source>
        <translation>Schritt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Appliquer un &amp;ensemble</source>
        <translation>&amp;Paket anwenden</translation>
    </message>
    <message>
        <source>Marquer &amp;fait</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Mo&amp;difier…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Retirer du dossier</source>
        <translation>Aus der Akte entfernen</translation>
    </message>
    <message>
        <source>{n} en retard</source>
        <translation>{n} überfällig</translation>
    </message>
    <message>
        <source>{n} bloquée(s)</source>
        <translation>{n} blockiert</translation>
    </message>
    <message>
        <source>{n} sans objet</source>
        <translation>{n} entfällt</translation>
    </message>
    <message>
        <source> (retirée du catalogue)</source>
        <translation> (aus dem Katalog entfernt)</translation>
    </message>
    <message>
        <source>Aucune démarche. Ajoutez-en une, ou appliquez un ensemble type (par exemple « Départ du domicile »).</source>
        <translation>Keine Schritte. Fügen Sie einen hinzu oder wenden Sie ein Standardpaket an (zum Beispiel „Verlassen der Wohnung“).</translation>
    </message>
    <message>
        <source> par {name}</source>
        <translation> von {name}</translation>
    </message>
    <message>
        <source>Historique : {history}</source>
        <translation>Verlauf: {history}</translation>
    </message>
    <message>
        <source>Échéance dépassée : mettez la démarche à jour.</source>
        <translation>Frist überschritten: Aktualisieren Sie den Schritt.</translation>
    </message>
    <message>
        <source>{n} démarche(s) ajoutée(s) : ensemble « {name} ».</source>
        <translation>{n} Schritt(e) hinzugefügt: Paket „{name}“.</translation>
    </message>
    <message>
        <source>Le dossier contient déjà toutes les démarches de l&apos;ensemble « {name} ».</source>
        <translation>Die Akte enthält bereits alle Schritte des Pakets „{name}“.</translation>
    </message>
    <message>
        <source>Retirer « {label} » de ce dossier, avec son historique ?</source>
        <translation>„{label}“ mit seinem Verlauf aus dieser Akte entfernen?</translation>
    </message>
    <message>
        <source>Ouverture</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>Clôture</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Réouverture</source>
        <translation>Wiedereröffnung</translation>
    </message>
    <message>
        <source>Mise en pause</source>
        <translation>Pausierung</translation>
    </message>
    <message>
        <source>Situation :</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Types de violence :</source>
        <translation>Gewaltformen:</translation>
    </message>
    <message>
        <source>Premier fait connu :</source>
        <translation>Erster bekannter Vorfall:</translation>
    </message>
    <message>
        <source>Dernier fait connu :</source>
        <translation>Letzter bekannter Vorfall:</translation>
    </message>
    <message>
        <source>Enfants exposés :</source>
        <translation>Betroffene Kinder:</translation>
    </message>
    <message>
        <source>Origine de la demande :</source>
        <translation>Herkunft der Anfrage:</translation>
    </message>
    <message>
        <source>Ouvert le :</source>
        <translation>Eröffnet am:</translation>
    </message>
    <message>
        <source>Clôturé le :</source>
        <translation>Abgeschlossen am:</translation>
    </message>
    <message>
        <source>Confidentiel :</source>
        <translation>Vertraulich:</translation>
    </message>
    <message>
        <source>Au dossier :</source>
        <translation>Zugewiesen:</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;lôturer…</source>
        <translation>Ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Mettre en &amp;pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>R&amp;ouvrir…</source>
        <translation>Wieder ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Effacer tout le dossier à la demande de la personne (RGPD, art. 17)</source>
        <translation>Die ganze Akte auf Wunsch der Person löschen (DSGVO, Art. 17)</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Historique du statut</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>{date} — motif : {reason}</source>
        <translation>{date} — Grund: {reason}</translation>
    </message>
    <message>
        <source>Oui : réservé aux intervenant·es attitré·es</source>
        <translation>Ja: nur für zugewiesene Fachkräfte</translation>
    </message>
    <message>
        <source>{people} personne(s), {authors} auteur(s), {followups} suivi(s)</source>
        <translation>{people} Person(en), {authors} Täter·in(nen), {followups} Begleitung(en)</translation>
    </message>
    <message>
        <source>Ouverts et en pause</source>
        <translation>Offen und pausiert</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Clôturés</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Tous les niveaux</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Élevé et critique</source>
        <translation>Hoch und kritisch</translation>
    </message>
    <message>
        <source>Ouverts &amp;du</source>
        <translation>Eröffnet &amp;vom</translation>
    </message>
    <message>
        <source>Limiter aux dossiers ouverts pendant cette période</source>
        <translation>Auf die in diesem Zeitraum eröffneten Akten beschränken</translation>
    </message>
    <message>
        <source>Début de la période d&apos;ouverture</source>
        <translation>Beginn des Eröffnungszeitraums</translation>
    </message>
    <message>
        <source>Fin de la période d&apos;ouverture</source>
        <translation>Ende des Eröffnungszeitraums</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>Revenir aux dossiers ouverts et en pause, sans filtre</source>
        <translation>Zurück zu den offenen und pausierten Akten, ohne Filter</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Gemeinde</translation>
    </message>
    <message>
        <source>&amp;Intervenant·e</source>
        <translation>&amp;Fachkraft</translation>
    </message>
    <message>
        <source>&amp;Risque</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>au</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Tous les intervenant·es</source>
        <translation>Alle Fachkräfte</translation>
    </message>
    <message>
        <source>Moi</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Intervenant·es</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <source>{reference}, confidentiel</source>
        <extracomment>the database sort changed through :meth:`sort` (the page reloads)</extracomment>
        <translation>{reference}, vertraulich</translation>
    </message>
    <message>
        <source>Non évalué</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Dossier confidentiel : réservé aux intervenant·es désigné·es.</source>
        <translation>Vertrauliche Akte: nur für die zugewiesenen Fachkräfte.</translation>
    </message>
    <message>
        <source>Risque {level} : à suivre de près.</source>
        <translation>Risiko {level}: genau verfolgen.</translation>
    </message>
    <message>
        <source>Rechercher un nom, un pseudonyme, une référence, un mot d&apos;un suivi…</source>
        <translation>Einen Namen, ein Pseudonym, eine Referenz, ein Wort aus einer Begleitung suchen…</translation>
    </message>
    <message>
        <source>Rechercher un dossier</source>
        <translation>Eine Akte suchen</translation>
    </message>
    <message>
        <source>Ctrl+F ; flèche bas pour aller à la liste</source>
        <translation>Strg+F; Pfeil nach unten, um zur Liste zu gehen</translation>
    </message>
    <message>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;Neue Akte</translation>
    </message>
    <message>
        <source>Enregistrer une nouvelle situation (Ctrl+N)</source>
        <translation>Eine neue Situation erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Aucun dossier ne correspond à ces critères.</source>
        <translation>Keine Akte entspricht diesen Kriterien.</translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Plus de {n} dossiers — précisez la recherche</source>
        <translation>Mehr als {n} Akten — bitte die Suche eingrenzen</translation>
    </message>
    <message>
        <source>1 résultat</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>{n} résultats</source>
        <translation>{n} Ergebnisse</translation>
    </message>
    <message>
        <source>Liste des dossiers</source>
        <extracomment>the row to open (Enter, Return or double-click)</extracomment>
        <translation>Aktenliste</translation>
    </message>
    <message>
        <source>Aperçu : relisez avant d&apos;émettre. Rien n&apos;est encore enregistré.</source>
        <translation>Vorschau: Lesen Sie vor dem Ausstellen gegen. Es ist noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Document émis et enregistré dans le dossier. Vous pouvez l&apos;imprimer.</source>
        <translation>Dokument ausgestellt und in der Akte gespeichert. Sie können es drucken.</translation>
    </message>
    <message>
        <source>Rechercher un partenaire (nom, secteur, commune)…</source>
        <translation>Einen Partner suchen (Name, Sektor, Gemeinde)…</translation>
    </message>
    <message>
        <source>Rechercher un partenaire</source>
        <translation>Einen Partner suchen</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pour le registre du dossier (non imprimé)</source>
        <translation>Für das Register der Akte (nicht gedruckt)</translation>
    </message>
    <message>
        <source>Informations à inclure</source>
        <translation>Aufzunehmende Informationen</translation>
    </message>
    <message>
        <source>&amp;Passer outre l&apos;absence d&apos;accord (raison obligatoire)</source>
        <translation>Fehlende Einwilligung &amp;übergehen (Begründung erforderlich)</translation>
    </message>
    <message>
        <source>Pourquoi ce courrier part-il sans l&apos;accord de la personne ?</source>
        <translation>Warum wird dieses Schreiben ohne Einwilligung der Person verschickt?</translation>
    </message>
    <message>
        <source>&amp;Aperçu…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>1. Destinataire</source>
        <translation>1. Empfänger</translation>
    </message>
    <message>
        <source>&amp;Contact :</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Fonction sous la signature :</source>
        <translation>&amp;Funktion unter der Unterschrift:</translation>
    </message>
    <message>
        <source>2. Ce que le courrier contient</source>
        <translation>2. Was das Schreiben enthält</translation>
    </message>
    <message>
        <source>Cochez seulement ce qui est utile au partenaire. Rien d&apos;autre n&apos;est imprimé.</source>
        <translation>Kreuzen Sie nur an, was für den Partner nützlich ist. Nichts anderes wird gedruckt.</translation>
    </message>
    <message>
        <source>3. Accord de la personne</source>
        <translation>3. Einwilligung der Person</translation>
    </message>
    <message>
        <source>(l&apos;organisation, sans contact nommé)</source>
        <translation>(die Organisation, ohne namentlichen Kontakt)</translation>
    </message>
    <message>
        <source>Courrier rédigé en {language} (langue du partenaire).</source>
        <translation>Schreiben auf {language} verfasst (Sprache des Partners).</translation>
    </message>
    <message>
        <source>Le modèle n&apos;a pas encore de texte en {language} : le corps du courrier reste en français (Paramètres › Modèles de documents).</source>
        <translation>Die Vorlage hat noch keinen Text auf {language}: Der Text des Schreibens bleibt auf Französisch (Einstellungen › Dokumentvorlagen).</translation>
    </message>
    <message>
        <source>Choisissez le partenaire destinataire.</source>
        <translation>Wählen Sie den Partner als Empfänger.</translation>
    </message>
    <message>
        <source>Cochez au moins une information.</source>
        <translation>Kreuzen Sie mindestens eine Information an.</translation>
    </message>
    <message>
        <source>Sans accord de la personne, le courrier ne peut pas partir. Notez son accord dans l&apos;onglet Consentements, ou passez outre avec une raison.</source>
        <translation>Ohne Einwilligung der Person kann das Schreiben nicht verschickt werden. Tragen Sie ihre Einwilligung in der Registerkarte Einwilligungen ein oder übergehen Sie sie mit einer Begründung.</translation>
    </message>
    <message>
        <source>Expliquez la raison (au moins {n} caractères).</source>
        <translation>Erklären Sie den Grund (mindestens {n} Zeichen).</translation>
    </message>
    <message>
        <source>Courrier d&apos;orientation — aperçu</source>
        <translation>Überweisungsschreiben — Vorschau</translation>
    </message>
    <message>
        <source>Aperçu du document</source>
        <translation>Vorschau des Dokuments</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;a été choisie : le document n&apos;a pas été imprimé. Pour garder une copie du document sur l&apos;ordinateur, utilisez « Enregistrer une copie ».</source>
        <translation>Es wurde kein Drucker gewählt: Das Dokument wurde nicht gedruckt. Um eine Kopie des Dokuments auf dem Computer zu behalten, verwenden Sie „Kopie speichern“.</translation>
    </message>
    <message>
        <source>La copie enregistrée ne sera pas chiffrée : toute personne qui a accès à cet ordinateur ou à cette clé USB pourra la lire. Enregistrez-la seulement si c&apos;est nécessaire, à un endroit sûr, et supprimez-la dès qu&apos;elle n&apos;est plus utile.</source>
        <translation>Die gespeicherte Kopie ist nicht verschlüsselt: Jede Person mit Zugang zu diesem Computer oder diesem USB-Stick kann sie lesen. Speichern Sie sie nur, wenn es nötig ist, an einem sicheren Ort, und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Enregistrer une copie</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite à cet endroit (disque plein, dossier protégé ou clé USB retirée ?). Choisissez un autre endroit.</source>
        <translation>Die Kopie konnte an diesem Ort nicht geschrieben werden (Datenträger voll, geschützter Ordner oder USB-Stick entfernt?). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>&amp;Choisir où enregistrer…</source>
        <translation>Speicherort &amp;wählen…</translation>
    </message>
    <message>
        <source>É&amp;mettre le document</source>
        <extracomment>tracer(action, go, failed): write the audit entry for ``action`` (``audit.Action.DOCUMENT_PRINTED`` / ``DOCUMENT_SAVED``), then call ``go()``; or call ``failed(error)`` if it could not be written — never both, never neither</extracomment>
        <translation>Dokument &amp;ausstellen</translation>
    </message>
    <message>
        <source>Enregistre le document dans le dossier ; il pourra ensuite être imprimé.</source>
        <translation>Speichert das Dokument in der Akte; danach kann es gedruckt werden.</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Émettez d&apos;abord le document.</source>
        <translation>Stellen Sie zuerst das Dokument aus.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Dokument drucken</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu commencer. Vérifiez l&apos;imprimante et réessayez.</source>
        <translation>Der Druck konnte nicht beginnen. Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas été imprimé</source>
        <translation>Das Dokument wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>Aucune copie n&apos;a été enregistrée</source>
        <translation>Es wurde keine Kopie gespeichert</translation>
    </message>
    <message>
        <source>{what} : son passage hors du coffre n&apos;a pas pu être noté au journal. {why}</source>
        <translation>{what}: Das Verlassen des Tresors konnte nicht im Protokoll vermerkt werden. {why}</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Nouveau &amp;courrier d&apos;orientation…</source>
        <translation type="vanished">Neues &amp;Überweisungsschreiben…</translation>
    </message>
    <message>
        <source>A&amp;ttestation de suivi…</source>
        <translation>&amp;Begleitbescheinigung…</translation>
    </message>
    <message>
        <source>&amp;Plan de départ pour la personne…</source>
        <translation>&amp;Auszugsplan für die Person…</translation>
    </message>
    <message>
        <source>Résumé pour la personne (&amp;accès)…</source>
        <translation type="vanished">Zusammenfassung für die Person (&amp;Auskunft)…</translation>
    </message>
    <message>
        <source>Documents émis</source>
        <translation>Ausgestellte Dokumente</translation>
    </message>
    <message>
        <source>Nouveau courrier d&apos;&amp;orientation…</source>
        <translation>Neues &amp;Überweisungsschreiben…</translation>
    </message>
    <message>
        <source>&amp;Résumé pour la personne (accès)…</source>
        <translation>&amp;Zusammenfassung für die Person (Auskunft)…</translation>
    </message>
    <message>
        <source>&amp;Afficher / réimprimer…</source>
        <translation>&amp;Anzeigen / erneut drucken…</translation>
    </message>
    <message>
        <source>&amp;Suite de l&apos;orientation…</source>
        <translation>&amp;Ergebnis der Überweisung…</translation>
    </message>
    <message>
        <source>Aucun document émis pour ce dossier.</source>
        <translation>Für diese Akte wurde kein Dokument ausgestellt.</translation>
    </message>
    <message>
        <source>Établi par le ou la coordinateur·rice.</source>
        <translation>Von der Koordinator·in erstellt.</translation>
    </message>
    <message>
        <source>le {d}</source>
        <translation>am {d}</translation>
    </message>
    <message>
        <source>Mentionner la date de &amp;naissance</source>
        <translation>&amp;Geburtsdatum erwähnen</translation>
    </message>
    <message>
        <source>Inclure les données de l&apos;auteur &amp;présumé (décision du ou de la coordinateur·rice)</source>
        <translation>Daten der/des mutmaßlichen &amp;Täter·in aufnehmen (Entscheidung der Koordinator·in)</translation>
    </message>
    <message>
        <source>Mentionner la &amp;date de naissance</source>
        <translation type="vanished">&amp;Geburtsdatum erwähnen</translation>
    </message>
    <message>
        <source>Résumé pour la personne</source>
        <translation>Zusammenfassung für die Person</translation>
    </message>
    <message>
        <source>Inclure les données de l&apos;&amp;auteur présumé (décision du ou de la coordinateur·rice)</source>
        <translation type="vanished">Daten der/des mutmaßlichen &amp;Täter·in aufnehmen (Entscheidung der Koordinator·in)</translation>
    </message>
    <message>
        <source>Relisez l&apos;aperçu : les textes libres des suivis peuvent mentionner d&apos;autres personnes. Vérifiez l&apos;identité de la personne qui fait la demande.</source>
        <translation>Lesen Sie die Vorschau gegen: Die freien Texte der Begleitungen können andere Personen erwähnen. Prüfen Sie die Identität der Person, die den Antrag stellt.</translation>
    </message>
    <message>
        <source>Seul un courrier d&apos;orientation a une suite.</source>
        <translation>Nur ein Überweisungsschreiben hat ein Ergebnis.</translation>
    </message>
    <message>
        <source>&amp;Destinataire (facultatif) :</source>
        <translation>&amp;Empfänger (optional):</translation>
    </message>
    <message>
        <source>Suite de l&apos;orientation</source>
        <translation>Ergebnis der Überweisung</translation>
    </message>
    <message>
        <source>&amp;Suite :</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Choisir ma phrase de passe</source>
        <translation>Meine Passphrase wählen</translation>
    </message>
    <message>
        <source>&amp;Enregistrer et ouvrir</source>
        <translation>&amp;Speichern und öffnen</translation>
    </message>
    <message>
        <source>Annuler et &amp;verrouiller</source>
        <translation>&amp;Abbrechen und sperren</translation>
    </message>
    <message>
        <source>Bienvenue, {name}</source>
        <translation>Willkommen, {name}</translation>
    </message>
    <message>
        <source>Vous avez ouvert Balise avec un code à usage unique. Choisissez maintenant votre propre phrase de passe : le code cessera de fonctionner. Ne la communiquez à personne, pas même à la coordination.</source>
        <translation>Sie haben Balise mit einem Einmalcode geöffnet. Wählen Sie jetzt Ihre eigene Passphrase: Der Code funktioniert dann nicht mehr. Teilen Sie sie niemandem mit, auch nicht der Koordination.</translation>
    </message>
    <message>
        <source>Enregistrement de votre phrase de passe…</source>
        <translation>Ihre Passphrase wird gespeichert…</translation>
    </message>
    <message>
        <source>Logement d&apos;urgence</source>
        <translation>Notunterkunft</translation>
    </message>
    <message>
        <source>ex. Appartement A — jamais l&apos;adresse</source>
        <translation>z. B. Wohnung A — nie die Adresse</translation>
    </message>
    <message>
        <source> place(s)</source>
        <translation> Platz/Plätze</translation>
    </message>
    <message>
        <source>Adresse secrète : n&apos;apparaît que dans ce formulaire</source>
        <translation>Geheime Adresse: erscheint nur in diesem Formular</translation>
    </message>
    <message>
        <source>&amp;Capacité :</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Disponible &amp;du :</source>
        <translation>Verfügbar &amp;vom:</translation>
    </message>
    <message>
        <source>Disponible &amp;jusqu&apos;au :</source>
        <translation>Verfügbar &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Prêté par :</source>
        <translation>&amp;Zur Verfügung gestellt von:</translation>
    </message>
    <message>
        <source>Numéro du dossier</source>
        <translation>Nummer der Akte</translation>
    </message>
    <message>
        <source>C&amp;hercher</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Sortie d&apos;hébergement</source>
        <translation>Auszug aus der Unterkunft</translation>
    </message>
    <message>
        <source>Modifier le séjour</source>
        <translation>Aufenthalt bearbeiten</translation>
    </message>
    <message>
        <source>Nouveau séjour</source>
        <translation>Neuer Aufenthalt</translation>
    </message>
    <message>
        <source>— pas encore connue —</source>
        <translation>— noch nicht bekannt —</translation>
    </message>
    <message>
        <source>sans adresse</source>
        <translation>ohne Adresse</translation>
    </message>
    <message>
        <source>Perso&amp;nnes :</source>
        <translation>Pe&amp;rsonen:</translation>
    </message>
    <message>
        <source>Personnes hébergées</source>
        <translation>Untergebrachte Personen</translation>
    </message>
    <message>
        <source>&amp;Logement :</source>
        <translation>&amp;Unterkunft:</translation>
    </message>
    <message>
        <source>&amp;Personnes hébergées :</source>
        <translation>Untergebrachte &amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;Entrée le :</source>
        <translation>&amp;Einzug am:</translation>
    </message>
    <message>
        <source>Sortie p&amp;révue le :</source>
        <translation>&amp;Geplanter Auszug am:</translation>
    </message>
    <message>
        <source>S&amp;ortie effective le :</source>
        <translation>&amp;Tatsächlicher Auszug am:</translation>
    </message>
    <message>
        <source>Des&amp;tination après :</source>
        <translation>&amp;Ziel danach:</translation>
    </message>
    <message>
        <source>Pré&amp;cisions :</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Tapez le numéro du dossier puis « Chercher ».</source>
        <translation>Geben Sie die Nummer der Akte ein und dann „Suchen“.</translation>
    </message>
    <message>
        <source>Choisissez le logement.</source>
        <translation>Wählen Sie die Unterkunft.</translation>
    </message>
    <message>
        <source>Indiquez la date d&apos;entrée.</source>
        <translation>Geben Sie das Einzugsdatum an.</translation>
    </message>
    <message>
        <source>Liste d&apos;attente</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source> personne(s)</source>
        <translation> Person(en)</translation>
    </message>
    <message>
        <source>Demandé &amp;le :</source>
        <translation>Angefragt &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Priorité :</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>P&amp;ersonnes :</source>
        <translation type="vanished">P&amp;ersonen:</translation>
    </message>
    <message>
        <source>Indiquez la date de la demande.</source>
        <translation>Geben Sie das Datum der Anfrage an.</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Prêté par</source>
        <translation>Zur Verfügung gestellt von</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Nuits</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Ce soir</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Logements d&apos;urgence</source>
        <translation>Notunterkünfte</translation>
    </message>
    <message>
        <source>&amp;Nouveau logement…</source>
        <translation>&amp;Neue Unterkunft…</translation>
    </message>
    <message>
        <source>&amp;Modifier le logement…</source>
        <translation>Unterkunft &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>Sortie prévue</source>
        <translation>Geplanter Auszug</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Séjours</source>
        <translation>Aufenthalte</translation>
    </message>
    <message>
        <source>Nouveau &amp;séjour…</source>
        <translation>Neuer &amp;Aufenthalt…</translation>
    </message>
    <message>
        <source>Noter la s&amp;ortie…</source>
        <translation>A&amp;uszug erfassen…</translation>
    </message>
    <message>
        <source>Modifier le sé&amp;jour…</source>
        <translation>Aufenthalt bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Demandé le</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Attente</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Ajouter à la liste d&apos;a&amp;ttente…</source>
        <translation>Zur &amp;Warteliste hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Retirer de la liste</source>
        <translation>Von der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Logements</source>
        <translation>Unterkünfte</translation>
    </message>
    <message>
        <source>Séjours de l&apos;année</source>
        <translation>Aufenthalte des Jahres</translation>
    </message>
    <message>
        <source>Hébergement d&apos;urgence</source>
        <translation>Notunterbringung</translation>
    </message>
    <message>
        <source>Règle de comptage : </source>
        <translation>Zählregel: </translation>
    </message>
    <message>
        <source>{n} jour(s)</source>
        <translation>{n} Tag(e)</translation>
    </message>
    <message>
        <source>{n} séjour(s) sans date de sortie alors que la sortie prévue est passée : notez la sortie, sinon les nuits comptées gonflent.</source>
        <translation>{n} Aufenthalt(e) ohne Auszugsdatum, obwohl der geplante Auszug vorbei ist: Tragen Sie den Auszug ein, sonst werden die gezählten Nächte zu hoch.</translation>
    </message>
    <message>
        <source>⚠ sortie prévue dépassée</source>
        <translation>⚠ geplanter Auszug überschritten</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Retirer cette demande de la liste d&apos;attente ?</source>
        <translation>Diese Anfrage von der Warteliste entfernen?</translation>
    </message>
    <message>
        <source>Type de période</source>
        <translation>Art des Zeitraums</translation>
    </message>
    <message>
        <source>1er semestre</source>
        <translation>1. Halbjahr</translation>
    </message>
    <message>
        <source>2e semestre</source>
        <translation>2. Halbjahr</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <source>Dates au choix</source>
        <translation>Frei gewählte Daten</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;Afficher</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Rapport &amp;PDF…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>Exporter en &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Objectifs du &amp;financeur…</source>
        <translation>Ziele des &amp;Geldgebers…</translation>
    </message>
    <message>
        <source>P&amp;ériode :</source>
        <extracomment>replaced in tests: the unencrypted-copy warning, and where to save the CSV</extracomment>
        <translation>Z&amp;eitraum:</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Les chiffres de la période choisie, comparés à la période précédente, pour les rapports au PSSP et au PCS. Des agrégats seulement : aucun nom.</source>
        <translation>Die Zahlen des gewählten Zeitraums im Vergleich zum vorherigen Zeitraum, für die Berichte an PSSP und PCS. Nur aggregierte Daten: keine Namen.</translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation>Indikatoren werden berechnet…</translation>
    </message>
    <message>
        <source>Préparation du rapport…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Exporter les indicateurs</source>
        <translation>Indikatoren exportieren</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {file} » : vérifiez le dossier choisi.</source>
        <translation>„{file}“ kann nicht geschrieben werden: Prüfen Sie den gewählten Ordner.</translation>
    </message>
    <message>
        <source>Indicateurs exportés dans « {file} ».</source>
        <translation>Indikatoren nach „{file}“ exportiert.</translation>
    </message>
    <message>
        <source>Nouveau dossier</source>
        <extracomment>F1 opens the guide&apos;s part about a new case</extracomment>
        <translation>Neue Akte</translation>
    </message>
    <message>
        <source>Le minimum pour ouvrir le dossier : un nom ou un pseudonyme, la commune, le type de violence et comment la joindre sans danger. Entrée passe au champ suivant, Ctrl+Entrée enregistre.</source>
        <translation>Das Minimum, um die Akte zu eröffnen: ein Name oder ein Pseudonym, die Gemeinde, die Gewaltform und wie die Person gefahrlos erreichbar ist. Eingabe springt zum nächsten Feld, Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <source>ex. Colibri — si elle ne veut pas donner son nom</source>
        <translation>z. B. Kolibri — wenn sie ihren Namen nicht nennen will</translation>
    </message>
    <message>
        <source>Contact sûr — comment la joindre sans danger</source>
        <translation>Sicherer Kontakt — wie die Person gefahrlos erreichbar ist</translation>
    </message>
    <message>
        <source>▸ Compléter maintenant (&amp;facultatif)</source>
        <translation>▸ Jetzt ergänzen (&amp;optional)</translation>
    </message>
    <message>
        <source>Compléments (facultatifs)</source>
        <translation>Ergänzungen (optional)</translation>
    </message>
    <message>
        <source>En quelques mots, sans détails identifiants</source>
        <translation>In wenigen Worten, ohne identifizierende Details</translation>
    </message>
    <message>
        <source>Té&amp;léphone :</source>
        <translation>Tel&amp;efon:</translation>
    </message>
    <message>
        <source>Situation en &amp;bref :</source>
        <translation>Situation in &amp;Kürze:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer et ouvrir le dossier</source>
        <translation>&amp;Speichern und Akte öffnen</translation>
    </message>
    <message>
        <source> Compléter maintenant (&amp;facultatif)</source>
        <translation> Jetzt ergänzen (&amp;optional)</translation>
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
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Verrouiller le coffre ({shortcut})</source>
        <translation>Tresor sperren ({shortcut})</translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <source>&amp;Masquer les noms</source>
        <translation>Namen &amp;ausblenden</translation>
    </message>
    <message>
        <source>Afficher pseudonymes ou initiales à la place des noms, pour travailler dans un lieu public (Ctrl+H)</source>
        <translation>Pseudonyme oder Initialen statt der Namen anzeigen, um an einem öffentlichen Ort zu arbeiten (Strg+H)</translation>
    </message>
    <message>
        <source>Aide (F1)</source>
        <translation>Hilfe (F1)</translation>
    </message>
    <message>
        <source>Ouvrir le guide à la partie de cette page (F1)</source>
        <translation>Die Anleitung beim Teil über diese Seite öffnen (F1)</translation>
    </message>
    <message>
        <source>Connecté·e : {name} ({login}) — {role}</source>
        <translation>Angemeldet: {name} ({login}) — {role}</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées sont intactes : le coffre n&apos;a pas été modifié par cette erreur. Si le problème se répète, fermez puis rouvrez Balise, et signalez-le à votre coordinateur·rice.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind intakt: Der Tresor wurde durch diesen Fehler nicht verändert. Wenn das Problem wiederholt auftritt, schließen Sie Balise und öffnen Sie es erneut, und melden Sie es Ihrer Koordinator·in.</translation>
    </message>
    <message>
        <source>Accueil</source>
        <extracomment>the action (app.core.permissions.Perm) a role needs to see the page; None: everyone the section of the user guide (app.ui.help.guide.ANCHORS) F1 opens on this page</extracomment>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Hébergement</source>
        <translation>Unterbringung</translation>
    </message>
    <message>
        <source>Balise aide votre service à suivre les situations de violences conjugales et intrafamiliales : les dossiers, les suivis, le risque, les courriers aux partenaires, l&apos;hébergement d&apos;urgence et les activités.</source>
        <translation>Balise hilft Ihrem Dienst, Situationen von Partnergewalt und innerfamiliärer Gewalt zu begleiten: die Akten, die Begleitungen, das Risiko, die Schreiben an Partner, die Notunterbringung und die Aktivitäten.</translation>
    </message>
    <message>
        <source>Toutes les données sont gardées dans un coffre chiffré sur cet ordinateur. Balise n&apos;utilise pas Internet : rien ne part ailleurs sans que vous le décidiez.</source>
        <translation>Alle Daten werden in einem verschlüsselten Tresor auf diesem Computer aufbewahrt. Balise nutzt kein Internet: Nichts verlässt den Computer, ohne dass Sie es entscheiden.</translation>
    </message>
    <message>
        <source>Cette aide s&apos;ouvre avec la touche F1, là où vous êtes : sur chaque page, elle montre d&apos;abord la partie qui parle de cette page. La liste de gauche mène aux autres parties ; la case de recherche trouve un mot.</source>
        <translation>Diese Hilfe öffnet sich mit der Taste F1, dort, wo Sie gerade sind: Auf jeder Seite zeigt sie zuerst den Teil über diese Seite. Die Liste links führt zu den anderen Teilen; das Suchfeld findet ein Wort.</translation>
    </message>
    <message>
        <source>Premier démarrage</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>La première fois, Balise ouvre un assistant qui crée le coffre du service. Il demande :</source>
        <translation>Beim ersten Mal öffnet Balise einen Assistenten, der den Tresor des Dienstes erstellt. Er fragt nach:</translation>
    </message>
    <message>
        <source>le service : son nom, son adresse, sa commune ;</source>
        <translation>dem Dienst: Name, Adresse, Gemeinde;</translation>
    </message>
    <message>
        <source>le ou la coordinateur·rice : son nom et son identifiant ;</source>
        <translation>der oder dem Koordinator·in: Name und Benutzername;</translation>
    </message>
    <message>
        <source>une phrase de passe d&apos;au moins 12 caractères : une phrase facile à retenir pour vous et difficile à deviner pour les autres ;</source>
        <translation>einer Passphrase mit mindestens 12 Zeichen: einem Satz, den Sie sich leicht merken und den andere schwer erraten können;</translation>
    </message>
    <message>
        <source>le code de récupération, affiché une seule fois : imprimez-le ou recopiez-le, et rangez-le loin de l&apos;ordinateur.</source>
        <translation>dem Wiederherstellungscode, der nur einmal angezeigt wird: Drucken Sie ihn aus oder schreiben Sie ihn ab und bewahren Sie ihn fern vom Computer auf.</translation>
    </message>
    <message>
        <source>Le code de récupération est le seul moyen d&apos;ouvrir le coffre si la phrase de passe est oubliée. Sans lui et sans phrase de passe, personne ne peut relire les données, pas même le service informatique.</source>
        <translation>Der Wiederherstellungscode ist die einzige Möglichkeit, den Tresor zu öffnen, wenn die Passphrase vergessen wurde. Ohne ihn und ohne Passphrase kann niemand die Daten mehr lesen, nicht einmal der IT-Dienst.</translation>
    </message>
    <message>
        <source>Chaque membre de l&apos;équipe reçoit ensuite son compte et un code à usage unique : à la première ouverture, chacun·e choisit sa propre phrase de passe (voir « Équipe »).</source>
        <translation>Jedes Teammitglied erhält danach sein Konto und einen Einmalcode: Beim ersten Öffnen wählt jede Person ihre eigene Passphrase (siehe „Team“).</translation>
    </message>
    <message>
        <source>Déverrouiller et verrouiller</source>
        <translation>Entsperren und sperren</translation>
    </message>
    <message>
        <source>L&apos;écran de déverrouillage demande votre identifiant et votre phrase de passe. Tapez-les puis appuyez sur Entrée. Le bouton « Afficher » montre la phrase tapée, pour vérifier.</source>
        <translation>Der Entsperrbildschirm fragt nach Ihrem Benutzernamen und Ihrer Passphrase. Geben Sie beides ein und drücken Sie die Eingabetaste. Die Schaltfläche „Anzeigen“ zeigt die eingegebene Passphrase zur Kontrolle an.</translation>
    </message>
    <message>
        <source>Après une erreur, Balise fait attendre un peu avant l&apos;essai suivant, de plus en plus longtemps (30 secondes au plus) : c&apos;est ce qui empêche quelqu&apos;un d&apos;essayer des phrases au hasard.</source>
        <translation>Nach einem Fehler lässt Balise Sie vor dem nächsten Versuch etwas warten, jedes Mal etwas länger (höchstens 30 Sekunden): So kann niemand auf gut Glück Passphrasen ausprobieren.</translation>
    </message>
    <message>
        <source>Phrase de passe oubliée ? Cliquez sur « J&apos;ai oublié ma phrase de passe — utiliser le code de récupération », tapez le code de récupération, puis choisissez une nouvelle phrase de passe.</source>
        <translation>Passphrase vergessen? Klicken Sie auf „Ich habe meine Passphrase vergessen — Wiederherstellungscode verwenden“, geben Sie den Wiederherstellungscode ein und wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Pour verrouiller : Ctrl+L ou le bouton « Verrouiller ». Les écrans sont vidés tout de suite ; il faut la phrase de passe pour revenir. Verrouillez dès que vous quittez l&apos;ordinateur, même un instant.</source>
        <translation>Zum Sperren: Strg+L oder die Schaltfläche „Sperren“. Die Bildschirme werden sofort geleert; zum Zurückkehren braucht es die Passphrase. Sperren Sie, sobald Sie den Computer verlassen, auch nur für einen Moment.</translation>
    </message>
    <message>
        <source>Balise se verrouille aussi tout seul après quelques minutes sans activité (5 minutes au départ, réglable dans Paramètres). Ce que vous étiez en train d&apos;écrire est gardé et vous est proposé au retour.</source>
        <translation>Balise sperrt sich auch von selbst nach einigen Minuten ohne Aktivität (anfangs 5 Minuten, einstellbar unter Einstellungen). Was Sie gerade geschrieben haben, wird aufbewahrt und Ihnen bei der Rückkehr wieder angeboten.</translation>
    </message>
    <message>
        <source>Si l&apos;écran dit que le coffre est endommagé, il propose la sauvegarde vérifiée la plus récente, avec sa date : « Restaurer cette sauvegarde… » la remet en place (voir « Sauvegardes et restauration »).</source>
        <translation>Meldet der Bildschirm, dass der Tresor beschädigt ist, schlägt er die neueste überprüfte Sicherung mit ihrem Datum vor: „Diese Sicherung wiederherstellen…“ setzt sie wieder ein (siehe „Sicherungen und Wiederherstellung“).</translation>
    </message>
    <message>
        <source>Travailler au clavier</source>
        <translation>Mit der Tastatur arbeiten</translation>
    </message>
    <message>
        <source>Tout peut se faire sans souris. Les touches à connaître :</source>
        <translation>Alles geht auch ohne Maus. Die wichtigsten Tasten:</translation>
    </message>
    <message>
        <source>F1 : cette aide, à la partie de la page où vous êtes ;</source>
        <translation>F1: diese Hilfe, beim Teil über die Seite, auf der Sie sind;</translation>
    </message>
    <message>
        <source>Ctrl+L : verrouiller tout de suite ;</source>
        <translation>Strg+L: sofort sperren;</translation>
    </message>
    <message>
        <source>Ctrl+N : nouveau dossier ;</source>
        <translation>Strg+N: neue Akte;</translation>
    </message>
    <message>
        <source>Ctrl+H : masquer les noms (ou les montrer à nouveau) ;</source>
        <translation>Strg+H: die Namen ausblenden (oder wieder anzeigen);</translation>
    </message>
    <message>
        <source>Ctrl+F : rechercher, dans les dossiers et dans le réseau ;</source>
        <translation>Strg+F: suchen, in den Akten und im Netzwerk;</translation>
    </message>
    <message>
        <source>Entrée : ouvrir le dossier ou l&apos;élément choisi dans une liste ;</source>
        <translation>Eingabe: die gewählte Akte oder das gewählte Element einer Liste öffnen;</translation>
    </message>
    <message>
        <source>Ctrl+Entrée : enregistrer le formulaire ouvert ;</source>
        <translation>Strg+Eingabe: das geöffnete Formular speichern;</translation>
    </message>
    <message>
        <source>Échap : fermer une fenêtre ou abandonner un formulaire ;</source>
        <translation>Esc: ein Fenster schließen oder ein Formular verlassen;</translation>
    </message>
    <message>
        <source>Alt+1 à Alt+9, puis Alt+0 : les onglets d&apos;un dossier ; Alt+← : revenir à la page d&apos;avant ;</source>
        <translation>Alt+1 bis Alt+9, dann Alt+0: die Registerkarten einer Akte; Alt+←: zur vorherigen Seite zurück;</translation>
    </message>
    <message>
        <source>Ctrl+P : imprimer l&apos;aperçu d&apos;un courrier ;</source>
        <translation>Strg+P: die Vorschau eines Schreibens drucken;</translation>
    </message>
    <message>
        <source>Tab et Maj+Tab : passer au champ suivant ou précédent.</source>
        <translation>Tab und Umschalt+Tab: zum nächsten oder vorherigen Feld.</translation>
    </message>
    <message>
        <source>Sur un bouton ou devant un champ, la lettre soulignée s&apos;utilise avec Alt : par exemple, Alt+D sur l&apos;écran de déverrouillage appuie sur « Déverrouiller ».</source>
        <translation>Auf einer Schaltfläche oder vor einem Feld wird der unterstrichene Buchstabe mit Alt verwendet: Alt+E auf dem Entsperrbildschirm drückt zum Beispiel „Entsperren“.</translation>
    </message>
    <message>
        <source>L&apos;accueil rassemble ce qui compte pour votre journée :</source>
        <translation>Die Startseite zeigt, was für Ihren Tag zählt:</translation>
    </message>
    <message>
        <source>vos rendez-vous d&apos;aujourd&apos;hui ;</source>
        <translation>Ihre heutigen Termine;</translation>
    </message>
    <message>
        <source>« À surveiller » : les dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours ;</source>
        <translation>„Im Auge behalten“: die Akten mit hohem oder kritischem Risiko ohne durchgeführte Begleitung seit 14 Tagen;</translation>
    </message>
    <message>
        <source>les échéances et les audiences des prochains jours ;</source>
        <translation>die Fristen und Anhörungen der nächsten Tage;</translation>
    </message>
    <message>
        <source>vos dossiers ouverts.</source>
        <translation>Ihre offenen Akten.</translation>
    </message>
    <message>
        <source>Double-cliquez sur une ligne, ou choisissez-la et appuyez sur Entrée, pour ouvrir le dossier. « Voir tous mes dossiers » mène à la page Dossiers, filtrée sur les vôtres.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder wählen Sie sie und drücken Sie die Eingabetaste, um die Akte zu öffnen. „Alle meine Akten anzeigen“ führt zur Seite Akten, gefiltert auf Ihre eigenen.</translation>
    </message>
    <message>
        <source>Dans un lieu public, « Masquer les noms » (Ctrl+H) remplace partout les noms par le pseudonyme ou les initiales.</source>
        <translation>An einem öffentlichen Ort ersetzt „Namen ausblenden“ (Strg+H) überall die Namen durch das Pseudonym oder die Initialen.</translation>
    </message>
    <message>
        <source>« Nouveau dossier » (Ctrl+N) ouvre un formulaire court, pour ouvrir un dossier en quelques minutes, pendant ou juste après l&apos;entretien. Il demande :</source>
        <translation>„Neue Akte“ (Strg+N) öffnet ein kurzes Formular, um eine Akte in wenigen Minuten anzulegen, während oder direkt nach dem Gespräch. Es fragt nach:</translation>
    </message>
    <message>
        <source>la personne : un prénom, un nom ou seulement un pseudonyme si elle ne veut pas donner son nom ;</source>
        <translation>der Person: einem Vornamen, einem Namen oder nur einem Pseudonym, wenn sie ihren Namen nicht nennen möchte;</translation>
    </message>
    <message>
        <source>la commune et le ou les types de violence (même provisoires) ;</source>
        <translation>der Gemeinde und der Gewaltform(en) (auch vorläufig);</translation>
    </message>
    <message>
        <source>le contact sûr : comment la joindre sans danger (téléphone sûr, moments sûrs, message ou courrier possible, mot de code).</source>
        <translation>dem sicheren Kontakt: wie die Person gefahrlos erreichbar ist (sicheres Telefon, sichere Zeiten, Nachricht oder Brief möglich, Codewort).</translation>
    </message>
    <message>
        <source>Le reste est facultatif et peut être complété plus tard. Entrée passe au champ suivant ; Ctrl+Entrée enregistre et ouvre le dossier.</source>
        <translation>Der Rest ist freiwillig und kann später ergänzt werden. Die Eingabetaste springt zum nächsten Feld; Strg+Eingabe speichert und öffnet die Akte.</translation>
    </message>
    <message>
        <source>Un dossier confidentiel n&apos;est visible que par les intervenant·es qui y sont attaché·es.</source>
        <translation>Eine vertrauliche Akte ist nur für die Fachkräfte sichtbar, die ihr zugeordnet sind.</translation>
    </message>
    <message>
        <source>La liste de tous les dossiers que vous pouvez voir. Au départ, elle montre les dossiers ouverts et en pause.</source>
        <translation>Die Liste aller Akten, die Sie sehen dürfen. Anfangs zeigt sie die offenen und pausierten Akten.</translation>
    </message>
    <message>
        <source>La recherche (Ctrl+F) répond pendant la frappe : un nom, un pseudonyme, un numéro de dossier ou un mot écrit dans un suivi. Les accents sont facultatifs : « Helene » trouve « Hélène ».</source>
        <translation>Die Suche (Strg+F) antwortet schon beim Tippen: ein Name, ein Pseudonym, eine Aktennummer oder ein Wort aus einer Begleitung. Akzente und Umlaute sind freiwillig: „Muller“ findet „Müller“.</translation>
    </message>
    <message>
        <source>Les filtres affinent la liste : statut, commune, intervenant·e, niveau de risque, période d&apos;ouverture. « Effacer les filtres » revient à la liste de départ.</source>
        <translation>Die Filter grenzen die Liste ein: Status, Gemeinde, Fachkraft, Risikostufe, Eröffnungszeitraum. „Filter löschen“ kehrt zur ursprünglichen Liste zurück.</translation>
    </message>
    <message>
        <source>Depuis la recherche, la flèche bas mène à la liste ; Entrée ouvre le dossier choisi. « Nouveau dossier » (Ctrl+N) en crée un.</source>
        <translation>Aus der Suche führt die Pfeiltaste nach unten zur Liste; die Eingabetaste öffnet die gewählte Akte. „Neue Akte“ (Strg+N) legt eine an.</translation>
    </message>
    <message>
        <source>L&apos;écran d&apos;un dossier</source>
        <translation>Der Bildschirm einer Akte</translation>
    </message>
    <message>
        <source>En haut : le numéro du dossier, la personne, le statut et le niveau de risque. « ← Retour » (Alt+←) revient à la page d&apos;où vous venez.</source>
        <translation>Oben: die Aktennummer, die Person, der Status und die Risikostufe. „← Zurück“ (Alt+←) kehrt zur Seite zurück, von der Sie kommen.</translation>
    </message>
    <message>
        <source>Le bandeau jaune « Contact sûr » reste visible sur chaque onglet : lisez-le avant d&apos;appeler ou d&apos;écrire à la personne.</source>
        <translation>Der gelbe Balken „Sicherer Kontakt“ bleibt auf jeder Registerkarte sichtbar: Lesen Sie ihn, bevor Sie die Person anrufen oder ihr schreiben.</translation>
    </message>
    <message>
        <source>Le dossier est rangé en onglets ; Alt+1 à Alt+9 puis Alt+0 y mènent directement. Ce que vous pouvez modifier dépend de votre rôle.</source>
        <translation>Die Akte ist in Registerkarten gegliedert; Alt+1 bis Alt+9 und dann Alt+0 führen direkt dorthin. Was Sie ändern können, hängt von Ihrer Rolle ab.</translation>
    </message>
    <message>
        <source>Rien ne se perd : quitter un formulaire modifié demande confirmation, et si Balise se verrouille pendant la saisie, le texte est gardé dans le coffre et proposé au déverrouillage suivant.</source>
        <translation>Nichts geht verloren: Wer ein geändertes Formular verlässt, wird um Bestätigung gebeten, und wenn Balise sich während der Eingabe sperrt, wird der Text im Tresor aufbewahrt und beim nächsten Entsperren wieder angeboten.</translation>
    </message>
    <message>
        <source>L&apos;essentiel du dossier : situation, intervenant·es, dates. C&apos;est ici qu&apos;on change le statut du dossier : mettre en pause, reprendre, clôturer, rouvrir. Chaque changement demande un motif.</source>
        <translation>Das Wesentliche der Akte: Situation, Fachkräfte, Daten. Hier wird der Status der Akte geändert: pausieren, fortsetzen, abschließen, wieder öffnen. Jede Änderung erfordert einen Grund.</translation>
    </message>
    <message>
        <source>La coordination y trouve aussi « Effacer définitivement… » quand la personne demande l&apos;effacement de tout son dossier.</source>
        <translation>Die Koordination findet hier auch „Endgültig löschen…“, wenn die Person die Löschung ihrer gesamten Akte verlangt.</translation>
    </message>
    <message>
        <source>La victime, les enfants et les autres personnes concernées. La fiche de la victime porte son contact sûr : gardez-le à jour.</source>
        <translation>Das Opfer, die Kinder und die anderen betroffenen Personen. Das Blatt des Opfers enthält seinen sicheren Kontakt: Halten Sie ihn aktuell.</translation>
    </message>
    <message>
        <source>Le ou les auteurs présumés : leur lien avec la victime, s&apos;ils vivent avec elle, s&apos;ils ont accès à des armes, leurs antécédents judiciaires.</source>
        <translation>Die mutmaßlichen Täter·innen: ihre Beziehung zum Opfer, ob sie mit ihm zusammenleben, ob sie Zugang zu Waffen haben, ihre Vorstrafen.</translation>
    </message>
    <message>
        <source>Les violences rapportées : les types, le premier et le dernier fait connus, les enfants exposés. Écrivez les faits tels qu&apos;ils sont rapportés, sans détail qui permettrait d&apos;identifier d&apos;autres personnes.</source>
        <translation>Die berichtete Gewalt: die Formen, die erste und die letzte bekannte Tat, die betroffenen Kinder. Schreiben Sie die Taten so auf, wie sie berichtet werden, ohne Einzelheiten, durch die andere Personen erkennbar würden.</translation>
    </message>
    <message>
        <source>« Nouvelle évaluation… » pose les questions de la grille ; Balise calcule le niveau et montre les facteurs qui ont pesé. Vous pouvez relever le niveau par votre jugement professionnel, avec un motif, mais pas le baisser sous le niveau calculé.</source>
        <translation>„Neue Einschätzung…“ stellt die Fragen des Rasters; Balise berechnet die Stufe und zeigt die ausschlaggebenden Faktoren. Sie können die Stufe aufgrund Ihrer fachlichen Einschätzung mit Begründung anheben, aber nicht unter die berechnete Stufe senken.</translation>
    </message>
    <message>
        <source>L&apos;historique montre chaque évaluation et la tendance. Le niveau est toujours écrit en toutes lettres, pas seulement en couleur.</source>
        <translation>Der Verlauf zeigt jede Einschätzung und die Tendenz. Die Stufe wird immer ausgeschrieben, nicht nur als Farbe angezeigt.</translation>
    </message>
    <message>
        <source>Les consentements de la personne : d&apos;accord pour que ses données soient enregistrées, et pour qu&apos;elles soient partagées avec tel partenaire et dans tel but. « Noter un consentement… » en ajoute un ; « Retirer le consentement… » note que la personne le reprend.</source>
        <translation>Die Einwilligungen der Person: dass ihre Daten erfasst werden und dass sie mit einem bestimmten Partner zu einem bestimmten Zweck geteilt werden. „Einwilligung erfassen…“ fügt eine hinzu; „Einwilligung widerrufen…“ hält fest, dass die Person sie zurücknimmt.</translation>
    </message>
    <message>
        <source>Sans accord de partage pour un partenaire et un but, Balise refuse le courrier correspondant.</source>
        <translation>Ohne Einwilligung zur Weitergabe für einen Partner und einen Zweck verweigert Balise das entsprechende Schreiben.</translation>
    </message>
    <message>
        <source>Les entretiens, appels et rendez-vous. « Nouveau suivi… » note ce qui s&apos;est passé ; « Prochain rendez-vous… » le met dans l&apos;agenda.</source>
        <translation>Die Gespräche, Anrufe und Termine. „Neue Begleitung…“ hält fest, was geschehen ist; „Nächster Termin…“ trägt ihn in den Kalender ein.</translation>
    </message>
    <message>
        <source>Un rendez-vous passé se marque « réalisé » (avec un résumé) ou « manqué », ici ou depuis l&apos;Agenda.</source>
        <translation>Ein vergangener Termin wird als „durchgeführt“ (mit einer Zusammenfassung) oder „verpasst“ markiert, hier oder über den Kalender.</translation>
    </message>
    <message>
        <source>La plainte et les mesures de protection : audiences, décisions, interdiction temporaire de résidence. Balise calcule la fin de l&apos;interdiction (10 jours) et rappelle qu&apos;une prolongation ne dépasse pas 3 mois. Les échéances apparaissent à l&apos;Accueil et dans l&apos;Agenda.</source>
        <translation>Die Anzeige und die Schutzmaßnahmen: Anhörungen, Entscheidungen, vorläufiges Hausverbot. Balise berechnet das Ende des Hausverbots (10 Tage) und erinnert daran, dass eine Verlängerung 3 Monate nicht überschreitet. Die Fristen erscheinen auf der Startseite und im Kalender.</translation>
    </message>
    <message>
        <source>Les démarches socio-administratives (CPAS, banque, mutuelle, logement, école…). « Appliquer un ensemble » ajoute d&apos;un coup les démarches habituelles d&apos;une situation, comme « départ du domicile ». Cochez-les « fait » au fur et à mesure.</source>
        <translation>Die sozial-administrativen Schritte (ÖSHZ, Bank, Krankenkasse, Wohnung, Schule…). „Paket anwenden“ fügt auf einmal die üblichen Schritte einer Situation hinzu, etwa „Verlassen der Wohnung“. Haken Sie sie nach und nach als „erledigt“ ab.</translation>
    </message>
    <message>
        <source>Le plan de départ, préparé avec la personne : où aller, quoi emporter, qui prévenir. Il peut désigner un séjour en hébergement d&apos;urgence. Dans l&apos;onglet Documents, « Plan de départ pour la personne… » en fait une version pour elle.</source>
        <translation>Der Auszugsplan, mit der Person vorbereitet: wohin, was mitnehmen, wen benachrichtigen. Er kann auf einen Aufenthalt in der Notunterbringung verweisen. In der Registerkarte Dokumente erstellt „Auszugsplan für die Person…“ eine Fassung für sie.</translation>
    </message>
    <message>
        <source>Documents et courriers</source>
        <translation>Dokumente und Schreiben</translation>
    </message>
    <message>
        <source>« Nouveau courrier d&apos;orientation… » : choisissez le partenaire, puis cochez ce qui peut lui être transmis. Sans accord de partage enregistré pour ce partenaire et ce but, le courrier est refusé, ou émis avec une dérogation motivée qui est tracée.</source>
        <translation>„Neues Überweisungsschreiben…“: Wählen Sie den Partner und kreuzen Sie dann an, was ihm übermittelt werden darf. Ohne erfasste Einwilligung zur Weitergabe für diesen Partner und diesen Zweck wird das Schreiben verweigert oder mit einer begründeten, protokollierten Ausnahme ausgestellt.</translation>
    </message>
    <message>
        <source>Le courrier s&apos;écrit dans la langue du partenaire (le français, sauf indication contraire). L&apos;aperçu s&apos;affiche à l&apos;écran ; Ctrl+P l&apos;imprime.</source>
        <translation>Das Schreiben wird in der Sprache des Partners verfasst (Französisch, sofern nicht anders angegeben). Die Vorschau erscheint auf dem Bildschirm; Strg+P druckt sie.</translation>
    </message>
    <message>
        <source>Attention : une copie enregistrée sur le disque ou une clé USB n&apos;est pas chiffrée. Imprimez plutôt, ou rangez la copie en lieu sûr.</source>
        <translation>Achtung: Eine auf der Festplatte oder einem USB-Stick gespeicherte Kopie ist nicht verschlüsselt. Drucken Sie lieber aus oder bewahren Sie die Kopie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>La liste montre les documents déjà émis ; « Afficher / réimprimer… » les rouvre. Pour la personne : « Attestation de suivi… », « Plan de départ pour la personne… », et « Résumé pour la personne (accès)… » quand elle demande à voir ce que Balise contient sur elle.</source>
        <translation>Die Liste zeigt die bereits ausgestellten Dokumente; „Anzeigen / erneut drucken…“ öffnet sie wieder. Für die Person: „Begleitbescheinigung…“, „Auszugsplan für die Person…“ und „Zusammenfassung für die Person (Auskunft)…“, wenn sie sehen möchte, was Balise über sie enthält.</translation>
    </message>
    <message>
        <source>Vos rendez-vous par jour ou par semaine (« Jour », « Semaine », « Précédent », « Aujourd&apos;hui », « Suivant »). « Tout le service » montre aussi ceux des collègues.</source>
        <translation>Ihre Termine nach Tag oder Woche („Tag“, „Woche“, „Zurück“, „Heute“, „Weiter“). „Ganzer Dienst“ zeigt auch die der Kolleg·innen.</translation>
    </message>
    <message>
        <source>En haut, les rendez-vous passés à marquer « Réalisé… » ou « Manqué », et les échéances dépassées. Entrée ou « Ouvrir le dossier » ouvre le dossier du rendez-vous choisi.</source>
        <translation>Oben die vergangenen Termine, die als „Wahrgenommen…“ oder „Verpasst“ zu markieren sind, und die überschrittenen Fristen. Die Eingabetaste oder „Akte öffnen“ öffnet die Akte des gewählten Termins.</translation>
    </message>
    <message>
        <source>Réseau (partenaires)</source>
        <translation>Netzwerk (Partner)</translation>
    </message>
    <message>
        <source>Le répertoire des partenaires : organisations, services et personnes de contact, avec leur secteur et leur commune. La recherche (Ctrl+F) et les filtres aident à trouver.</source>
        <translation>Das Verzeichnis der Partner: Organisationen, Dienste und Kontaktpersonen, mit ihrem Sektor und ihrer Gemeinde. Die Suche (Strg+F) und die Filter helfen beim Finden.</translation>
    </message>
    <message>
        <source>« Nouvelle organisation… » et « Modifier… » tiennent le répertoire à jour. Pour une organisation qui ne travaille plus avec vous, décochez « Organisation active » : elle n&apos;est plus proposée pour les courriers, et « Montrer les inactives » la retrouve.</source>
        <translation>„Neue Organisation…“ und „Bearbeiten…“ halten das Verzeichnis aktuell. Bei einer Organisation, die nicht mehr mit Ihnen zusammenarbeitet, entfernen Sie das Häkchen bei „Organisation aktiv“: Sie wird für Schreiben nicht mehr vorgeschlagen, und „Inaktive anzeigen“ findet sie wieder.</translation>
    </message>
    <message>
        <source>« Importer (CSV)… » et « Exporter (CSV)… » échangent le répertoire avec un tableur comme Excel.</source>
        <translation>„Importieren (CSV)…“ und „Exportieren (CSV)…“ tauschen das Verzeichnis mit einer Tabellenkalkulation wie Excel aus.</translation>
    </message>
    <message>
        <source>Trois listes : les logements, les séjours de l&apos;année et la liste d&apos;attente.</source>
        <translation>Drei Listen: die Unterkünfte, die Aufenthalte des Jahres und die Warteliste.</translation>
    </message>
    <message>
        <source>Logements : nom, nombre de places, période où il est disponible. L&apos;adresse reste secrète : elle n&apos;apparaît que dans la fiche du logement.</source>
        <translation>Unterkünfte: Name, Zahl der Plätze, Zeitraum, in dem sie verfügbar ist. Die Adresse bleibt geheim: Sie erscheint nur im Blatt der Unterkunft.</translation>
    </message>
    <message>
        <source>Séjours : liés à un dossier, avec l&apos;entrée, la sortie prévue, la sortie réelle (« Noter la sortie… ») et la destination. Un séjour qui dépasse sa sortie prévue est signalé.</source>
        <translation>Aufenthalte: mit einer Akte verknüpft, mit Einzug, geplantem Auszug, tatsächlichem Auszug („Auszug erfassen…“) und Ziel. Ein Aufenthalt, der seinen geplanten Auszug überschreitet, wird gemeldet.</translation>
    </message>
    <message>
        <source>Liste d&apos;attente : les demandes, par priorité et par date ; « Retirer de la liste » quand une solution est trouvée.</source>
        <translation>Warteliste: die Anfragen, nach Priorität und Datum; „Von der Liste entfernen“, wenn eine Lösung gefunden ist.</translation>
    </message>
    <message>
        <source>L&apos;occupation se lit « 7,5 mois sur 12 ». La règle de comptage est affichée : la nuit d&apos;entrée compte, le jour de sortie non.</source>
        <translation>Die Belegung liest sich „7,5 Monate von 12“. Die Zählregel wird angezeigt: Die Nacht des Einzugs zählt, der Tag des Auszugs nicht.</translation>
    </message>
    <message>
        <source>Ateliers pour enfants, groupes de parole, groupes de parents, sensibilisation, séances en école, formations de professionnel·les, réunions de réseau.</source>
        <translation>Workshops für Kinder, Gesprächsgruppen, Elterngruppen, Sensibilisierung, Sitzungen in Schulen, Fortbildungen für Fachkräfte, Netzwerktreffen.</translation>
    </message>
    <message>
        <source>Une activité a une date, ou une règle comme « le premier mercredi du mois ». Pour chaque séance, « Noter les présences… » compte les participant·es sans nom (âge, genre, secteur des professionnel·les).</source>
        <translation>Eine Aktivität hat ein Datum oder eine Regel wie „der erste Mittwoch im Monat“. Für jede Sitzung zählt „Anwesenheiten erfassen…“ die Teilnehmenden ohne Namen (Alter, Geschlecht, Sektor der Fachkräfte).</translation>
    </message>
    <message>
        <source>Une séance n&apos;est reliée à un dossier que si vous le choisissez (« Relier à un dossier… »). Le plan de formation du réseau liste les professionnel·les formé·es.</source>
        <translation>Eine Sitzung wird nur dann mit einer Akte verknüpft, wenn Sie es wählen („Mit einer Akte verknüpfen…“). Der Fortbildungsplan des Netzwerks listet die fortgebildeten Fachkräfte auf.</translation>
    </message>
    <message>
        <source>Les chiffres de l&apos;activité du service (pour la coordination) : une année, un semestre ou des dates au choix, comparés à la période précédente. Dossiers, profils, suivis, plaintes, mesures, orientations, hébergement, activités.</source>
        <translation>Die Zahlen zur Tätigkeit des Dienstes (für die Koordination): ein Jahr, ein Halbjahr oder frei gewählte Daten, verglichen mit dem vorherigen Zeitraum. Akten, Profile, Begleitungen, Anzeigen, Maßnahmen, Überweisungen, Unterbringung, Aktivitäten.</translation>
    </message>
    <message>
        <source>Seulement des totaux : un nombre de 1 à 4 s&apos;affiche « &lt; 5 », et d&apos;autres cases sont masquées pour qu&apos;on ne puisse pas le retrouver par soustraction.</source>
        <translation>Nur Summen: Eine Zahl von 1 bis 4 wird als „&lt; 5“ angezeigt, und andere Felder werden ausgeblendet, damit man sie nicht durch Subtraktion zurückrechnen kann.</translation>
    </message>
    <message>
        <source>« Rapport PDF… » prépare le rapport au papier à lettres du service ; « Exporter en CSV… » donne un fichier pour Excel. Chaque export est noté dans le journal d&apos;audit.</source>
        <translation>„PDF-Bericht…“ erstellt den Bericht auf dem Briefpapier des Dienstes; „Als CSV exportieren…“ liefert eine Datei für Excel. Jeder Export wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>« Objectifs du financeur… » nomme les objectifs du PSSP ou du PCS du service et les indicateurs qui y répondent : la page, le rapport et le fichier commencent alors par une partie par objectif.</source>
        <translation>„Ziele des Geldgebers…“ benennt die Ziele des PSSP oder des PCS des Dienstes und die Indikatoren, die ihnen entsprechen: Die Seite, der Bericht und die Datei beginnen dann mit einem Teil pro Ziel.</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Les comptes de l&apos;équipe (pour la coordination). « Nouveau compte… » : le nom, l&apos;identifiant et le rôle (coordinateur·rice, assistant·e social·e ou référent·e VIF, éducateur·rice de rue).</source>
        <translation>Die Konten des Teams (für die Koordination). „Neues Konto…“: der Name, der Benutzername und die Rolle (Koordinator·in, Sozialarbeiter·in oder Referent·in VIF, Streetworker·in).</translation>
    </message>
    <message>
        <source>La personne reçoit un code à usage unique et choisit sa phrase de passe à la première ouverture. « Réinitialiser la phrase de passe… » donne un nouveau code à qui a oublié la sienne.</source>
        <translation>Die Person erhält einen Einmalcode und wählt beim ersten Öffnen ihre Passphrase. „Passphrase zurücksetzen…“ gibt jemandem, der seine vergessen hat, einen neuen Code.</translation>
    </message>
    <message>
        <source>Quand quelqu&apos;un quitte le service, « Désactiver… » son compte : il ne peut plus rien ouvrir, et son nom reste dans l&apos;historique.</source>
        <translation>Wenn jemand den Dienst verlässt, wird sein Konto mit „Deaktivieren…“ deaktiviert: Die Person kann nichts mehr öffnen, und ihr Name bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Tout ce qui se fait dans Balise est noté : ouverture d&apos;un dossier, modification, courrier, export, changement de compte ou de réglage. Qui, quand, quoi, quel dossier — jamais de nom de personne suivie.</source>
        <translation>Alles, was in Balise geschieht, wird festgehalten: Öffnen einer Akte, Änderung, Schreiben, Export, Änderung eines Kontos oder einer Einstellung. Wer, wann, was, welche Akte — nie der Name einer begleiteten Person.</translation>
    </message>
    <message>
        <source>Les filtres choisissent une période, une personne de l&apos;équipe, une action ou un numéro de dossier. « Exporter en CSV… » en fait un fichier.</source>
        <translation>Die Filter wählen einen Zeitraum, ein Teammitglied, eine Aktion oder eine Aktennummer. „Als CSV exportieren…“ macht daraus eine Datei.</translation>
    </message>
    <message>
        <source>« Vérifier la chaîne » contrôle que personne n&apos;a modifié, supprimé ou déplacé une entrée du journal.</source>
        <translation>„Kette überprüfen“ kontrolliert, dass niemand einen Eintrag des Protokolls geändert, gelöscht oder verschoben hat.</translation>
    </message>
    <message>
        <source>Bon à savoir : tous les comptes d&apos;un même coffre partagent la même clé de chiffrement ; ce sont les rôles qui limitent ce que chacun voit.</source>
        <translation>Gut zu wissen: Alle Konten desselben Tresors teilen denselben Verschlüsselungsschlüssel; es sind die Rollen, die begrenzen, was jede Person sieht.</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ma langue : chaque personne choisit la langue de Balise ; elle s&apos;applique tout de suite, sans perdre ce qui est en cours de saisie ;</source>
        <translation>Meine Sprache: Jede Person wählt die Sprache von Balise; sie gilt sofort, ohne dass laufende Eingaben verloren gehen;</translation>
    </message>
    <message>
        <source>Verrouillage : le délai de verrouillage automatique, et verrouiller quand la fenêtre est réduite (réglages de toute l&apos;équipe, changés par la coordination) ;</source>
        <translation>Sperren: die Frist für die automatische Sperre und das Sperren, wenn das Fenster minimiert wird (Einstellungen für das ganze Team, von der Koordination geändert);</translation>
    </message>
    <message>
        <source>Ma phrase de passe : « Changer ma phrase de passe… » ;</source>
        <translation>Meine Passphrase: „Meine Passphrase ändern…“;</translation>
    </message>
    <message>
        <source>Code de récupération (coordination) : en créer un nouveau si l&apos;ancien a été perdu ou vu ; l&apos;ancien cesse alors de fonctionner ;</source>
        <translation>Wiederherstellungscode des Tresors (Koordination): einen neuen erstellen, wenn der alte verloren oder gesehen wurde; der alte funktioniert dann nicht mehr;</translation>
    </message>
    <message>
        <source>Démarches et modèles de documents (coordination) : la liste des démarches proposées, et le texte des courriers ;</source>
        <translation>Schritte und Dokumentvorlagen (Koordination): die Liste der vorgeschlagenen Schritte und der Text der Schreiben;</translation>
    </message>
    <message>
        <source>Sauvegardes et conservation : voir les parties qui suivent ;</source>
        <translation>Sicherungen und Aufbewahrung: siehe die folgenden Teile;</translation>
    </message>
    <message>
        <source>Synchronisation entre portables : voir « Plusieurs portables ».</source>
        <translation>Synchronisierung zwischen Laptops: siehe „Mehrere Laptops“.</translation>
    </message>
    <message>
        <source>Sauvegardes et restauration</source>
        <translation>Sicherungen und Wiederherstellung</translation>
    </message>
    <message>
        <source>Chaque jour, peu après le premier déverrouillage, Balise fait une copie chiffrée du coffre, en arrière-plan : vous continuez à travailler. Chaque copie est relue et vérifiée.</source>
        <translation>Jeden Tag, kurz nach dem ersten Entsperren, erstellt Balise im Hintergrund eine verschlüsselte Kopie des Tresors: Sie arbeiten einfach weiter. Jede Kopie wird nachgelesen und überprüft.</translation>
    </message>
    <message>
        <source>Balise garde la dernière sauvegarde de chacun des 7 derniers jours, des 4 dernières semaines et des 12 derniers mois.</source>
        <translation>Balise behält die letzte Sicherung jedes der letzten 7 Tage, der letzten 4 Wochen und der letzten 12 Monate.</translation>
    </message>
    <message>
        <source>Copie externe : dans Paramètres › Sauvegardes…, la coordination choisit une clé USB ou un disque du service ; chaque sauvegarde y est aussi copiée. Rangez la clé loin de l&apos;ordinateur.</source>
        <translation>Externe Kopie: Unter Einstellungen › Sicherungen… wählt die Koordination einen USB-Stick oder ein Laufwerk des Dienstes; jede Sicherung wird auch dorthin kopiert. Bewahren Sie den Stick fern vom Computer auf.</translation>
    </message>
    <message>
        <source>« Sauvegarder maintenant » en fait une tout de suite. Pour revenir en arrière, choisissez une sauvegarde dans la liste puis « Restaurer la sauvegarde choisie… ».</source>
        <translation>„Jetzt sichern“ erstellt sofort eine. Um zu einem früheren Stand zurückzukehren, wählen Sie eine Sicherung in der Liste und dann „Gewählte Sicherung wiederherstellen…“.</translation>
    </message>
    <message>
        <source>Ce qui a été enregistré après la date de la sauvegarde est perdu. Le coffre remplacé n&apos;est jamais supprimé : il est mis de côté. Ouvrez ensuite le coffre avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>Was nach dem Datum der Sicherung gespeichert wurde, geht verloren. Der ersetzte Tresor wird nie gelöscht: Er wird beiseitegelegt. Öffnen Sie den Tresor danach mit der Passphrase, die zum Datum der Sicherung gültig war.</translation>
    </message>
    <message>
        <source>Un dossier clôturé est gardé 5 ans après sa clôture. « Conservation et effacement… » (Paramètres, coordination) liste les dossiers qui ont dépassé ce délai ; cochez-les puis « Effacer les dossiers cochés… ».</source>
        <translation>Eine abgeschlossene Akte wird 5 Jahre nach ihrem Abschluss aufbewahrt. „Aufbewahrung und Löschung…“ (Einstellungen, Koordination) listet die Akten auf, die diese Frist überschritten haben; kreuzen Sie sie an und wählen Sie dann „Angekreuzte Akten löschen…“.</translation>
    </message>
    <message>
        <source>À la demande de la personne, la coordination peut aussi effacer un dossier (onglet Résumé) ou un enfant ou une co-victime (onglet Personnes) avec « Effacer définitivement… ».</source>
        <translation>Auf Wunsch der Person kann die Koordination auch eine Akte (Registerkarte Zusammenfassung) oder ein Kind oder ein Mitopfer (Registerkarte Personen) mit „Endgültig löschen…“ löschen.</translation>
    </message>
    <message>
        <source>L&apos;effacement est réel et sans retour : le dossier et tout ce qui s&apos;y rattache disparaissent. Un nom écrit dans le texte d&apos;un suivi ou d&apos;un document n&apos;est pas retrouvé : relisez ces textes.</source>
        <translation>Die Löschung ist echt und unwiderruflich: Die Akte und alles, was dazugehört, verschwinden. Ein Name, der im Text einer Begleitung oder eines Dokuments steht, wird nicht gefunden: Lesen Sie diese Texte nach.</translation>
    </message>
    <message>
        <source>Les sauvegardes plus anciennes gardent encore la donnée effacée, chiffrée, pendant environ 12 mois. Une restauration refait automatiquement les effacements faits depuis la sauvegarde.</source>
        <translation>Ältere Sicherungen enthalten die gelöschten Daten noch etwa 12 Monate lang, verschlüsselt. Eine Wiederherstellung wiederholt automatisch die seit der Sicherung vorgenommenen Löschungen.</translation>
    </message>
    <message>
        <source>Plusieurs portables</source>
        <translation>Mehrere Laptops</translation>
    </message>
    <message>
        <source>Chaque portable de l&apos;équipe garde son propre coffre chiffré. Les portables s&apos;échangent des paquets chiffrés par une clé USB ou par un dossier partagé du service, jamais par Internet.</source>
        <translation>Jeder Laptop des Teams hat seinen eigenen verschlüsselten Tresor. Die Laptops tauschen verschlüsselte Pakete über einen USB-Stick oder einen freigegebenen Ordner des Dienstes aus, nie über das Internet.</translation>
    </message>
    <message>
        <source>Synchroniser : branchez la clé du service, puis Paramètres › Synchroniser…, choisissez le dossier et « Synchroniser maintenant ». Balise affiche seulement des nombres (modifications envoyées, reçues). Attendez la fin avant de fermer.</source>
        <translation>Synchronisieren: Stecken Sie den Stick des Dienstes ein, dann Einstellungen › Synchronisieren…, wählen Sie den Ordner und „Jetzt synchronisieren“. Balise zeigt nur Zahlen an (gesendete und empfangene Änderungen). Warten Sie bis zum Ende, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>L&apos;ordre n&apos;a pas d&apos;importance. Si un paquet manque, Balise nomme le portable à synchroniser d&apos;abord. Synchronisez au retour de chaque tournée, et au moins une fois par jour sur le portable de la coordination.</source>
        <translation>Die Reihenfolge spielt keine Rolle. Fehlt ein Paket, nennt Balise den Laptop, der zuerst synchronisieren muss. Synchronisieren Sie nach jeder Runde und mindestens einmal täglich auf dem Laptop der Koordination.</translation>
    </message>
    <message>
        <source>Conflits : si la même information a changé sur deux portables, rien n&apos;est écrasé. Paramètres › « Conflits de synchronisation… » montre les deux valeurs ; choisissez celle à garder.</source>
        <translation>Konflikte: Wurde dieselbe Information auf zwei Laptops geändert, wird nichts überschrieben. Einstellungen › „Synchronisierungskonflikte…“ zeigt die beiden Werte; wählen Sie den, der behalten werden soll.</translation>
    </message>
    <message>
        <source>Un portable perdu ou volé, le jour même : prévenez la coordination (qui retire ce portable du service), changez les phrases de passe de tous ceux qui l&apos;utilisaient, et prévenez la direction et le ou la délégué·e à la protection des données.</source>
        <translation>Ein Laptop verloren oder gestohlen? Noch am selben Tag: Benachrichtigen Sie die Koordination (die diesen Laptop aus dem Dienst entfernt), ändern Sie die Passphrasen aller Personen, die ihn benutzt haben, und benachrichtigen Sie die Leitung und die für den Datenschutz zuständige Person.</translation>
    </message>
    <message>
        <source>Où sont les données ?</source>
        <translation>Wo sind die Daten?</translation>
    </message>
    <message>
        <source>Le coffre est un dossier sur cet ordinateur (« coffre », dans le dossier de données de Balise). Il contient la base chiffrée, les clés (elles-mêmes protégées par les phrases de passe), les sauvegardes et le registre des effacements, sans aucun nom.</source>
        <translation>Der Tresor ist ein Ordner auf diesem Computer („coffre“, im Datenordner von Balise). Er enthält die verschlüsselte Datenbank, die Schlüssel (ihrerseits durch die Passphrasen geschützt), die Sicherungen und das Register der Löschungen, ohne jeden Namen.</translation>
    </message>
    <message>
        <source>Le journal technique de Balise, utile au service informatique, ne contient aucune donnée personnelle.</source>
        <translation>Die technische Logdatei von Balise, nützlich für den IT-Dienst, enthält keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Ne copiez pas le coffre ailleurs vous-même : utilisez les sauvegardes et la copie externe, qui restent chiffrées.</source>
        <translation>Kopieren Sie den Tresor nicht selbst an einen anderen Ort: Nutzen Sie die Sicherungen und die externe Kopie, die verschlüsselt bleiben.</translation>
    </message>
    <message>
        <source>Coffre de démonstration : les personnes et dossiers sont fictifs.</source>
        <translation>Demo-Tresor: Die Personen und Akten sind fiktiv.</translation>
    </message>
    <message>
        <source>dossiers ouverts</source>
        <translation>offene Akten</translation>
    </message>
    <message>
        <source>suivis prévus cette semaine</source>
        <translation>diese Woche geplante Begleitungen</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation>Heute keine Termine.</translation>
    </message>
    <message>
        <source>À surveiller</source>
        <translation>Im Auge behalten</translation>
    </message>
    <message>
        <source>Aucun dossier à risque élevé sans contact depuis 14 jours.</source>
        <translation>Keine Akte mit hohem Risiko ohne Kontakt seit 14 Tagen.</translation>
    </message>
    <message>
        <source>Dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours</source>
        <translation>Akten mit hohem oder kritischem Risiko ohne wahrgenommene Begleitung seit 14 Tagen</translation>
    </message>
    <message>
        <source>Afficher les &amp;suivants</source>
        <translation>&amp;Weitere anzeigen</translation>
    </message>
    <message>
        <source>Mes dossiers ouverts</source>
        <translation>Meine offenen Akten</translation>
    </message>
    <message>
        <source>Aucun dossier ouvert à votre nom.</source>
        <translation>Keine offene Akte auf Ihren Namen.</translation>
    </message>
    <message>
        <source>Échéances et audiences</source>
        <translation>Fristen und Anhörungen</translation>
    </message>
    <message>
        <source>Aucune échéance dans les {n} prochains jours.</source>
        <translation>Keine Fristen in den nächsten {n} Tagen.</translation>
    </message>
    <message>
        <source>Fins d&apos;interdiction, audiences, démarches et départs des {n} prochains jours, et ceux dépassés sans mise à jour</source>
        <translation>Ende von Hausverboten, Anhörungen, Schritte und Auszüge der nächsten {n} Tage sowie überschrittene ohne Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Voir tous mes dossiers</source>
        <translation>Alle meine Akten &amp;anzeigen</translation>
    </message>
    <message>
        <source>Bonjour {name}</source>
        <translation>Guten Tag {name}</translation>
    </message>
    <message>
        <source>{title} ({n} premiers)</source>
        <translation>{title} (die ersten {n})</translation>
    </message>
    <message>
        <source>Ma langue</source>
        <extracomment>emitted after the settings were saved in the vault emitted after the user&apos;s own language was stored: the code</extracomment>
        <translation>Meine Sprache</translation>
    </message>
    <message>
        <source>&amp;Appliquer la langue</source>
        <translation>Sprache &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Langue de Balise :</source>
        <translation>Sprache von Bal&amp;ise:</translation>
    </message>
    <message>
        <source>Chaque personne choisit sa langue ; elle s&apos;applique tout de suite, sans perdre ce qui est en cours de saisie. Les courriers partent dans la langue de leur destinataire (répertoire des partenaires).</source>
        <translation>Jede Person wählt ihre Sprache; sie gilt sofort, ohne dass laufende Eingaben verloren gehen. Schreiben werden in der Sprache ihres Empfängers versandt (Verzeichnis der Partner).</translation>
    </message>
    <message>
        <source>Délai de verrouillage automatique en minutes</source>
        <translation>Frist für die automatische Sperre in Minuten</translation>
    </message>
    <message>
        <source>Verrouiller quand la fenêtre est &amp;réduite</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert ist</translation>
    </message>
    <message>
        <source>&amp;Enregistrer les réglages</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Ces réglages valent pour toute l&apos;équipe : seule la coordination peut les changer.</source>
        <translation>Diese Einstellungen gelten für das ganze Team: Nur die Koordination kann sie ändern.</translation>
    </message>
    <message>
        <source>&amp;Délai de verrouillage automatique :</source>
        <translation>Frist für die automatische &amp;Sperre:</translation>
    </message>
    <message>
        <source>Balise se verrouille seul après quelques minutes sans clavier ni souris. Ctrl+L verrouille tout de suite.</source>
        <translation>Balise sperrt sich nach einigen Minuten ohne Tastatur oder Maus selbst. Strg+L sperrt sofort.</translation>
    </message>
    <message>
        <source>&amp;Changer ma phrase de passe…</source>
        <translation>Meine Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>Ma phrase de passe</source>
        <translation>Meine Passphrase</translation>
    </message>
    <message>
        <source>Re&amp;nouveler le code de récupération…</source>
        <translation>Wiederherstellungscode er&amp;neuern…</translation>
    </message>
    <message>
        <source>Code de récupération du coffre</source>
        <translation>Wiederherstellungscode des Tresors</translation>
    </message>
    <message>
        <source>Si le code imprimé a été perdu ou vu par quelqu&apos;un d&apos;autre, créez-en un nouveau : l&apos;ancien cessera de fonctionner.</source>
        <translation>Wenn der gedruckte Code verloren gegangen ist oder von jemand anderem gesehen wurde, erstellen Sie einen neuen: Der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Un nouveau code de récupération va être créé et l&apos;ancien cessera de fonctionner. Préparez de quoi l&apos;imprimer ou le noter. Continuer ?</source>
        <translation>Ein neuer Wiederherstellungscode wird erstellt, und der alte funktioniert dann nicht mehr. Halten Sie etwas bereit, um ihn zu drucken oder zu notieren. Fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Renouveler</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Création du nouveau code…</source>
        <translation>Neuer Code wird erstellt…</translation>
    </message>
    <message>
        <source>Choisissez une organisation pour voir ses coordonnées.</source>
        <translation>Wählen Sie eine Organisation, um ihre Kontaktdaten zu sehen.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Communes desservies</source>
        <translation>Versorgte Gemeinden</translation>
    </message>
    <message>
        <source>Personnes de contact</source>
        <translation>Kontaktpersonen</translation>
    </message>
    <message>
        <source>Langue des courriers</source>
        <translation>Sprache der Schreiben</translation>
    </message>
    <message>
        <source>Modifier l&apos;organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;active (proposée pour les courriers)</source>
        <translation>Organisation &amp;aktiv (für Schreiben vorgeschlagen)</translation>
    </message>
    <message>
        <source>Les courriers à cette organisation sont rédigés dans cette langue</source>
        <translation>Schreiben an diese Organisation werden in dieser Sprache verfasst</translation>
    </message>
    <message>
        <source>Filtrer les communes…</source>
        <translation>Gemeinden filtern…</translation>
    </message>
    <message>
        <source>Filtrer les communes</source>
        <translation>Gemeinden filtern</translation>
    </message>
    <message>
        <source>A&amp;jouter un contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Retirer le &amp;contact</source>
        <translation>Kontakt ent&amp;fernen</translation>
    </message>
    <message>
        <source>E-&amp;mail :</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Reti&amp;rer le contact</source>
        <translation type="vanished">Kontakt ent&amp;fernen</translation>
    </message>
    <message>
        <source>Ser&amp;vices :</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>Öffnungs&amp;zeiten:</translation>
    </message>
    <message>
        <source>&amp;Rue :</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <source>Code postal, &amp;localité :</source>
        <translation>Postleitzahl, &amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation type="vanished">&amp;E-Mail:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>Lan&amp;gue des courriers :</source>
        <translation>S&amp;prache der Schreiben:</translation>
    </message>
    <message>
        <source>Aucune commune cochée : l&apos;organisation sert toutes les communes.</source>
        <translation>Keine Gemeinde angekreuzt: Die Organisation ist für alle Gemeinden tätig.</translation>
    </message>
    <message>
        <source>Organisation du répertoire</source>
        <translation>Organisation des Verzeichnisses</translation>
    </message>
    <message>
        <source>Importer un répertoire</source>
        <translation>Ein Verzeichnis importieren</translation>
    </message>
    <message>
        <source>« {file} » : {new} organisation(s) à ajouter, {updated} à mettre à jour, {rejected} ligne(s) refusée(s).</source>
        <translation>„{file}“: {new} Organisation(en) hinzuzufügen, {updated} zu aktualisieren, {rejected} Zeile(n) abgelehnt.</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Lignes refusées</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Importer les {n} ligne(s) valable(s)</source>
        <translation>Die {n} gültige(n) Zeile(n) &amp;importieren</translation>
    </message>
    <message>
        <source>Les lignes refusées ne seront pas importées. Corrigez-les dans le fichier et importez-le à nouveau : les organisations déjà présentes seront mises à jour, pas dupliquées.</source>
        <translation>Die abgelehnten Zeilen werden nicht importiert. Korrigieren Sie sie in der Datei und importieren Sie sie erneut: Bereits vorhandene Organisationen werden aktualisiert, nicht dupliziert.</translation>
    </message>
    <message>
        <source>Import terminé : {added} ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Import abgeschlossen: {added} hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Rechercher une organisation, un service, un contact…</source>
        <translation>Eine Organisation, einen Dienst, einen Kontakt suchen…</translation>
    </message>
    <message>
        <source>Rechercher dans le répertoire</source>
        <translation>Im Verzeichnis suchen</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Montrer les &amp;inactives</source>
        <translation>&amp;Inaktive anzeigen</translation>
    </message>
    <message>
        <source>&amp;Nouvelle organisation…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <source>Im&amp;porter (CSV)…</source>
        <translation>Im&amp;portieren (CSV)…</translation>
    </message>
    <message>
        <source>E&amp;xporter (CSV)…</source>
        <translation>E&amp;xportieren (CSV)…</translation>
    </message>
    <message>
        <source>Secteur :</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Commune :</source>
        <translation>Gemeinde:</translation>
    </message>
    <message>
        <source>Réseau — répertoire des partenaires</source>
        <translation>Netzwerk — Partnerverzeichnis</translation>
    </message>
    <message>
        <source>Tous les secteurs</source>
        <translation>Alle Sektoren</translation>
    </message>
    <message>
        <source>Aucune organisation</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 Organisation</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} Organisationen</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv *.txt)</source>
        <translation>CSV-Datei (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Exporter le répertoire</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>{n} organisation(s) exportée(s) dans « {file} ».</source>
        <translation>{n} Organisation(en) nach „{file}“ exportiert.</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Organisations du répertoire</source>
        <translation>Organisationen des Verzeichnisses</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <source>Changer ma phrase de passe</source>
        <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>Phrase de passe actuelle</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;hanger</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Phrase de passe &amp;actuelle :</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Tapez votre phrase de passe actuelle.</source>
        <translation>Geben Sie Ihre aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Enregistrement de la nouvelle phrase de passe…</source>
        <translation>Neue Passphrase wird gespeichert…</translation>
    </message>
    <message>
        <source>Votre phrase de passe a été changée.</source>
        <translation>Ihre Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>La phrase de passe actuelle n&apos;est pas la bonne. Réessayez.</source>
        <translation>Die aktuelle Passphrase ist nicht richtig. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choisissez une phrase facile à retenir pour vous, difficile à deviner pour d&apos;autres : par exemple plusieurs mots sans lien. Au moins {n} caractères ; majuscules, chiffres ou signes ne sont pas obligatoires.</source>
        <translation>Wählen Sie einen Satz, den Sie sich leicht merken und den andere schwer erraten können: zum Beispiel mehrere Wörter ohne Zusammenhang. Mindestens {n} Zeichen; Großbuchstaben, Ziffern oder Sonderzeichen sind nicht erforderlich.</translation>
    </message>
    <message>
        <source>Confirmation de la phrase de passe</source>
        <translation>Bestätigung der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Bestätigung:</translation>
    </message>
    <message>
        <source>Imprimer le code de récupération</source>
        <translation>Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>Voici le code de récupération du coffre. Il permet d&apos;ouvrir le coffre si une phrase de passe est oubliée. Il ne sera plus jamais affiché.</source>
        <translation>Hier ist der Wiederherstellungscode des Tresors. Mit ihm lässt sich der Tresor öffnen, wenn eine Passphrase vergessen wurde. Er wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Code de récupération</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Imprimez-le ou recopiez-le à la main, puis rangez-le en lieu sûr, à part de l&apos;ordinateur portable (par exemple dans une armoire fermée du service). Ne l&apos;enregistrez pas dans un fichier ni dans un courriel.</source>
        <translation>Drucken Sie ihn aus oder schreiben Sie ihn von Hand ab und bewahren Sie ihn dann an einem sicheren Ort getrennt vom Laptop auf (zum Beispiel in einem abgeschlossenen Schrank des Dienstes). Speichern Sie ihn weder in einer Datei noch in einer E-Mail.</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;noté le code de récupération en lieu sûr</source>
        <translation>Ich habe den Wiederherstellungscode an einem sicheren Ort &amp;notiert</translation>
    </message>
    <message>
        <source>Nouveau code de récupération</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>L&apos;ancien code de récupération ne fonctionne plus.</source>
        <translation>Der alte Wiederherstellungscode funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Utiliser le code de récupération</source>
        <translation>Den Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Tapez votre identifiant et le code de récupération imprimé lors de la création du coffre (les tirets et les espaces ne comptent pas).</source>
        <translation>Geben Sie Ihren Benutzernamen und den Wiederherstellungscode ein, der bei der Erstellung des Tresors gedruckt wurde (Bindestriche und Leerzeichen zählen nicht).</translation>
    </message>
    <message>
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Le code est correct. Choisissez votre nouvelle phrase de passe.</source>
        <translation>Der Code ist richtig. Wählen Sie Ihre neue Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Vérifier le code</source>
        <translation>Code &amp;überprüfen</translation>
    </message>
    <message>
        <source>Tapez votre identifiant et le code de récupération.</source>
        <translation>Geben Sie Ihren Benutzernamen und den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Vérification du code…</source>
        <translation>Code wird überprüft…</translation>
    </message>
    <message>
        <source>Conservation et effacement</source>
        <extracomment>emitted after a purge (lists on screen may show erased cases)</extracomment>
        <translation>Aufbewahrung und Löschung</translation>
    </message>
    <message>
        <source>Clôturé le</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>À effacer depuis le</source>
        <translation>Zu löschen seit dem</translation>
    </message>
    <message>
        <source>Dossiers à effacer</source>
        <translation>Zu löschende Akten</translation>
    </message>
    <message>
        <source>Tout &amp;cocher</source>
        <translation>Alle an&amp;kreuzen</translation>
    </message>
    <message>
        <source>Tout &amp;décocher</source>
        <translation>Alle &amp;abwählen</translation>
    </message>
    <message>
        <source>&amp;Effacer les dossiers cochés…</source>
        <translation>Angekreuzte Akten &amp;löschen…</translation>
    </message>
    <message>
        <source>Règle du service : un dossier clôturé est conservé {n} ans après sa clôture, puis effacé (RGPD, art. 5 : limitation de la conservation). Les dossiers ci-dessous ont dépassé ce délai. L&apos;effacement est définitif : personnes, auteurs, suivis, documents et brouillons du dossier disparaissent du coffre ; une sauvegarde est faite ensuite, et les sauvegardes plus anciennes disparaissent par la rotation.</source>
        <translation>Regel des Dienstes: Eine abgeschlossene Akte wird {n} Jahre nach ihrem Abschluss aufbewahrt und dann gelöscht (DSGVO, Art. 5: Speicherbegrenzung). Die folgenden Akten haben diese Frist überschritten. Die Löschung ist endgültig: Personen, Täter·innen, Begleitungen, Dokumente und Entwürfe der Akte verschwinden aus dem Tresor; danach wird eine Sicherung erstellt, und ältere Sicherungen verschwinden durch die Rotation.</translation>
    </message>
    <message>
        <source>Effacer définitivement {n} dossier(s) et tout ce qu&apos;ils contiennent ? Cette action ne peut pas être annulée.</source>
        <translation>{n} Akte(n) und ihren gesamten Inhalt endgültig löschen? Diese Aktion kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Effacer {n} dossier(s)</source>
        <translation>{n} Akte(n) löschen</translation>
    </message>
    <message>
        <source>Nouvelle démarche</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <extracomment>the objective in the form (None: a new one) replaced in tests: asks before deleting an objective</extracomment>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Nouvel objectif</source>
        <translation>&amp;Neues Ziel</translation>
    </message>
    <message>
        <source>&amp;Monter</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Descendre</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>ex. OS 1.2, OO 3</source>
        <translation>z. B. OS 1.2, OO 3</translation>
    </message>
    <message>
        <source>Indicateurs attachés</source>
        <translation>Zugeordnete Indikatoren</translation>
    </message>
    <message>
        <source>{section} — {indicator}</source>
        <translation>{section} — {indicator}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Objectifs :</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>&amp;Programme :</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Desc&amp;ription :</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Co&amp;de :</source>
        <translation type="vanished">&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Descri&amp;ption :</source>
        <translation type="vanished">Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Indica&amp;teurs attachés (cochez avec la barre d&apos;espace) :</source>
        <translation>Zugeordnete Indika&amp;toren (mit der Leertaste ankreuzen):</translation>
    </message>
    <message>
        <source>Les objectifs du PSSP ou du PCS tels que le financeur les écrit, et les indicateurs qui rendent compte de chacun : le rapport les présente en tête.</source>
        <translation>Die Ziele des PSSP oder des PCS, so wie der Geldgeber sie schreibt, und die Indikatoren, die über jedes von ihnen Auskunft geben: Der Bericht stellt sie an den Anfang.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif « {heading} » ? Les chiffres restent.</source>
        <translation>Das Ziel „{heading}“ löschen? Die Zahlen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Ensembles types :</source>
        <translation>Standardpakete:</translation>
    </message>
    <message>
        <source>Le nouvel intitulé s&apos;affichera aussi dans les {n} dossier(s) qui utilisent cette démarche.</source>
        <translation>Die neue Bezeichnung erscheint auch in den {n} Akte(n), die diesen Schritt verwenden.</translation>
    </message>
    <message>
        <source>Abandonner cette modification du catalogue ?</source>
        <translation>Diese Änderung des Katalogs verwerfen?</translation>
    </message>
    <message>
        <source>Catalogue des démarches socio-administratives</source>
        <translation>Katalog der sozial-administrativen Schritte</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Ensembles types</source>
        <translation>Standardpakete</translation>
    </message>
    <message>
        <source>Catalogue des démarches</source>
        <translation>Katalog der Schritte</translation>
    </message>
    <message>
        <source>A&amp;jouter une démarche…</source>
        <translation>Schritt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Changer l&apos;&amp;intitulé…</source>
        <translation>&amp;Bezeichnung ändern…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Les démarches proposées dans les dossiers. Un nouvel intitulé s&apos;affiche aussi dans les dossiers qui utilisent déjà la démarche ; une démarche retirée n&apos;est plus proposée mais reste visible dans ces dossiers.</source>
        <translation>Die in den Akten vorgeschlagenen Schritte. Eine neue Bezeichnung erscheint auch in den Akten, die den Schritt bereits verwenden; ein entfernter Schritt wird nicht mehr vorgeschlagen, bleibt aber in diesen Akten sichtbar.</translation>
    </message>
    <message>
        <source>{label} (retirée)</source>
        <translation>{label} (entfernt)</translation>
    </message>
    <message>
        <source>Réta&amp;blir</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Modèles de documents</source>
        <translation>Dokumentvorlagen</translation>
    </message>
    <message>
        <source>Langue du texte</source>
        <translation>Sprache des Textes</translation>
    </message>
    <message>
        <source>Champs disponibles</source>
        <translation>Verfügbare Felder</translation>
    </message>
    <message>
        <source>Double-clic ou Entrée : insérer le champ dans le texte</source>
        <translation>Doppelklick oder Eingabe: das Feld in den Text einfügen</translation>
    </message>
    <message>
        <source>A&amp;perçu…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;modèle</source>
        <translation>&amp;Vorlage speichern</translation>
    </message>
    <message>
        <source>Revenir au texte d&apos;&amp;origine</source>
        <translation type="vanished">Zum &amp;Originaltext zurückkehren</translation>
    </message>
    <message>
        <source>Do&amp;cument :</source>
        <translation type="vanished">Do&amp;kument:</translation>
    </message>
    <message>
        <source>&amp;Objet / titre :</source>
        <translation>&amp;Betreff / Titel:</translation>
    </message>
    <message>
        <source>&amp;Texte :</source>
        <translation type="vanished">&amp;Text:</translation>
    </message>
    <message>
        <source>Revenir au texte d&apos;ori&amp;gine</source>
        <translation>Zum &amp;Originaltext zurückkehren</translation>
    </message>
    <message>
        <source>Doc&amp;ument :</source>
        <translation>Dok&amp;ument:</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Te&amp;xte :</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Les champs entre accolades, comme {personne}, sont remplacés à l&apos;impression. Une ligne vide sépare deux paragraphes.</source>
        <translation>Felder in geschweiften Klammern wie {personne} werden beim Drucken ersetzt. Eine Leerzeile trennt zwei Absätze.</translation>
    </message>
    <message>
        <source>Seuls les courriers d&apos;orientation partent dans la langue du partenaire.</source>
        <translation>Nur Überweisungsschreiben werden in der Sprache des Partners verschickt.</translation>
    </message>
    <message>
        <source>Pas de texte en {language} : les courriers dans cette langue reprennent le texte français ci-dessous. Enregistrez-le traduit pour qu&apos;ils soient entièrement en {language}.</source>
        <translation>Kein Text auf {language}: Schreiben in dieser Sprache übernehmen den französischen Text unten. Speichern Sie ihn übersetzt, damit sie vollständig auf {language} sind.</translation>
    </message>
    <message>
        <source>Texte d&apos;origine.</source>
        <translation>Originaltext.</translation>
    </message>
    <message>
        <source>Texte modifié.</source>
        <translation>Geänderter Text.</translation>
    </message>
    <message>
        <source>Modèle enregistré.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Informations transmises (exemple)</source>
        <translation>Übermittelte Informationen (Beispiel)</translation>
    </message>
    <message>
        <source>Exemple de rubrique</source>
        <translation>Beispielrubrik</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Aperçu du modèle</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <extracomment>a new account was created: its one-time code, to show once an existing account was saved</extracomment>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Modifier le compte</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>ex. k.benali</source>
        <translation>z. B. k.benali</translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>&amp;Nom complet :</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Co&amp;mmune :</source>
        <translation>Ge&amp;meinde:</translation>
    </message>
    <message>
        <source>&amp;Créer le compte</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>Balise créera un code à usage unique : remettez-le en main propre. À sa première ouverture, la personne choisira sa propre phrase de passe.</source>
        <translation>Balise erstellt einen Einmalcode: Übergeben Sie ihn persönlich. Beim ersten Öffnen wählt die Person ihre eigene Passphrase.</translation>
    </message>
    <message>
        <source>L&apos;identifiant d&apos;un compte ne change pas.</source>
        <translation>Der Benutzername eines Kontos ändert sich nicht.</translation>
    </message>
    <message>
        <source>Création du compte et de son code…</source>
        <translation>Konto und Code werden erstellt…</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Code à usage unique</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Compte de {name} — identifiant : {login}</source>
        <translation>Konto von {name} — Benutzername: {login}</translation>
    </message>
    <message>
        <source>Remettez ce code en main propre, jamais par courriel ni par message. Il ne sera plus affiché. La personne ouvre Balise avec son identifiant et ce code, puis choisit tout de suite sa propre phrase de passe ; le code cesse alors de fonctionner. Code perdu : réinitialisez la phrase de passe du compte.</source>
        <translation>Übergeben Sie diesen Code persönlich, nie per E-Mail oder Nachricht. Er wird nicht mehr angezeigt. Die Person öffnet Balise mit ihrem Benutzernamen und diesem Code und wählt sofort ihre eigene Passphrase; der Code funktioniert dann nicht mehr. Code verloren: Setzen Sie die Passphrase des Kontos zurück.</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;remis le code</source>
        <translation>Ich habe den Code &amp;übergeben</translation>
    </message>
    <message>
        <source>Désactivé le {date}</source>
        <translation>Deaktiviert am {date}</translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Actif — code à usage unique pas encore utilisé</source>
        <translation>Aktiv — Einmalcode noch nicht verwendet</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Comptes de l&apos;équipe</source>
        <translation>Konten des Teams</translation>
    </message>
    <message>
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>Dés&amp;activer…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Réinitialiser la &amp;phrase de passe…</source>
        <translation>&amp;Passphrase zurücksetzen…</translation>
    </message>
    <message>
        <source>Chaque personne a son propre compte et sa propre phrase de passe. Un compte désactivé ne peut plus ouvrir le coffre ; son historique est conservé.</source>
        <translation>Jede Person hat ihr eigenes Konto und ihre eigene Passphrase. Ein deaktiviertes Konto kann den Tresor nicht mehr öffnen; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Ré&amp;activer…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>Désactiver le compte de {name} ? Sa phrase de passe n&apos;ouvrira plus le coffre. Son historique est conservé et le compte pourra être réactivé.</source>
        <translation>Das Konto von {name} deaktivieren? Die Passphrase öffnet den Tresor dann nicht mehr. Der Verlauf bleibt erhalten, und das Konto kann reaktiviert werden.</translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Réactiver le compte de {name} ? Un nouveau code à usage unique sera créé.</source>
        <translation>Das Konto von {name} reaktivieren? Ein neuer Einmalcode wird erstellt.</translation>
    </message>
    <message>
        <source>&amp;Réactiver</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Remplacer la phrase de passe de {name} par un nouveau code à usage unique ? L&apos;ancienne phrase de passe cessera de fonctionner.</source>
        <translation>Die Passphrase von {name} durch einen neuen Einmalcode ersetzen? Die alte Passphrase funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Réinitialiser</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Désactivation du compte…</source>
        <translation>Konto wird deaktiviert…</translation>
    </message>
    <message>
        <source>Réactivation du compte…</source>
        <translation>Konto wird reaktiviert…</translation>
    </message>
    <message>
        <source>Création d&apos;un nouveau code…</source>
        <translation>Neuer Code wird erstellt…</translation>
    </message>
    <message>
        <source>Réessayez dans {n} s</source>
        <translation>Erneut versuchen in {n} s</translation>
    </message>
    <message>
        <source>Balise — coffre chiffré</source>
        <extracomment>an unlock was tried from this screen (the controller&apos;s gc.freeze() is done only before: nothing of a passphrase may be frozen) called with the attempt, which it starts when it is ready (the controller: once the main window&apos;s modules are loaded and the heap is frozen, issue #10); None: the attempt starts at once the backup offered after damage (None: nothing offered)</extracomment>
        <translation>Balise — verschlüsselter Tresor</translation>
    </message>
    <message>
        <source>Comment se déverrouiller, et que faire en cas d&apos;oubli (F1)</source>
        <translation>Wie man entsperrt und was bei vergessener Passphrase zu tun ist (F1)</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Restaurer cette &amp;sauvegarde…</source>
        <extracomment>what a restore did, shown above the form on the restored vault</extracomment>
        <translation>Diese &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Remplacer le coffre endommagé par la sauvegarde vérifiée la plus récente</source>
        <translation>Den beschädigten Tresor durch die neueste überprüfte Sicherung ersetzen</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;oublié ma phrase de passe — utiliser le code de récupération</source>
        <translation>Ich habe meine Passphrase &amp;vergessen — Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Les données sont chiffrées. Identifiez-vous pour les ouvrir.</source>
        <translation>Die Daten sind verschlüsselt. Melden Sie sich an, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Déverrouillage…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Tapez votre phrase de passe.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Message d&apos;erreur</source>
        <extracomment>height kept free below a window for a task bar, and above it for its title bar (where the platform&apos;s available geometry already leaves out the task bar, the window is only a little shorter than it could be)</extracomment>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Afficher ou masquer la phrase de passe</source>
        <translation>Passphrase anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Solidité de la phrase de passe</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>DÉMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Coffre de démonstration : données fictives uniquement.</source>
        <translation>Demo-Tresor: nur fiktive Daten.</translation>
    </message>
    <message>
        <source>Création du coffre</source>
        <translation>Erstellung des Tresors</translation>
    </message>
    <message>
        <source>Le coffre chiffré de votre service est en cours de création.</source>
        <translation>Der verschlüsselte Tresor Ihres Dienstes wird erstellt.</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>La protection de la phrase de passe est calculée pour résister aux tentatives de devinette : cela prend quelques secondes.</source>
        <translation>Der Schutz der Passphrase wird so berechnet, dass er Rateversuchen standhält: Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Création du coffre chiffré…</source>
        <translation>Verschlüsselter Tresor wird erstellt…</translation>
    </message>
    <message>
        <source>Le code de récupération</source>
        <translation>Der Wiederherstellungscode</translation>
    </message>
    <message>
        <source>À noter maintenant : il ne sera plus affiché.</source>
        <translation>Jetzt notieren: Er wird nicht mehr angezeigt.</translation>
    </message>
    <message>
        <source>Balise — création du coffre</source>
        <extracomment>another language was chosen on the welcome page: the code (the controller installs it and shows the wizard again, in that language) F1 opens the guide&apos;s part about the first start</extracomment>
        <translation>Balise — Erstellung des Tresors</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Bienvenue dans Balise</source>
        <extracomment>stable id used by the pages and in the HTML (never translated) 1: a chapter; 2: a part of the chapter above it (the tabs of a case) the anchors, in the order of the guide (the same in every language) the section of each tab of the case screen, in the order of the tabs where F1 opens the guide on the unlock screen</extracomment>
        <translation>Willkommen bei Balise</translation>
    </message>
    <message>
        <source>Le suivi des personnes victimes de violences intrafamiliales.</source>
        <translation>Die Begleitung von Opfern innerfamiliärer Gewalt.</translation>
    </message>
    <message>
        <source>Langue de Balise</source>
        <translation>Sprache von Balise</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Balise aide votre service à suivre les dossiers d&apos;accompagnement : suivis, démarches, orientations vers les partenaires, courriers.</source>
        <translation>Balise hilft Ihrem Dienst, die Begleitakten zu führen: Begleitungen, Schritte, Überweisungen an Partner, Schreiben.</translation>
    </message>
    <message>
        <source>Tout est enregistré sur cet ordinateur portable, dans un coffre chiffré. Rien n&apos;est envoyé sur Internet. Sans phrase de passe, le coffre est illisible, même si l&apos;ordinateur est volé.</source>
        <translation>Alles wird auf diesem Laptop in einem verschlüsselten Tresor gespeichert. Nichts wird ins Internet gesendet. Ohne Passphrase ist der Tresor unlesbar, auch wenn der Computer gestohlen wird.</translation>
    </message>
    <message>
        <source>Nous allons créer le coffre de votre service en quelques étapes : le service, le compte du ou de la coordinateur·rice, puis sa phrase de passe.</source>
        <translation>Wir erstellen den Tresor Ihres Dienstes in wenigen Schritten: der Dienst, das Konto der Koordinator·in, dann deren Passphrase.</translation>
    </message>
    <message>
        <source>Votre service</source>
        <translation>Ihr Dienst</translation>
    </message>
    <message>
        <source>Ces informations figureront sur les courriers du service.</source>
        <translation>Diese Angaben erscheinen auf den Schreiben des Dienstes.</translation>
    </message>
    <message>
        <source>par exemple : Plan de cohésion sociale d&apos;Aywaille</source>
        <translation>zum Beispiel: Plan für sozialen Zusammenhalt Aywaille</translation>
    </message>
    <message>
        <source>Tapez le nom ou le code postal</source>
        <translation>Geben Sie den Namen oder die Postleitzahl ein</translation>
    </message>
    <message>
        <source>&amp;Nom du service * :</source>
        <translation>&amp;Name des Dienstes *:</translation>
    </message>
    <message>
        <source>C&amp;ommune :</source>
        <translation>Ge&amp;meinde:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>* obligatoire</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Choisissez la commune dans la liste (tapez quelques lettres).</source>
        <translation>Wählen Sie die Gemeinde aus der Liste (geben Sie einige Buchstaben ein).</translation>
    </message>
    <message>
        <source>Cette adresse de courriel semble incomplète.</source>
        <translation>Diese E-Mail-Adresse scheint unvollständig zu sein.</translation>
    </message>
    <message>
        <source>Le compte du ou de la coordinateur·rice</source>
        <translation>Das Konto der Koordinator·in</translation>
    </message>
    <message>
        <source>Cette personne gère les comptes de l&apos;équipe et le code de récupération.</source>
        <translation>Diese Person verwaltet die Konten des Teams und den Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>&amp;Prénom et nom * :</source>
        <translation>&amp;Vor- und Nachname *:</translation>
    </message>
    <message>
        <source>&amp;Identifiant * :</source>
        <translation>&amp;Benutzername *:</translation>
    </message>
    <message>
        <source>L&apos;identifiant sert à ouvrir Balise. Il est proposé à partir du nom ; vous pouvez le modifier.</source>
        <translation>Der Benutzername dient zum Öffnen von Balise. Er wird aus dem Namen vorgeschlagen; Sie können ihn ändern.</translation>
    </message>
    <message>
        <source>Indiquez le prénom et le nom.</source>
        <translation>Geben Sie Vor- und Nachnamen an.</translation>
    </message>
    <message>
        <source>La phrase de passe</source>
        <translation>Die Passphrase</translation>
    </message>
    <message>
        <source>Elle ouvre le coffre. Personne ne peut la retrouver à votre place.</source>
        <translation>Sie öffnet den Tresor. Niemand kann sie an Ihrer Stelle wiederfinden.</translation>
    </message>
    <message>
        <source>&amp;Créer le coffre</source>
        <translation>Tresor &amp;erstellen</translation>
    </message>
    <message>
        <source>Envoyé : {n} modification(s) dans {p} paquet(s).</source>
        <extracomment>exit statuses of ``balise sync`` (documented in its --help and the README)</extracomment>
        <translation>Gesendet: {n} Änderung(en) in {p} Paket(en).</translation>
    </message>
    <message>
        <source>Reçu : {n} modification(s) de {p} paquet(s).</source>
        <translation>Empfangen: {n} Änderung(en) aus {p} Paket(en).</translation>
    </message>
    <message>
        <source>Effacements : {sent} envoyé(s), {done} refait(s) sur ce portable (inscrits dans son registre des effacements).</source>
        <translation>Löschungen: {sent} gesendet, {done} auf diesem Laptop nachvollzogen (in sein Löschregister eingetragen).</translation>
    </message>
    <message>
        <source>{n} conflit(s) à trancher : ouvrez Balise, Paramètres, « Conflits de synchronisation ».</source>
        <translation>{n} zu entscheidende(r) Konflikt(e): Öffnen Sie Balise, Einstellungen, „Synchronisierungskonflikte“.</translation>
    </message>
    <message>
        <source>Ce portable n&apos;a encore jamais synchronisé : indiquez le dossier d&apos;échange avec --folder DOSSIER.</source>
        <translation>Dieser Laptop hat noch nie synchronisiert: Geben Sie den Austauschordner mit --folder ORDNER an.</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>{nom} — références {lettre}, inscrit le {date}</source>
        <translation>{nom} — Referenzen {lettre}, registriert am {date}</translation>
    </message>
    <message>
        <source>sans lettre</source>
        <translation>ohne Buchstaben</translation>
    </message>
    <message>
        <source> (ce portable)</source>
        <translation> (dieser Laptop)</translation>
    </message>
    <message>
        <source> — RETIRÉ le {date}</source>
        <translation> — ENTFERNT am {date}</translation>
    </message>
    <message>
        <source>tous les dossiers</source>
        <translation>alle Akten</translation>
    </message>
    <message>
        <source>seulement les dossiers de : {personnes}</source>
        <translation>nur die Akten von: {personnes}</translation>
    </message>
    <message>
        <source>Faites aussi, aujourd&apos;hui : changez les phrases de passe de toutes les personnes qui utilisaient ce portable et renouvelez le code de récupération ; prévenez la direction et le ou la délégué·e à la protection des données. Le portable retiré garde ce qu&apos;il contenait, chiffré : tant que personne ne connaît une de ses phrases de passe, cela reste illisible.</source>
        <extracomment>said wherever a laptop is revoked (screen, command, README): what else to do</extracomment>
        <translation>Tun Sie heute außerdem Folgendes: Ändern Sie die Passphrasen aller Personen, die diesen Laptop benutzt haben, und erneuern Sie den Wiederherstellungscode; benachrichtigen Sie die Leitung und die für den Datenschutz zuständige Person. Der entfernte Laptop behält seinen Inhalt, verschlüsselt: Solange niemand eine seiner Passphrasen kennt, bleibt dieser unlesbar.</translation>
    </message>
    <message>
        <source>Aucun portable ne porte ce nom ou cette lettre : « {nom} ».</source>
        <translation>Kein Laptop trägt diesen Namen oder diesen Buchstaben: „{nom}“.</translation>
    </message>
    <message>
        <source>Plusieurs portables portent ce nom : donnez leur lettre.</source>
        <translation>Mehrere Laptops tragen diesen Namen: Geben Sie ihren Buchstaben an.</translation>
    </message>
    <message>
        <source>Donnez --name et --out pour inscrire un portable.</source>
        <translation>Geben Sie --name und --out an, um einen Laptop zu registrieren.</translation>
    </message>
    <message>
        <source>--users va avec --scope assigned.</source>
        <translation>--users gehört zu --scope assigned.</translation>
    </message>
    <message>
        <source>Copie du coffre pour le nouveau portable…</source>
        <translation>Kopie des Tresors für den neuen Laptop…</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} ») : copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise.</source>
        <translation>Laptop „{nom}“ registriert (Referenzen „…-{lettre}“): Kopieren Sie den Ordner {dossier} auf diesen Laptop und öffnen Sie ihn mit Balise.</translation>
    </message>
    <message>
        <source>Aucun portable inscrit : ce coffre n&apos;a été copié sur aucun autre.</source>
        <translation>Kein Laptop registriert: Dieser Tresor wurde auf keinen anderen kopiert.</translation>
    </message>
    <message>
        <source>Donnez --laptop : le nom ou la lettre du portable.</source>
        <translation>Geben Sie --laptop an: den Namen oder den Buchstaben des Laptops.</translation>
    </message>
    <message>
        <source>Portable « {nom} » retiré du service.</source>
        <translation>Laptop „{nom}“ aus dem Dienst entfernt.</translation>
    </message>
    <message>
        <source>Synchroniser ce portable avec les autres portables du service par un dossier (clé USB, dossier partagé) : envoie ses modifications, applique celles des autres.</source>
        <translation>Diesen Laptop über einen Ordner (USB-Stick, freigegebener Ordner) mit den anderen Laptops des Dienstes synchronisieren: sendet seine Änderungen und übernimmt die der anderen.</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  synchronisé : tout ce qui était dans le dossier a été appliqué
  1  en partie : un paquet manque, est abîmé, vient d&apos;une autre version ou d&apos;un
     portable retiré (le message le dit ; les autres paquets sont appliqués),
     ou erreur inattendue
  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent
     (ou aucun dossier indiqué ni retenu), portable retiré du service</source>
        <translation>Exit-Codes:
  0  synchronisiert: alles, was im Ordner war, wurde übernommen
  1  teilweise: ein Paket fehlt, ist beschädigt, stammt von einer anderen Version oder
     von einem entfernten Laptop (die Meldung sagt es; die anderen Pakete werden übernommen),
     oder unerwarteter Fehler
  2  abgelehnt: falsche Passphrase, Tresor nicht gefunden, Ordner fehlt
     (oder kein Ordner angegeben oder gemerkt), Laptop aus dem Dienst entfernt</translation>
    </message>
    <message>
        <source>dossier d&apos;échange du service (clé USB, dossier partagé) ; sans cette option, le dernier dossier qui a servi à synchroniser ce portable (retenu sur ce portable, comme dans l&apos;écran « Synchroniser »)</source>
        <translation>Austauschordner des Dienstes (USB-Stick, freigegebener Ordner); ohne diese Option der letzte Ordner, mit dem dieser Laptop synchronisiert hat (auf diesem Laptop gemerkt, wie im Bildschirm „Synchronisieren“)</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  synchronisé : tout ce qui était dans le dossier a été appliqué
  1  en partie : un paquet manque, est abîmé, vient d&apos;une autre version ou d&apos;un
     portable retiré (le message le dit ; les autres paquets sont appliqués),
     ou erreur inattendue
  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent,
     portable retiré du service</source>
        <translation type="vanished">Exit-Codes:
  0  synchronisiert: alles, was im Ordner war, wurde übernommen
  1  teilweise: ein Paket fehlt, ist beschädigt, stammt von einer anderen Version oder
     von einem entfernten Laptop (die Meldung sagt es; die anderen Pakete werden übernommen),
     oder unerwarteter Fehler
  2  abgelehnt: falsche Passphrase, Tresor nicht gefunden, Ordner fehlt,
     Laptop aus dem Dienst entfernt</translation>
    </message>
    <message>
        <source>dossier d&apos;échange du service (clé USB, dossier partagé)</source>
        <translation type="vanished">Austauschordner des Dienstes (USB-Stick, freigegebener Ordner)</translation>
    </message>
    <message>
        <source>Portables du service (coordination) : les lister, en inscrire un nouveau (copie du coffre), en retirer un perdu ou volé.</source>
        <translation>Laptops des Dienstes (Koordination): sie auflisten, einen neuen registrieren (Kopie des Tresors), einen verlorenen oder gestohlenen aus dem Dienst entfernen.</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  fait
  2  refusé : phrase de passe incorrecte, pas la coordination, dossier non vide,
     portable inconnu ou déjà retiré, ce portable-ci
  3  impossible : disque plein, en lecture seule ou accès refusé</source>
        <translation>Exit-Codes:
  0  erledigt
  2  abgelehnt: falsche Passphrase, nicht die Koordination, Ordner nicht leer,
     Laptop unbekannt oder bereits entfernt, dieser Laptop selbst
  3  unmöglich: Datenträger voll, schreibgeschützt oder Zugriff verweigert</translation>
    </message>
    <message>
        <source>« list » : lister ; « enrol » : inscrire ; « revoke » : retirer</source>
        <translation>„list“: auflisten; „enrol“: registrieren; „revoke“: aus dem Dienst entfernen</translation>
    </message>
    <message>
        <source>nom du nouveau portable (enrol)</source>
        <translation>Name des neuen Laptops (enrol)</translation>
    </message>
    <message>
        <source>dossier vide où écrire la copie pour le nouveau portable (enrol)</source>
        <translation>leerer Ordner, in den die Kopie für den neuen Laptop geschrieben wird (enrol)</translation>
    </message>
    <message>
        <source>nom ou lettre du portable à retirer (revoke)</source>
        <translation>Name oder Buchstabe des zu entfernenden Laptops (revoke)</translation>
    </message>
    <message>
        <source>« all » : tous les dossiers ; « assigned » : seulement les dossiers des personnes de --users (enrol)</source>
        <translation>„all“: alle Akten; „assigned“: nur die Akten der Personen aus --users (enrol)</translation>
    </message>
    <message>
        <source>IDENTIFIANT,IDENTIFIANT</source>
        <translation>BENUTZERNAME,BENUTZERNAME</translation>
    </message>
    <message>
        <source>identifiants des personnes dont le portable contient les dossiers (enrol)</source>
        <translation>Benutzernamen der Personen, deren Akten der Laptop enthält (enrol)</translation>
    </message>
    <message>
        <source>Ce conflit n&apos;existe plus.</source>
        <translation>Dieser Konflikt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Seuls la coordination et les intervenants du dossier peuvent trancher ce conflit.</source>
        <translation>Nur die Koordination und die Fachkräfte der Akte können diesen Konflikt entscheiden.</translation>
    </message>
    <message>
        <source>Ce conflit a déjà été tranché.</source>
        <translation>Dieser Konflikt wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>Choisissez la valeur d&apos;un des deux portables.</source>
        <translation>Wählen Sie den Wert eines der beiden Laptops.</translation>
    </message>
    <message>
        <source>Ce conflit concerne une table inconnue de cette version.</source>
        <translation>Dieser Konflikt betrifft eine dieser Version unbekannte Tabelle.</translation>
    </message>
    <message>
        <source>(fiche supprimée)</source>
        <translation>(Datensatz gelöscht)</translation>
    </message>
    <message>
        <source>(fiche entière)</source>
        <translation>(ganzer Datensatz)</translation>
    </message>
    <message>
        <source>Synchronisation entre portables</source>
        <translation>Synchronisierung zwischen Laptops</translation>
    </message>
    <message>
        <source>&amp;Synchroniser…</source>
        <translation type="vanished">&amp;Synchronisieren…</translation>
    </message>
    <message>
        <source>Sync&amp;hroniser…</source>
        <translation>Synchronisie&amp;ren…</translation>
    </message>
    <message>
        <source>Conflits de s&amp;ynchronisation…</source>
        <translation>Synchronisierungs&amp;konflikte…</translation>
    </message>
    <message>
        <source>Portables du ser&amp;vice…</source>
        <translation>Laptops des &amp;Dienstes…</translation>
    </message>
    <message>
        <source>Échangez les dossiers avec les autres portables du service (clé USB, dossier</source>
        <translation>Tauschen Sie die Akten mit den anderen Laptops des Dienstes aus (USB-Stick, freigegebener</translation>
    </message>
    <message>
        <source>partagé) : Balise y dépose les modifications de ce portable, applique les autres.</source>
        <translation>Ordner): Balise legt dort die Änderungen dieses Laptops ab und übernimmt die der anderen.</translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Dossier d&apos;échange</source>
        <translation>Austauschordner</translation>
    </message>
    <message>
        <source>Dossier de la clé USB ou dossier partagé</source>
        <translation>Ordner des USB-Sticks oder freigegebener Ordner</translation>
    </message>
    <message>
        <source>&amp;Choisir le dossier…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Branchez la clé USB du service (ou ouvrez le dossier partagé), puis synchronisez. Seuls des nombres sont affichés, jamais de noms.</source>
        <translation>Schließen Sie den USB-Stick des Dienstes an (oder öffnen Sie den freigegebenen Ordner) und synchronisieren Sie dann. Es werden nur Zahlen angezeigt, nie Namen.</translation>
    </message>
    <message>
        <source>Le dossier « {dossier} » n&apos;est pas branché : branchez la clé USB ou choisissez un autre dossier.</source>
        <translation>Der Ordner „{dossier}“ ist nicht angeschlossen: Schließen Sie den USB-Stick an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Dossier d&apos;échange du service</source>
        <translation>Austauschordner des Dienstes</translation>
    </message>
    <message>
        <source>Choisissez le dossier d&apos;échange du service.</source>
        <translation>Wählen Sie den Austauschordner des Dienstes.</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Conflits à trancher</source>
        <translation>Zu entscheidende Konflikte</translation>
    </message>
    <message>
        <source>Aucun conflit n&apos;attend.</source>
        <translation>Es warten keine Konflikte.</translation>
    </message>
    <message>
        <source>Une même information a été changée sur deux portables. Rien n&apos;a été écrasé : choisissez la valeur à garder ; elle sera envoyée aux autres portables à la prochaine synchronisation.</source>
        <translation>Dieselbe Information wurde auf zwei Laptops geändert. Nichts wurde überschrieben: Wählen Sie den Wert, der behalten werden soll; er wird bei der nächsten Synchronisierung an die anderen Laptops gesendet.</translation>
    </message>
    <message>
        <source>fiche entière</source>
        <translation>ganzer Datensatz</translation>
    </message>
    <message>
        <source>Dossier {dossier} — {champ} ({table})
  « {premier} » : {valeur1}
  « {second} » : {valeur2}
  vu le {quand}, écrit le {ecrit}</source>
        <translation>Akte {dossier} — {champ} ({table})
  „{premier}“: {valeur1}
  „{second}“: {valeur2}
  gesehen am {quand}, geschrieben am {ecrit}</translation>
    </message>
    <message>
        <source>Garder la valeur de « {portable} »</source>
        <translation>Den Wert von „{portable}“ behalten</translation>
    </message>
    <message>
        <source>Tél. {phone}</source>
        <extracomment>the letterhead takes the top of the first page down to this line</extracomment>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Aide de Balise</source>
        <extracomment>the background of a word found by the search (black text on it: contrast &gt; 12:1)</extracomment>
        <translation>Hilfe zu Balise</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Un mot, par exemple « sauvegarde » (Ctrl+F)</source>
        <translation>Ein Wort, zum Beispiel „Sicherung“ (Strg+F)</translation>
    </message>
    <message>
        <source>Rechercher dans l&apos;aide</source>
        <translation>In der Hilfe suchen</translation>
    </message>
    <message>
        <source>Sommaire de l&apos;aide</source>
        <translation>Inhaltsverzeichnis der Hilfe</translation>
    </message>
    <message>
        <source>Texte de l&apos;aide</source>
        <translation>Text der Hilfe</translation>
    </message>
    <message>
        <source>Trouvé dans {n} partie(s)</source>
        <translation>Gefunden in {n} Teil(en)</translation>
    </message>
    <message>
        <source>Aucune partie ne contient ce mot</source>
        <translation>Kein Teil enthält dieses Wort</translation>
    </message>
    <message>
        <source>Rien trouvé. Essayez un autre mot, ou effacez la recherche.</source>
        <translation>Nichts gefunden. Versuchen Sie ein anderes Wort oder löschen Sie die Suche.</translation>
    </message>
    <message>
        <source>Portables du service</source>
        <translation>Laptops des Dienstes</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Lettre des références</source>
        <translation>Buchstabe der Referenzen</translation>
    </message>
    <message>
        <source>Contient</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Inscrit le</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <source>&amp;Inscrire un portable…</source>
        <translation>Laptop &amp;registrieren…</translation>
    </message>
    <message>
        <source>&amp;Retirer du service (perdu, volé)…</source>
        <translation>Aus dem Dienst &amp;entfernen (verloren, gestohlen)…</translation>
    </message>
    <message>
        <source>Chaque portable du service garde une copie chiffrée du coffre et l&apos;échange avec les autres par un dossier (Synchroniser). Un portable perdu ou volé se retire ici : ses paquets écrits ensuite sont refusés partout.</source>
        <translation>Jeder Laptop des Dienstes hat eine verschlüsselte Kopie des Tresors und tauscht sie über einen Ordner mit den anderen aus (Synchronisieren). Ein verlorener oder gestohlener Laptop wird hier aus dem Dienst entfernt: Seine danach geschriebenen Pakete werden überall abgelehnt.</translation>
    </message>
    <message>
        <source>retiré le {date}</source>
        <translation>entfernt am {date}</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>seules les phrases de passe des personnes cochées et la vôtre l&apos;ouvrent.</source>
        <translation>Nur die Passphrasen der angekreuzten Personen und Ihre eigene öffnen ihn.</translation>
    </message>
    <message>
        <source>les mêmes phrases de passe l&apos;ouvrent.</source>
        <translation>Dieselben Passphrasen öffnen ihn.</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise : {ouverture}</source>
        <translation>Laptop „{nom}“ registriert (Referenzen „…-{lettre}“). Kopieren Sie den Ordner {dossier} auf diesen Laptop und öffnen Sie ihn mit Balise: {ouverture}</translation>
    </message>
    <message>
        <source>&amp;seulement les dossiers de :</source>
        <translation>nur die Akten &amp;von:</translation>
    </message>
    <message>
        <source>Un portable qui ne contient que les dossiers de certaines personnes n&apos;en reçoit jamais d&apos;autres : volé, il en expose moins. Les fiches d&apos;auteurs y suivent le rôle de ces personnes, et seules leurs phrases de passe (et la vôtre) l&apos;ouvrent.</source>
        <translation>Ein Laptop, der nur die Akten bestimmter Personen enthält, erhält nie andere: Wird er gestohlen, gibt er weniger preis. Die Blätter der Täter·innen folgen dort der Rolle dieser Personen, und nur deren Passphrasen (und Ihre) öffnen ihn.</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise : les mêmes phrases de passe l&apos;ouvrent.</source>
        <translation type="vanished">Laptop „{nom}“ registriert (Referenzen „…-{lettre}“). Kopieren Sie den Ordner {dossier} auf diesen Laptop und öffnen Sie ihn mit Balise: Dieselben Passphrasen öffnen ihn.</translation>
    </message>
    <message>
        <source>Retirer « {nom} » du service ? Ses paquets écrits à partir de maintenant seront refusés par tous les portables. Cela ne se défait pas.</source>
        <translation>„{nom}“ aus dem Dienst entfernen? Seine ab jetzt geschriebenen Pakete werden von allen Laptops abgelehnt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Retirer du service</source>
        <translation>Aus dem Dienst &amp;entfernen</translation>
    </message>
    <message>
        <source>Inscrire un portable</source>
        <translation>Einen Laptop registrieren</translation>
    </message>
    <message>
        <source>par exemple : portable de rue 2</source>
        <translation>zum Beispiel: Streetwork-Laptop 2</translation>
    </message>
    <message>
        <source>un dossier vide (sur une clé USB…)</source>
        <translation>ein leerer Ordner (auf einem USB-Stick…)</translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Nom du portable :</source>
        <translation>&amp;Name des Laptops:</translation>
    </message>
    <message>
        <source>&amp;Dossier de la copie :</source>
        <translation>&amp;Ordner für die Kopie:</translation>
    </message>
    <message>
        <source>&amp;tous les dossiers</source>
        <translation>&amp;alle Akten</translation>
    </message>
    <message>
        <source>seulement les dossiers &amp;de :</source>
        <translation type="vanished">nur die Akten &amp;von:</translation>
    </message>
    <message>
        <source>Personnes dont ce portable contient les dossiers</source>
        <translation>Personen, deren Akten dieser Laptop enthält</translation>
    </message>
    <message>
        <source>Ce portable contient :</source>
        <translation>Dieser Laptop enthält:</translation>
    </message>
    <message>
        <source>&amp;Inscrire</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Balise écrit dans le dossier une copie chiffrée du coffre pour le nouveau portable, avec les mêmes comptes et phrases de passe. Les dossiers créés sur ce portable auront leur propre lettre dans la référence.</source>
        <translation>Balise schreibt in den Ordner eine verschlüsselte Kopie des Tresors für den neuen Laptop, mit denselben Konten und Passphrasen. Die auf diesem Laptop angelegten Akten erhalten einen eigenen Buchstaben in ihrer Referenz.</translation>
    </message>
    <message>
        <source>Un portable qui ne contient que les dossiers de certaines personnes n&apos;en reçoit jamais d&apos;autres : volé, il en expose moins. Les fiches d&apos;auteurs y suivent le rôle de ces personnes.</source>
        <translation type="vanished">Ein Laptop, der nur die Akten bestimmter Personen enthält, erhält nie andere: Wird er gestohlen, gibt er weniger preis. Die Blätter der Täter·innen folgen dort der Rolle dieser Personen.</translation>
    </message>
    <message>
        <source>Dossier de la copie pour le nouveau portable</source>
        <translation>Ordner für die Kopie für den neuen Laptop</translation>
    </message>
    <message>
        <source>Donnez un nom à ce portable.</source>
        <translation>Geben Sie diesem Laptop einen Namen.</translation>
    </message>
    <message>
        <source>Choisissez le dossier de la copie.</source>
        <translation>Wählen Sie den Ordner für die Kopie.</translation>
    </message>
    <message>
        <source>Violence physique</source>
        <translation>Körperliche Gewalt</translation>
    </message>
    <message>
        <source>Violence psychologique</source>
        <translation>Psychische Gewalt</translation>
    </message>
    <message>
        <source>Violence sexuelle</source>
        <translation>Sexuelle Gewalt</translation>
    </message>
    <message>
        <source>Violence économique</source>
        <translation>Wirtschaftliche Gewalt</translation>
    </message>
    <message>
        <source>Violence administrative</source>
        <translation>Administrative Gewalt</translation>
    </message>
    <message>
        <source>Cyberviolence / violence numérique</source>
        <translation>Cybergewalt / digitale Gewalt</translation>
    </message>
    <message>
        <source>Négligence</source>
        <translation>Vernachlässigung</translation>
    </message>
    <message>
        <source>Mariage forcé</source>
        <translation>Zwangsheirat</translation>
    </message>
    <message>
        <source>Violence liée à l&apos;honneur</source>
        <translation>Gewalt im Namen der Ehre</translation>
    </message>
    <message>
        <source>Police / SAPV</source>
        <translation>Polizei / Opferbeistand</translation>
    </message>
    <message>
        <source>CPAS</source>
        <translation>ÖSHZ</translation>
    </message>
    <message>
        <source>La personne elle-même</source>
        <translation>Die Person selbst</translation>
    </message>
    <message>
        <source>École / crèche / PMS</source>
        <translation>Schule / Kinderkrippe / PMS</translation>
    </message>
    <message>
        <source>Hôpital / CPVS / médecin</source>
        <translation>Krankenhaus / CPVS / Arztpraxis</translation>
    </message>
    <message>
        <source>Ligne d&apos;écoute (0800 30 030)</source>
        <translation>Hilfetelefon (0800 30 030)</translation>
    </message>
    <message>
        <source>Partenaire du réseau</source>
        <translation>Netzwerkpartner</translation>
    </message>
    <message>
        <source>Proche / famille</source>
        <translation>Angehörige / Familie</translation>
    </message>
    <message>
        <source>Justice : parquet, maisons de justice, tribunaux</source>
        <translation>Justiz: Staatsanwaltschaft, Justizhäuser, Gerichte</translation>
    </message>
    <message>
        <source>Aide aux victimes (SAV, accueil des victimes)</source>
        <translation>Opferhilfe (Opferhilfedienst, Opferaufnahme)</translation>
    </message>
    <message>
        <source>CPVS – Centre de prise en charge des violences sexuelles</source>
        <translation>CPVS – Zentrum für die Betreuung nach sexueller Gewalt</translation>
    </message>
    <message>
        <source>Ligne d&apos;écoute</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <source>Aide juridique (BAJ, avocats)</source>
        <translation>Rechtshilfe (BJB, Anwält·innen)</translation>
    </message>
    <message>
        <source>Logement (AIS, sociétés de logement)</source>
        <translation>Wohnen (AIS, Wohnungsbaugesellschaften)</translation>
    </message>
    <message>
        <source>Santé (médecins, hôpitaux, santé mentale, mutuelles)</source>
        <translation>Gesundheit (Ärzt·innen, Krankenhäuser, psychische Gesundheit, Krankenkassen)</translation>
    </message>
    <message>
        <source>Écoles, crèches, AMO, maisons de jeunes</source>
        <translation>Schulen, Kinderkrippen, AMO, Jugendhäuser</translation>
    </message>
    <message>
        <source>La victime présente-t-elle actuellement des blessures ?</source>
        <translation>Hat das Opfer derzeit Verletzungen?</translation>
    </message>
    <message>
        <source>La victime a-t-elle peur d&apos;être tuée par l&apos;auteur ?</source>
        <translation>Hat das Opfer Angst, von der/dem Täter·in getötet zu werden?</translation>
    </message>
    <message>
        <source>Une séparation a-t-elle eu lieu récemment ou est-elle envisagée ?</source>
        <translation>Gab es kürzlich eine Trennung oder ist eine geplant?</translation>
    </message>
    <message>
        <source>Y a-t-il un conflit autour de la garde ou des contacts avec les enfants ?</source>
        <translation>Gibt es einen Konflikt um das Sorgerecht oder den Umgang mit den Kindern?</translation>
    </message>
    <message>
        <source>La victime est-elle enceinte ou a-t-elle un bébé de moins de 18 mois ?</source>
        <translation>Ist das Opfer schwanger oder hat es ein Baby unter 18 Monaten?</translation>
    </message>
    <message>
        <source>Les violences sont-elles devenues plus fréquentes ou plus graves ?</source>
        <translation>Ist die Gewalt häufiger oder schwerer geworden?</translation>
    </message>
    <message>
        <source>L&apos;auteur suit-il, surveille-t-il ou harcèle-t-il la victime (appels, messages, visites) ?</source>
        <translation>Verfolgt, überwacht oder belästigt die/der Täter·in das Opfer (Anrufe, Nachrichten, Besuche)?</translation>
    </message>
    <message>
        <source>La victime est-elle coupée de sa famille, de ses proches ou de toute aide ?</source>
        <translation>Ist das Opfer von Familie, Angehörigen oder jeder Hilfe abgeschnitten?</translation>
    </message>
    <message>
        <source>La victime a-t-elle déjà été étranglée, étouffée ou empêchée de respirer ?</source>
        <translation>Wurde das Opfer schon einmal gewürgt, erstickt oder am Atmen gehindert?</translation>
    </message>
    <message>
        <source>La victime a-t-elle subi des violences sexuelles de la part de l&apos;auteur ?</source>
        <translation>Hat das Opfer sexuelle Gewalt durch die/den Täter·in erlitten?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il menacé de tuer la victime ou un proche ?</source>
        <translation>Hat die/der Täter·in gedroht, das Opfer oder eine nahestehende Person zu töten?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il déjà menacé la victime de mort avec une arme ou un objet dangereux ?</source>
        <translation>Hat die/der Täter·in das Opfer schon einmal mit einer Waffe oder einem gefährlichen Gegenstand mit dem Tod bedroht?</translation>
    </message>
    <message>
        <source>L&apos;auteur possède-t-il une arme ou peut-il facilement s&apos;en procurer une ?</source>
        <translation>Besitzt die/der Täter·in eine Waffe oder kann sie/er sich leicht eine beschaffen?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il déjà fait du mal aux enfants ou menacé de leur en faire ?</source>
        <translation>Hat die/der Täter·in den Kindern schon einmal etwas angetan oder damit gedroht?</translation>
    </message>
    <message>
        <source>Vit-il dans le ménage un enfant qui n&apos;est pas celui de l&apos;auteur ?</source>
        <translation>Lebt im Haushalt ein Kind, das nicht von der/dem Täter·in ist?</translation>
    </message>
    <message>
        <source>L&apos;auteur consomme-t-il de l&apos;alcool ou des drogues de manière problématique ?</source>
        <translation>Konsumiert die/der Täter·in in problematischer Weise Alkohol oder Drogen?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il des troubles psychiques connus ?</source>
        <translation>Hat die/der Täter·in bekannte psychische Störungen?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il menacé de se suicider ou tenté de le faire ?</source>
        <translation>Hat die/der Täter·in mit Suizid gedroht oder einen Suizidversuch unternommen?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il des antécédents judiciaires ou a-t-il déjà enfreint une interdiction ou une mesure de protection ?</source>
        <translation>Hat die/der Täter·in Vorstrafen oder schon einmal gegen ein Verbot oder eine Schutzmaßnahme verstoßen?</translation>
    </message>
    <message>
        <source>L&apos;auteur est-il d&apos;une jalousie excessive ou contrôle-t-il ses faits et gestes ?</source>
        <translation>Ist die/der Täter·in übermäßig eifersüchtig oder kontrolliert sie/er jeden Schritt des Opfers?</translation>
    </message>
    <message>
        <source>L&apos;auteur contrôle-t-il l&apos;argent ou l&apos;empêche-t-il d&apos;accéder à ses ressources ?</source>
        <translation>Kontrolliert die/der Täter·in das Geld oder verwehrt sie/er dem Opfer den Zugang zu seinen Mitteln?</translation>
    </message>
    <message>
        <source>Y a-t-il un contexte de violence liée à l&apos;honneur ou de mariage forcé ?</source>
        <translation>Gibt es einen Hintergrund von Gewalt im Namen der Ehre oder Zwangsheirat?</translation>
    </message>
    <message>
        <source>La victime se sent-elle déprimée ou a-t-elle des idées suicidaires ?</source>
        <translation>Fühlt sich das Opfer depressiv oder hat es Suizidgedanken?</translation>
    </message>
    <message>
        <source>Signalement du départ du domicile à la police</source>
        <translation>Meldung des Auszugs aus der Wohnung bei der Polizei</translation>
    </message>
    <message>
        <source>Certificat médical (constat des lésions)</source>
        <translation>Ärztliches Attest (Feststellung der Verletzungen)</translation>
    </message>
    <message>
        <source>CPAS – demande de revenu d&apos;intégration (RIS)</source>
        <translation>ÖSHZ – Antrag auf Eingliederungseinkommen</translation>
    </message>
    <message>
        <source>CPAS – adresse de référence</source>
        <translation>ÖSHZ – Referenzadresse</translation>
    </message>
    <message>
        <source>Changement d&apos;adresse à la commune</source>
        <translation>Adressänderung bei der Gemeinde</translation>
    </message>
    <message>
        <source>Banque – blocage des comptes joints</source>
        <translation>Bank – Sperrung der gemeinsamen Konten</translation>
    </message>
    <message>
        <source>Banque – révocation des procurations</source>
        <translation>Bank – Widerruf der Vollmachten</translation>
    </message>
    <message>
        <source>Banque – ouverture d&apos;un compte personnel</source>
        <translation>Bank – Eröffnung eines eigenen Kontos</translation>
    </message>
    <message>
        <source>Mutuelle (affiliation personnelle, changement de titulaire)</source>
        <translation>Krankenkasse (eigene Mitgliedschaft, Wechsel des Hauptversicherten)</translation>
    </message>
    <message>
        <source>Allocations familiales – changement d&apos;allocataire</source>
        <translation>Kindergeld – Wechsel des Empfängers</translation>
    </message>
    <message>
        <source>Demande de logement social</source>
        <translation>Antrag auf eine Sozialwohnung</translation>
    </message>
    <message>
        <source>Requête au tribunal de la famille (enfants, résidence)</source>
        <translation>Antrag beim Familiengericht (Kinder, Wohnsitz)</translation>
    </message>
    <message>
        <source>BAJ / avocat</source>
        <translation>BJB / Rechtsanwält·in</translation>
    </message>
    <message>
        <source>Dossier de séjour (protection du droit de séjour)</source>
        <translation>Aufenthaltsakte (Schutz des Aufenthaltsrechts)</translation>
    </message>
    <message>
        <source>École et crèche (inscription, sécurité, personnes autorisées)</source>
        <translation>Schule und Kinderkrippe (Anmeldung, Sicherheit, abholberechtigte Personen)</translation>
    </message>
</context>
</TS>
