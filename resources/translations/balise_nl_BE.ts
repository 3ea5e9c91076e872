<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
<context>
    <name></name>
    <message>
        <source>Identifiant : </source>
        <extracomment>exit status for errors whose class says otherwise (refusals of the credentials) ``balise check``: 0 intact, 1 damaged, 2 refused (credentials, no vault), 3 not checked</extracomment>
        <translation>Gebruikersnaam: </translation>
    </message>
    <message>
        <source>Tentatives infructueuses récentes : attente de {s} s…</source>
        <translation>Recente mislukte pogingen: even wachten ({s} s)…</translation>
    </message>
    <message>
        <source>L&apos;interface graphique ne peut pas démarrer sur cet ordinateur. Réinstallez Balise ; les commandes en ligne restent disponibles.</source>
        <translation>De grafische interface kan op deze computer niet starten. Installeer Balise opnieuw; de opdrachtregelcommando&apos;s blijven beschikbaar.</translation>
    </message>
    <message>
        <source>Un coffre existe déjà dans le dossier « {dossier} ».</source>
        <translation>Er bestaat al een kluis in de map “{dossier}”.</translation>
    </message>
    <message>
        <source>Nom du service : </source>
        <translation>Naam van de dienst: </translation>
    </message>
    <message>
        <source>Commune (nom ou code postal, facultatif) : </source>
        <translation>Gemeente (naam of postcode, optioneel): </translation>
    </message>
    <message>
        <source>Nom complet du ou de la coordinateur·rice : </source>
        <translation>Volledige naam van de coördinator: </translation>
    </message>
    <message>
        <source>Identifiant de connexion : </source>
        <translation>Gebruikersnaam: </translation>
    </message>
    <message>
        <source>Création du coffre…</source>
        <translation>Kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Le coffre a été créé dans « {dossier} ».</source>
        <translation>De kluis is aangemaakt in “{dossier}”.</translation>
    </message>
    <message>
        <source>Identifiant du ou de la coordinateur·rice : {login}</source>
        <translation>Gebruikersnaam van de coördinator: {login}</translation>
    </message>
    <message>
        <source>La démonstration n&apos;est pas incluse dans cette installation de Balise. Elle fait partie de la version pour développeurs (scripts/demo.sh).</source>
        <translation>De demonstratie zit niet in deze installatie van Balise. Ze hoort bij de ontwikkelaarsversie (scripts/demo.sh).</translation>
    </message>
    <message>
        <source>Un coffre de démonstration existe déjà dans « {dossier} » : il est remplacé.</source>
        <translation>Er bestaat al een demonstratiekluis in “{dossier}”: die wordt vervangen.</translation>
    </message>
    <message>
        <source>Création du coffre de démonstration ({n} dossiers fictifs)…</source>
        <translation>Demonstratiekluis wordt aangemaakt ({n} fictieve dossiers)…</translation>
    </message>
    <message>
        <source>Phrase de passe : </source>
        <translation>Wachtzin: </translation>
    </message>
    <message>
        <source>Le coffre n&apos;a pas pu être vérifié.</source>
        <translation>De kluis kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Le coffre est endommagé :</source>
        <translation>De kluis is beschadigd:</translation>
    </message>
    <message>
        <source>Le coffre est intact.</source>
        <translation>De kluis is intact.</translation>
    </message>
    <message>
        <source>Code de récupération : </source>
        <translation>Herstelcode: </translation>
    </message>
    <message>
        <source>Phrase de passe actuelle : </source>
        <translation>Huidige wachtzin: </translation>
    </message>
    <message>
        <source>La phrase de passe de « {login} » a été changée.</source>
        <translation>De wachtzin van “{login}” is gewijzigd.</translation>
    </message>
    <message>
        <source>son contenu a été modifié</source>
        <translation>de inhoud ervan is gewijzigd</translation>
    </message>
    <message>
        <source>l&apos;entrée qui la précédait a été supprimée ou modifiée</source>
        <translation>de voorafgaande regel is verwijderd of gewijzigd</translation>
    </message>
    <message>
        <source>des entrées ont été supprimées ou déplacées avant elle</source>
        <translation>er zijn regels verwijderd of verplaatst vóór deze regel</translation>
    </message>
    <message>
        <source>les dernières entrées du journal ont été supprimées</source>
        <translation>de laatste regels van het logboek zijn verwijderd</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit a été altéré à partir de l&apos;entrée n° {seq} : {reason}.</source>
        <translation>Er is met het auditlogboek geknoeid vanaf regel nr. {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit est intact ({n} entrées vérifiées).</source>
        <translation>Het auditlogboek is intact ({n} regels gecontroleerd).</translation>
    </message>
    <message>
        <source>Balise : dossiers d&apos;accompagnement des victimes de violences intrafamiliales, dans un coffre chiffré, hors ligne. Sans commande, ouvre l&apos;application.</source>
        <translation>Balise: begeleidingsdossiers van slachtoffers van intrafamiliaal geweld, in een versleutelde kluis, offline. Zonder commando wordt de toepassing geopend.</translation>
    </message>
    <message>
        <source>afficher la version et quitter</source>
        <translation>versie tonen en afsluiten</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>COMMANDO</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>dossier du coffre (par défaut : le coffre du service sur cet ordinateur)</source>
        <translation>map van de kluis (standaard: de kluis van de dienst op deze computer)</translation>
    </message>
    <message>
        <source>IDENTIFIANT</source>
        <translation>GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>votre identifiant</source>
        <translation>uw gebruikersnaam</translation>
    </message>
    <message>
        <source>un nombre de secondes entre 0 et 30 est attendu</source>
        <translation>verwacht: een aantal seconden tussen 0 en 30</translation>
    </message>
    <message>
        <source>option avancée : durée visée pour dériver une clé (1 par défaut ; 0 = paramètres minimaux, jamais en dessous)</source>
        <translation>geavanceerde optie: beoogde duur om een sleutel af te leiden (standaard 1; 0 = minimale parameters, nooit lager)</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;application (commande par défaut).</source>
        <translation>De toepassing openen (standaardcommando).</translation>
    </message>
    <message>
        <source>Créer le coffre d&apos;un service et le compte du ou de la coordinateur·rice.</source>
        <translation>De kluis van een dienst aanmaken, met de account van de coördinator.</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>nom du service</source>
        <translation>naam van de dienst</translation>
    </message>
    <message>
        <source>COMMUNE</source>
        <translation>GEMEENTE</translation>
    </message>
    <message>
        <source>commune (nom ou code postal)</source>
        <translation>gemeente (naam of postcode)</translation>
    </message>
    <message>
        <source>nom complet du ou de la coordinateur·rice</source>
        <translation>volledige naam van de coördinator</translation>
    </message>
    <message>
        <source>identifiant de connexion</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>Créer un coffre de démonstration rempli de personnes fictives.</source>
        <translation>Een demonstratiekluis aanmaken, gevuld met fictieve personen.</translation>
    </message>
    <message>
        <source>un nombre de dossiers entre 1 et 1 000 000</source>
        <translation>een aantal dossiers tussen 1 en 1 000 000</translation>
    </message>
    <message>
        <source>nombre de dossiers (200 par défaut)</source>
        <translation>aantal dossiers (standaard 200)</translation>
    </message>
    <message>
        <source>ne pas ouvrir l&apos;application ensuite</source>
        <translation>de toepassing daarna niet openen</translation>
    </message>
    <message>
        <source>option avancée : graine pour des données reproductibles</source>
        <translation>geavanceerde optie: seed voor reproduceerbare gegevens</translation>
    </message>
    <message>
        <source>Vérifier l&apos;intégrité du coffre (sans rien modifier).</source>
        <translation>De integriteit van de kluis controleren (zonder iets te wijzigen).</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  le coffre est intact
  1  le coffre est endommagé : restaurez la dernière sauvegarde
  2  refusé : phrase de passe incorrecte, coffre introuvable, protection trop faible
  3  vérification impossible : disque plein, en lecture seule ou accès refusé
     (les données ne sont pas en cause : réglez le problème du disque, puis réessayez)</source>
        <translation>exitcodes:
  0  de kluis is intact
  1  de kluis is beschadigd: herstel de laatste back-up
  2  geweigerd: onjuiste wachtzin, kluis niet gevonden, te zwakke beveiliging
  3  controle onmogelijk: schijf vol, alleen-lezen of toegang geweigerd
     (de gegevens zijn niet in gevaar: los het schijfprobleem op en probeer opnieuw)</translation>
    </message>
    <message>
        <source>Changer sa phrase de passe, ou en choisir une nouvelle avec le code de récupération.</source>
        <translation>Uw wachtzin wijzigen, of met de herstelcode een nieuwe kiezen.</translation>
    </message>
    <message>
        <source>utiliser le code de récupération</source>
        <translation>de herstelcode gebruiken</translation>
    </message>
    <message>
        <source>Vérifier que le journal d&apos;audit n&apos;a pas été altéré.</source>
        <translation>Controleren dat er niet met het auditlogboek is geknoeid.</translation>
    </message>
    <message>
        <source>« verify » : vérifier la chaîne</source>
        <translation>“verify”: de keten controleren</translation>
    </message>
    <message>
        <source>Interrompu.</source>
        <translation>Onderbroken.</translation>
    </message>
    <message>
        <source>Entrée interrompue.</source>
        <translation>Invoer onderbroken.</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite ; les détails techniques sont dans le journal de Balise.</source>
        <extracomment>the generic sentence (French source; translated once the GUI has started)</extracomment>
        <translation>Er is een onverwachte fout opgetreden; de technische details staan in het logboek van Balise.</translation>
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
        <translation>Controle</translation>
    </message>
    <message>
        <source>Entrée terminée : une confirmation était attendue (ou --yes).</source>
        <translation>Invoer beëindigd: er werd een bevestiging verwacht (of --yes).</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée du {quand} ({taille}) : « {chemin} ».</source>
        <translation>Gecontroleerde back-up van {quand} ({taille}): “{chemin}”.</translation>
    </message>
    <message>
        <source>Copie externe vérifiée : « {chemin} ».</source>
        <translation>Gecontroleerde externe kopie: “{chemin}”.</translation>
    </message>
    <message>
        <source>{n} sauvegarde(s) plus ancienne(s) retirée(s) par la rotation.</source>
        <translation>{n} oudere back-up(s) verwijderd door de rotatie.</translation>
    </message>
    <message>
        <source>Le dossier du coffre « {dossier} » n&apos;existe pas.</source>
        <translation>De kluismap “{dossier}” bestaat niet.</translation>
    </message>
    <message>
        <source>Cette sauvegarde appartient à un autre coffre.</source>
        <translation>Deze back-up hoort bij een andere kluis.</translation>
    </message>
    <message>
        <source>Phrase de passe (celle valable à la date de la sauvegarde) : </source>
        <translation>Wachtzin (die geldig was op de datum van de back-up): </translation>
    </message>
    <message>
        <source>La sauvegarde du {quand} va remplacer le coffre actuel : ce qui a été enregistré après cette date sera perdu. Le coffre actuel est mis de côté dans le dossier du coffre, jamais supprimé.</source>
        <translation>De back-up van {quand} zal de huidige kluis vervangen: wat na die datum is opgeslagen, gaat verloren. De huidige kluis wordt apart bewaard in de kluismap, nooit verwijderd.</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ? (oui/non) </source>
        <translation>Deze back-up herstellen? (yes/no) </translation>
    </message>
    <message>
        <source>Rien n&apos;a été restauré.</source>
        <translation>Er is niets hersteld.</translation>
    </message>
    <message>
        <source>La sauvegarde du {quand} a été restaurée.</source>
        <translation>De back-up van {quand} is hersteld.</translation>
    </message>
    <message>
        <source>Le coffre remplacé se trouve dans « {chemin} ».</source>
        <translation>De vervangen kluis staat in “{chemin}”.</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) après cette sauvegarde ont été appliqués à nouveau (registre des effacements).</source>
        <translation>{n} wissing(en) van na deze back-up zijn opnieuw toegepast (register van wissingen).</translation>
    </message>
    <message>
        <source>Aucun dossier n&apos;a dépassé son délai de conservation.</source>
        <translation>Geen enkel dossier heeft zijn bewaartermijn overschreden.</translation>
    </message>
    <message>
        <source>{n} dossier(s) clôturé(s) ont dépassé leur délai de conservation :</source>
        <translation>{n} afgesloten dossier(s) hebben hun bewaartermijn overschreden:</translation>
    </message>
    <message>
        <source>Effacer définitivement ces {n} dossier(s) et tout ce qu&apos;ils contiennent ? (oui/non) </source>
        <translation>Deze {n} dossier(s) en alles wat ze bevatten definitief wissen? (yes/no) </translation>
    </message>
    <message>
        <source>Rien n&apos;a été effacé.</source>
        <translation>Er is niets gewist.</translation>
    </message>
    <message>
        <source>{n} dossier(s) effacé(s) définitivement.</source>
        <translation>{n} dossier(s) definitief gewist.</translation>
    </message>
    <message>
        <source>Sauvegarder le coffre maintenant (copie chiffrée, vérifiée).</source>
        <translation>Nu een back-up van de kluis maken (versleutelde, gecontroleerde kopie).</translation>
    </message>
    <message>
        <source>copier aussi la sauvegarde dans ce dossier (clé USB, disque réseau)</source>
        <translation>de back-up ook naar deze map kopiëren (usb-stick, netwerkschijf)</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde ; le coffre actuel est mis de côté, jamais supprimé.</source>
        <translation>Een back-up herstellen; de huidige kluis wordt apart bewaard, nooit verwijderd.</translation>
    </message>
    <message>
        <source>SAUVEGARDE</source>
        <translation>BACK-UP</translation>
    </message>
    <message>
        <source>dossier de la sauvegarde</source>
        <translation>map van de back-up</translation>
    </message>
    <message>
        <source>ne pas demander de confirmation</source>
        <translation>niet om bevestiging vragen</translation>
    </message>
    <message>
        <source>Effacer définitivement les dossiers clôturés dont le délai de conservation est passé.</source>
        <translation>Afgesloten dossiers waarvan de bewaartermijn verstreken is, definitief wissen.</translation>
    </message>
    <message>
        <source>les dossiers qui ont dépassé leur délai de conservation</source>
        <translation>de dossiers die hun bewaartermijn hebben overschreden</translation>
    </message>
    <message>
        <source>date attendue sous la forme AAAA-MM-JJ ou JJ/MM/AAAA : « {text} »</source>
        <translation>verwachte datum in de vorm JJJJ-MM-DD of DD/MM/JJJJ: “{text}”</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas.</source>
        <translation>De map “{folder}” bestaat niet.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {file} » : {reason}.</source>
        <translation>Kan “{file}” niet schrijven: {reason}.</translation>
    </message>
    <message>
        <source>Indicateurs ({period}) enregistrés dans « {file} » (copie non chiffrée).</source>
        <translation>Indicatoren ({period}) opgeslagen in “{file}” (niet-versleutelde kopie).</translation>
    </message>
    <message>
        <source>Exporter les indicateurs d&apos;une période (PDF pour le pouvoir subsidiant, ou CSV).</source>
        <translation>De indicatoren van een periode exporteren (pdf voor de subsidiërende overheid, of csv).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA)</source>
        <translation>eerste dag van de periode (JJJJ-MM-DD of DD/MM/JJJJ)</translation>
    </message>
    <message>
        <source>dernier jour de la période, inclus</source>
        <translation>laatste dag van de periode, inbegrepen</translation>
    </message>
    <message>
        <source>pdf ou csv</source>
        <translation>pdf of csv</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation>te schrijven bestand</translation>
    </message>
    <message>
        <source>Entrée terminée : une phrase de passe était attendue.</source>
        <translation>Invoer beëindigd: er werd een wachtzin verwacht.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;option {option}.</source>
        <translation>Geef de optie {option} op.</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe (12 caractères au moins) : </source>
        <translation>Nieuwe wachtzin (minstens 12 tekens): </translation>
    </message>
    <message>
        <source>Solidité : {label}</source>
        <translation>Sterkte: {label}</translation>
    </message>
    <message>
        <source>Confirmez la nouvelle phrase de passe : </source>
        <translation>Bevestig de nieuwe wachtzin: </translation>
    </message>
    <message>
        <source>CODE DE RÉCUPÉRATION (affiché une seule fois) :</source>
        <translation>HERSTELCODE (wordt maar één keer getoond):</translation>
    </message>
    <message>
        <source>Imprimez-le ou recopiez-le à la main maintenant, et rangez-le en lieu sûr, à l&apos;écart de l&apos;ordinateur portable (par exemple dans l&apos;armoire fermée du service). Il permet de rouvrir le coffre si toutes les phrases de passe sont oubliées ; quiconque le possède peut lire les dossiers.</source>
        <translation>Druk hem nu af of schrijf hem met de hand over, en berg hem veilig op, weg van de laptop (bijvoorbeeld in de afgesloten kast van de dienst). Met deze code kan de kluis opnieuw worden geopend als alle wachtzinnen vergeten zijn; wie hem heeft, kan de dossiers lezen.</translation>
    </message>
    <message>
        <source>Cette réponse est obligatoire.</source>
        <translation>Dit antwoord is verplicht.</translation>
    </message>
    <message>
        <source>Plusieurs communes correspondent à « {texte} » : {noms}. Indiquez le nom.</source>
        <translation>Meerdere gemeenten komen overeen met “{texte}”: {noms}. Geef de naam op.</translation>
    </message>
    <message>
        <source>Commune inconnue : « {texte} ». Indiquez le nom d&apos;une commune wallonne ou son code postal.</source>
        <translation>Onbekende gemeente: “{texte}”. Geef de naam van een Waalse gemeente of haar postcode op.</translation>
    </message>
    <message>
        <source>utilisation : </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>commandes</source>
        <translation>commando&apos;s</translation>
    </message>
    <message>
        <source>afficher cette aide et quitter</source>
        <translation>deze hulp tonen en afsluiten</translation>
    </message>
    <message>
        <source>arguments obligatoires manquants : %s</source>
        <translation>verplichte argumenten ontbreken: %s</translation>
    </message>
    <message>
        <source>arguments non reconnus : %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>choix inconnu : %(value)r (possibles : %(choices)s)</source>
        <translation>onbekende keuze: %(value)r (mogelijk: %(choices)s)</translation>
    </message>
    <message>
        <source>option %(argument_name)s : %(message)s</source>
        <translation>optie %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>une valeur est attendue</source>
        <translation>er wordt een waarde verwacht</translation>
    </message>
    <message>
        <source>%(prog)s : erreur : %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà utilisé par un autre compte.</source>
        <translation>Deze gebruikersnaam wordt al door een andere account gebruikt.</translation>
    </message>
    <message>
        <source>Indiquez le nom complet.</source>
        <translation>Geef de volledige naam op.</translation>
    </message>
    <message>
        <source>Choisissez un rôle.</source>
        <translation>Kies een rol.</translation>
    </message>
    <message>
        <source>Commune inconnue.</source>
        <translation>Onbekende gemeente.</translation>
    </message>
    <message>
        <source>Ce compte n&apos;existe plus.</source>
        <translation>Deze account bestaat niet meer.</translation>
    </message>
    <message>
        <source>Il faut au moins un compte de coordination actif.</source>
        <translation>Er moet minstens één actieve coördinatieaccount zijn.</translation>
    </message>
    <message>
        <source>Chaque personne choisit sa propre langue : vous ne pouvez changer que la vôtre.</source>
        <translation>Iedereen kiest zijn eigen taal: u kunt alleen die van uzelf wijzigen.</translation>
    </message>
    <message>
        <source>Langue inconnue : {code}.</source>
        <translation>Onbekende taal: {code}.</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>U kunt uw eigen account niet deactiveren.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé : réactivez-le d&apos;abord.</source>
        <translation>Deze account is gedeactiveerd: activeer hem eerst opnieuw.</translation>
    </message>
    <message>
        <source>Atelier pour enfants</source>
        <translation>Workshop voor kinderen</translation>
    </message>
    <message>
        <source>Groupe de parole</source>
        <translation>Praatgroep</translation>
    </message>
    <message>
        <source>Groupe de parents</source>
        <translation>Oudergroep</translation>
    </message>
    <message>
        <source>Action de sensibilisation</source>
        <translation>Sensibiliseringsactie</translation>
    </message>
    <message>
        <source>Animation en milieu scolaire</source>
        <translation>Activiteit op school</translation>
    </message>
    <message>
        <source>Formation de professionnel·les</source>
        <translation>Opleiding voor professionals</translation>
    </message>
    <message>
        <source>Réunion de réseau (plateforme)</source>
        <translation>Netwerkvergadering (platform)</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation>Volwassenen</translation>
    </message>
    <message>
        <source>Professionnel·les</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Moins de 6 ans</source>
        <translation>Jonger dan 6 jaar</translation>
    </message>
    <message>
        <source>6 à 11 ans</source>
        <translation>6 tot 11 jaar</translation>
    </message>
    <message>
        <source>12 à 17 ans</source>
        <translation>12 tot 17 jaar</translation>
    </message>
    <message>
        <source>18 à 29 ans</source>
        <translation>18 tot 29 jaar</translation>
    </message>
    <message>
        <source>30 à 44 ans</source>
        <translation>30 tot 44 jaar</translation>
    </message>
    <message>
        <source>45 à 59 ans</source>
        <translation>45 tot 59 jaar</translation>
    </message>
    <message>
        <source>60 ans et plus</source>
        <translation>60 jaar en ouder</translation>
    </message>
    <message>
        <source>Donnez un titre à l&apos;activité.</source>
        <extracomment>a kind whose participants are professionals by default</extracomment>
        <translation>Geef de activiteit een titel.</translation>
    </message>
    <message>
        <source>Le titre est trop long (200 caractères au plus).</source>
        <translation>De titel is te lang (maximaal 200 tekens).</translation>
    </message>
    <message>
        <source>L&apos;heure de fin suit l&apos;heure de début.</source>
        <translation>Het einduur komt na het beginuur.</translation>
    </message>
    <message>
        <source>Un partenaire choisi n&apos;existe plus dans le répertoire.</source>
        <translation>Een gekozen partner bestaat niet meer in de adreslijst.</translation>
    </message>
    <message>
        <source>Un·e animateur·rice choisi·e n&apos;existe plus.</source>
        <translation>Een gekozen begeleider bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cette activité n&apos;existe plus.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;existe plus.</source>
        <translation>Deze sessie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Des présences sont notées pour cette séance : retirez-les avant de l&apos;annuler.</source>
        <translation>Voor deze sessie is aanwezigheid genoteerd: verwijder die eerst voordat u de sessie annuleert.</translation>
    </message>
    <message>
        <source>Un effectif va de 1 à 1 000.</source>
        <translation>Een aantal deelnemers ligt tussen 1 en 1 000.</translation>
    </message>
    <message>
        <source>Le secteur ou l&apos;organisation ne se notent que pour des professionnel·les.</source>
        <translation>Sector of organisatie worden alleen voor professionals genoteerd.</translation>
    </message>
    <message>
        <source>Secteur inconnu.</source>
        <translation>Onbekende sector.</translation>
    </message>
    <message>
        <source>Cette organisation n&apos;existe plus dans le répertoire.</source>
        <translation>Deze organisatie bestaat niet meer in de adreslijst.</translation>
    </message>
    <message>
        <source>Cette séance est annulée.</source>
        <translation>Deze sessie is geannuleerd.</translation>
    </message>
    <message>
        <source>Les présences se notent une fois la séance passée.</source>
        <translation>Aanwezigheid wordt genoteerd zodra de sessie voorbij is.</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <source>Cette personne n&apos;appartient pas à ce dossier.</source>
        <translation>Deze persoon hoort niet bij dit dossier.</translation>
    </message>
    <message>
        <source>Aucun dossier ne porte ce numéro.</source>
        <extracomment>people housed tonight (stays open today) stays overlapping the period, of the cases the reader may see requests waiting, by priority then date asked stays open past their planned end, hidden ones included (a count only)</extracomment>
        <translation>Geen enkel dossier heeft dit nummer.</translation>
    </message>
    <message>
        <source>Ce lien n&apos;existe plus.</source>
        <translation>Deze koppeling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Les participant·es nommé·es se notent pour une formation.</source>
        <extracomment>links to cases the reader may not see: a count, never a reference</extracomment>
        <translation>Deelnemers worden bij naam genoteerd voor een opleiding.</translation>
    </message>
    <message>
        <source>Une personne choisie n&apos;est plus dans le répertoire.</source>
        <translation>Een gekozen persoon staat niet meer in de adreslijst.</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Ontgrendeling</translation>
    </message>
    <message>
        <source>Déverrouillage refusé</source>
        <translation>Ontgrendeling geweigerd</translation>
    </message>
    <message>
        <source>Verrouillage</source>
        <translation>Vergrendeling</translation>
    </message>
    <message>
        <source>Code de récupération utilisé</source>
        <translation>Herstelcode gebruikt</translation>
    </message>
    <message>
        <source>Phrase de passe changée</source>
        <translation>Wachtzin gewijzigd</translation>
    </message>
    <message>
        <source>Dossier créé</source>
        <translation>Dossier aangemaakt</translation>
    </message>
    <message>
        <source>Dossier consulté</source>
        <translation>Dossier geraadpleegd</translation>
    </message>
    <message>
        <source>Dossier modifié</source>
        <translation>Dossier gewijzigd</translation>
    </message>
    <message>
        <source>Statut du dossier</source>
        <translation>Status van het dossier</translation>
    </message>
    <message>
        <source>Courrier émis</source>
        <translation>Brief opgemaakt</translation>
    </message>
    <message>
        <source>Courrier imprimé</source>
        <translation>Brief afgedrukt</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Document opgeslagen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Compte modifié</source>
        <translation>Account gewijzigd</translation>
    </message>
    <message>
        <source>Paramètres modifiés</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Restauration d&apos;une sauvegarde</source>
        <translation>Herstel van een back-up</translation>
    </message>
    <message>
        <source>Journal tronqué détecté</source>
        <translation>Ingekort logboek gedetecteerd</translation>
    </message>
    <message>
        <source>Logement d&apos;urgence modifié</source>
        <translation>Noodwoning gewijzigd</translation>
    </message>
    <message>
        <source>Adresse d&apos;un logement affichée</source>
        <translation>Adres van een woning getoond</translation>
    </message>
    <message>
        <source>Activité collective modifiée</source>
        <translation>Groepsactiviteit gewijzigd</translation>
    </message>
    <message>
        <source>{portable} : {n} entrées, chaîne intacte.</source>
        <translation>{portable}: {n} regels, keten intact.</translation>
    </message>
    <message>
        <source>{portable} : chaîne rompue à l&apos;entrée n° {seq} : {reason}.</source>
        <translation>{portable}: keten verbroken bij regel nr. {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Trop de tentatives : attendez {s} secondes avant de réessayer.</source>
        <extracomment>the language Balise shows this user (``users.language``) failed-unlock counts this process could not write to disk (full or read-only)</extracomment>
        <translation>Te veel pogingen: wacht {s} seconden voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Adressez-vous au ou à la coordinateur·rice.</source>
        <translation>Deze account is gedeactiveerd. Neem contact op met de coördinator.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;existe plus.</source>
        <extracomment>one organisation of the directory: the consent then covers only that partner
----------
tables with a ``case_id`` that an erasure keeps: the audit trail keeps the case&apos;s identifier (never its content) so that the erasure itself is traced
----------
score thresholds: below MEDIUM → low, below HIGH → medium, below CRITICAL → high</extracomment>
        <translation>Dit dossier bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation>Deze fiche bestaat niet meer.</translation>
    </message>
    <message>
        <source>La copie externe n&apos;a pas pu être faite : le dossier « {dossier} » n&apos;est pas accessible (clé USB retirée, disque réseau déconnecté ?). La sauvegarde dans le dossier du coffre a bien été faite.</source>
        <extracomment>a last verified backup older than this is pointed out on the home page French sentence when the external copy could not be made (the local one was)</extracomment>
        <translation>De externe kopie kon niet worden gemaakt: de map “{dossier}” is niet bereikbaar (usb-stick verwijderd, netwerkschijf losgekoppeld?). De back-up in de kluismap is wel gemaakt.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée du coffre n&apos;existe encore.</source>
        <translation>Er bestaat nog geen gecontroleerde back-up van de kluis.</translation>
    </message>
    <message>
        <source>La dernière sauvegarde vérifiée date du {date} : plus d&apos;une semaine.</source>
        <translation>De laatste gecontroleerde back-up dateert van {date}: meer dan een week geleden.</translation>
    </message>
    <message>
        <source>Aucune copie externe n&apos;est prévue : choisissez une clé USB ou un disque réseau dans Paramètres › Sauvegardes.</source>
        <translation>Er is geen externe kopie ingesteld: kies een usb-stick of een netwerkschijf in Instellingen › Back-ups.</translation>
    </message>
    <message>
        <source>Aucune copie externe n&apos;existe encore sur « {dossier} ».</source>
        <translation>Er bestaat nog geen externe kopie op “{dossier}”.</translation>
    </message>
    <message>
        <source>La dernière copie externe date du {date} : plus d&apos;une semaine.</source>
        <translation>De laatste externe kopie dateert van {date}: meer dan een week geleden.</translation>
    </message>
    <message>
        <source>{date} à {heure}</source>
        <translation>{date} om {heure}</translation>
    </message>
    <message>
        <source>Le trousseau de clés enregistré avec la sauvegarde vérifiée du {quand} se trouve dans « {chemin} » : copiez-le à la place de keyring.json dans le dossier du coffre (les phrases de passe valables à cette date s&apos;appliqueront), ou restaurez toute la sauvegarde : balise restore --vault « {coffre} » « {sauvegarde} ».</source>
        <translation>De sleutelbos die met de gecontroleerde back-up van {quand} is opgeslagen, staat in “{chemin}”: kopieer hem in de plaats van keyring.json in de kluismap (dan gelden de wachtzinnen van die datum), of herstel de volledige back-up: balise restore --vault “{coffre}” “{sauvegarde}”.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde vérifiée n&apos;a été trouvée dans le dossier « sauvegardes » du coffre. Si une copie existe sur une clé USB ou un disque réseau, restaurez-la.</source>
        <translation>Er is geen gecontroleerde back-up gevonden in de map “sauvegardes” van de kluis. Als er een kopie op een usb-stick of netwerkschijf staat, herstel die dan.</translation>
    </message>
    <message>
        <source>La sauvegarde vérifiée la plus récente date du {quand} : ce qui a été enregistré après cette date serait perdu. Pour la restaurer : balise restore --vault « {coffre} » « {sauvegarde} ».</source>
        <translation>De meest recente gecontroleerde back-up dateert van {quand}: wat na die datum is opgeslagen, zou verloren gaan. Om ze te herstellen: balise restore --vault “{coffre}” “{sauvegarde}”.</translation>
    </message>
    <message>
        <source>Choisissez la commune.</source>
        <translation>Kies de gemeente.</translation>
    </message>
    <message>
        <source>Cochez au moins un type de violence.</source>
        <translation>Vink minstens één soort geweld aan.</translation>
    </message>
    <message>
        <source>Le dernier fait connu ne peut pas précéder le premier.</source>
        <translation>Het laatst bekende feit kan niet vóór het eerste liggen.</translation>
    </message>
    <message>
        <source>Un dossier doit avoir au moins un·e intervenant·e attitré·e.</source>
        <translation>Een dossier moet minstens één toegewezen hulpverlener hebben.</translation>
    </message>
    <message>
        <source>Indiquez au moins un nom, un prénom ou un pseudonyme.</source>
        <translation>Geef minstens een naam, een voornaam of een schuilnaam op.</translation>
    </message>
    <message>
        <source>Cochez au moins un type de violence (même provisoire).</source>
        <translation>Vink minstens één soort geweld aan (ook voorlopig).</translation>
    </message>
    <message>
        <source>Type de violence inconnu.</source>
        <translation>Onbekende soort geweld.</translation>
    </message>
    <message>
        <source>Origine de la demande inconnue.</source>
        <translation>Onbekende herkomst van de hulpvraag.</translation>
    </message>
    <message>
        <source>Indiquez le motif de clôture.</source>
        <translation>Geef de reden van afsluiting op.</translation>
    </message>
    <message>
        <source>Ce dossier est déjà clôturé.</source>
        <translation>Dit dossier is al afgesloten.</translation>
    </message>
    <message>
        <source>Seul un dossier ouvert peut être mis en pause.</source>
        <translation>Alleen een open dossier kan worden gepauzeerd.</translation>
    </message>
    <message>
        <source>Indiquez avec qui les informations peuvent être partagées.</source>
        <translation>Geef aan met wie de informatie mag worden gedeeld.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe plus.</source>
        <translation>Deze partner bestaat niet meer.</translation>
    </message>
    <message>
        <source>Indiquez dans quel but.</source>
        <translation>Geef het doel op.</translation>
    </message>
    <message>
        <source>Ce consentement n&apos;existe plus.</source>
        <translation>Deze toestemming bestaat niet meer.</translation>
    </message>
    <message>
        <source>Ce consentement a déjà été retiré.</source>
        <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
        <source>Le retrait ne peut pas précéder la date du consentement.</source>
        <translation>De intrekking kan niet vóór de datum van de toestemming liggen.</translation>
    </message>
    <message>
        <source>La personne n&apos;a pas (ou plus) donné son accord pour l&apos;enregistrement.</source>
        <translation>De persoon heeft geen toestemming (meer) gegeven voor de registratie.</translation>
    </message>
    <message>
        <source>Accord donné le {date}.</source>
        <translation>Toestemming gegeven op {date}.</translation>
    </message>
    <message>
        <source>L&apos;accord de partage avec ce destinataire a été retiré.</source>
        <translation>De toestemming om met deze ontvanger te delen is ingetrokken.</translation>
    </message>
    <message>
        <source>Aucun accord de partage enregistré pour ce destinataire et ce but. Demandez l&apos;accord de la personne et notez-le dans le registre des consentements.</source>
        <translation>Er is geen toestemming om te delen geregistreerd voor deze ontvanger en dit doel. Vraag de persoon om toestemming en noteer die in het toestemmingsregister.</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coördinatie</translation>
    </message>
    <message>
        <source>Référent·e VIF</source>
        <translation>Referentiepersoon IFG</translation>
    </message>
    <message>
        <source>Éducateur·rice de rue</source>
        <translation>Straathoekwerker</translation>
    </message>
    <message>
        <source>Lors du dernier verrouillage, Balise n&apos;a pas pu conserver tout ce que vous étiez en train de taper : au moins un formulaire non enregistré est perdu. Cela arrive notamment quand le disque est plein. Vérifiez la place libre sur le disque, puis ressaisissez ces informations.</source>
        <extracomment>an empty file in the vault folder, named after the account&apos;s random id: a draft of that account could not be kept (no personal data, nothing but the fact)</extracomment>
        <translation>Bij de laatste vergrendeling kon Balise niet alles bewaren wat u aan het typen was: minstens één niet-opgeslagen formulier is verloren. Dat gebeurt onder meer als de schijf vol is. Controleer de vrije ruimte op de schijf en voer die gegevens daarna opnieuw in.</translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 minute et 24 heures.</source>
        <translation>De duur moet tussen 1 minuut en 24 uur liggen.</translation>
    </message>
    <message>
        <source>Un suivi futur ne peut pas être marqué « réalisé ».</source>
        <translation>Een toekomstige opvolging kan niet als “uitgevoerd” worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Résumez ce qui s&apos;est passé.</source>
        <translation>Vat samen wat er is gebeurd.</translation>
    </message>
    <message>
        <source>Ce suivi n&apos;existe plus.</source>
        <extracomment>how many follow-ups the case screen shows at a time (a case can hold a thousand)</extracomment>
        <translation>Deze opvolging bestaat niet meer.</translation>
    </message>
    <message>
        <source>Maison d&apos;accueil / refuge</source>
        <translation>Opvanghuis / vluchthuis</translation>
    </message>
    <message>
        <source>Logement social / AIS</source>
        <translation>Sociale woning / SVK</translation>
    </message>
    <message>
        <source>Logement privé</source>
        <translation>Private woning</translation>
    </message>
    <message>
        <source>Famille ou amis</source>
        <translation>Familie of vrienden</translation>
    </message>
    <message>
        <source>Retour au domicile</source>
        <translation>Terug naar huis</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Inconnue</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Hébergé·e</source>
        <translation>Opgevangen</translation>
    </message>
    <message>
        <source>Retirée</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Orientée ailleurs</source>
        <translation>Elders doorverwezen</translation>
    </message>
    <message>
        <source>Urgente</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Haute</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>depuis le {day}</source>
        <extracomment>None keeps the stored address when a unit is changed</extracomment>
        <translation>sinds {day}</translation>
    </message>
    <message>
        <source>Donnez un nom au logement (sans son adresse, ex. « Appartement A »).</source>
        <translation>Geef de woning een naam (zonder adres, bv. “Appartement A”).</translation>
    </message>
    <message>
        <source>Le nom est trop long (120 caractères au plus).</source>
        <translation>De naam is te lang (maximaal 120 tekens).</translation>
    </message>
    <message>
        <source>La capacité va de 1 à 50 places.</source>
        <translation>De capaciteit ligt tussen 1 en 50 plaatsen.</translation>
    </message>
    <message>
        <source>Indiquez depuis quand le logement est disponible.</source>
        <translation>Geef aan sinds wanneer de woning beschikbaar is.</translation>
    </message>
    <message>
        <source>La fin de disponibilité ne peut pas précéder son début.</source>
        <translation>Het einde van de beschikbaarheid kan niet vóór het begin liggen.</translation>
    </message>
    <message>
        <source>Ce logement n&apos;existe plus.</source>
        <translation>Deze woning bestaat niet meer.</translation>
    </message>
    <message>
        <source>{unit}, depuis le {entry}</source>
        <extracomment>nights slept so far (the counting rule of app.core.housing_occupancy) still open after its planned end: the exit was probably not noted</extracomment>
        <translation>{unit}, sinds {entry}</translation>
    </message>
    <message>
        <source>{unit}, du {entry} au {exit}</source>
        <translation>{unit}, van {entry} tot {exit}</translation>
    </message>
    <message>
        <source>L&apos;entrée ne peut pas être datée dans le futur : la liste d&apos;attente sert avant.</source>
        <translation>De intrede kan niet in de toekomst liggen: daarvoor dient de wachtlijst.</translation>
    </message>
    <message>
        <source>Le logement n&apos;est pas disponible à cette date.</source>
        <translation>De woning is op deze datum niet beschikbaar.</translation>
    </message>
    <message>
        <source>La sortie prévue ne peut pas précéder l&apos;entrée.</source>
        <translation>Het geplande vertrek kan niet vóór de intrede liggen.</translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder l&apos;entrée.</source>
        <translation>Het vertrek kan niet vóór de intrede liggen.</translation>
    </message>
    <message>
        <source>La sortie effective ne peut pas être dans le futur : notez la sortie prévue.</source>
        <translation>Het werkelijke vertrek kan niet in de toekomst liggen: noteer het geplande vertrek.</translation>
    </message>
    <message>
        <source>La destination après le séjour se note avec la date de sortie.</source>
        <translation>De bestemming na het verblijf wordt samen met de vertrekdatum genoteerd.</translation>
    </message>
    <message>
        <source>Cochez au moins une personne hébergée (victime, enfants).</source>
        <translation>Vink minstens één opgevangen persoon aan (slachtoffer, kinderen).</translation>
    </message>
    <message>
        <source>Une des personnes cochées n&apos;appartient pas (ou plus) à ce dossier.</source>
        <translation>Een van de aangevinkte personen hoort (niet meer) bij dit dossier.</translation>
    </message>
    <message>
        <source>Le logement n&apos;a que {n} place(s) : avec les séjours en cours, il serait sur-occupé à ces dates.</source>
        <translation>De woning heeft maar {n} plaats(en): met de lopende verblijven zou ze op die data overbezet zijn.</translation>
    </message>
    <message>
        <source>Ce séjour n&apos;existe plus.</source>
        <translation>Dit verblijf bestaat niet meer.</translation>
    </message>
    <message>
        <source>La demande ne peut pas être datée dans le futur.</source>
        <extracomment>days waited (up to today while waiting)</extracomment>
        <translation>De aanvraag kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>De 1 à 20 personnes.</source>
        <translation>Van 1 tot 20 personen.</translation>
    </message>
    <message>
        <source>Cette demande n&apos;existe plus.</source>
        <translation>Deze aanvraag bestaat niet meer.</translation>
    </message>
    <message>
        <source>La clôture ne peut pas précéder la demande.</source>
        <translation>De afsluiting kan niet vóór de aanvraag liggen.</translation>
    </message>
    <message>
        <source>Une nuit compte quand quelqu&apos;un dort sur place : le jour d&apos;entrée compte, le jour de sortie non (une entrée et une sortie le même jour ne font aucune nuit). Un séjour sans date de sortie compte jusqu&apos;à ce soir, jamais au-delà.</source>
        <translation>Een nacht telt als iemand ter plaatse slaapt: de dag van intrede telt, de dag van vertrek niet (intrede en vertrek op dezelfde dag geven geen enkele nacht). Een verblijf zonder vertrekdatum telt tot vanavond, nooit verder.</translation>
    </message>
    <message>
        <source>non disponible</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>{occupied} mois sur {available}</source>
        <translation>{occupied} maanden op {available}</translation>
    </message>
    <message>
        <source>{occupied} nuits sur {available} ({rate} %)</source>
        <translation>{occupied} nachten op {available} ({rate} %)</translation>
    </message>
    <message>
        <source>Un semestre est le 1er ou le 2e.</source>
        <translation>Een semester is het 1e of het 2e.</translation>
    </message>
    <message>
        <source>La fin de la période ne peut pas précéder son début.</source>
        <translation>Het einde van de periode kan niet vóór het begin liggen.</translation>
    </message>
    <message>
        <source>Année {year}</source>
        <translation>Jaar {year}</translation>
    </message>
    <message>
        <source>1er semestre {year}</source>
        <translation>1e semester {year}</translation>
    </message>
    <message>
        <source>2e semestre {year}</source>
        <translation>2e semester {year}</translation>
    </message>
    <message>
        <source>S{half} {year}</source>
        <translation>S{half} {year}</translation>
    </message>
    <message>
        <source>Ensemble des logements</source>
        <extracomment>how a person would rather look at it: &quot;bar&quot;, &quot;pie&quot; or &quot;&quot; (a table is enough) the service&apos;s PSSP/PCS objectives, each with its indicators (in the set order)</extracomment>
        <translation>Alle woningen</translation>
    </message>
    <message>
        <source>PSSP (plan stratégique de sécurité et de prévention)</source>
        <translation>PSSP (strategisch veiligheids- en preventieplan)</translation>
    </message>
    <message>
        <source>PCS (plan de cohésion sociale)</source>
        <translation>PCS (plan voor sociale cohesie)</translation>
    </message>
    <message>
        <source>Occupation des logements d&apos;urgence</source>
        <extracomment>the occupancy table is built apart from the specs (a place, not people)</extracomment>
        <translation>Bezetting van de noodwoningen</translation>
    </message>
    <message>
        <source>{programme} — {code} : {title}</source>
        <extracomment>codes of the catalogue, in the order they were attached</extracomment>
        <translation>{programme} — {code}: {title}</translation>
    </message>
    <message>
        <source>Choisissez le programme du financeur (PSSP ou PCS).</source>
        <translation>Kies het programma van de financier (PSSP of PCS).</translation>
    </message>
    <message>
        <source>Indiquez le code de l&apos;objectif tel que le financeur l&apos;écrit (ex. « OS 1.2 »).</source>
        <translation>Geef de code van de doelstelling zoals de financier ze schrijft (bv. “OS 1.2”).</translation>
    </message>
    <message>
        <source>Le code est trop long (20 caractères au plus).</source>
        <translation>De code is te lang (maximaal 20 tekens).</translation>
    </message>
    <message>
        <source>Donnez un intitulé à l&apos;objectif.</source>
        <translation>Geef de doelstelling een naam.</translation>
    </message>
    <message>
        <source>Cet objectif n&apos;existe plus.</source>
        <translation>Deze doelstelling bestaat niet meer.</translation>
    </message>
    <message>
        <source>Un objectif {programme} porte déjà le code « {code} ».</source>
        <translation>Een {programme}-doelstelling heeft al de code “{code}”.</translation>
    </message>
    <message>
        <source>Indicateur inconnu : {codes}.</source>
        <translation>Onbekende indicator: {codes}.</translation>
    </message>
    <message>
        <source>Mois occupés sur mois de disponibilité du logement pendant la période (une période en cours s&apos;arrête à aujourd&apos;hui). </source>
        <translation>Bezette maanden op maanden dat de woning beschikbaar was tijdens de periode (een lopende periode stopt vandaag). </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Comparée à</source>
        <translation>Vergeleken met</translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Évolution</source>
        <extracomment>a column of occupancy (« 15,5 mois sur 24 », bold in the total row)</extracomment>
        <translation>Evolutie</translation>
    </message>
    <message>
        <source>Aucun indicateur attaché</source>
        <translation>Geen indicator gekoppeld</translation>
    </message>
    <message>
        <source>{cases} dossiers, {people} personnes, {followups} suivis, {users} comptes, {slots} emplacements de clé ; SQLCipher {version}.</source>
        <extracomment>byte lengths inside a slot: salt, GCM nonce, wrapped 32-byte key + 16-byte tag</extracomment>
        <translation>{cases} dossiers, {people} personen, {followups} opvolgingen, {users} accounts, {slots} sleutelslots; SQLCipher {version}.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé : {n} problème(s) détecté(s) par les contrôles d&apos;intégrité des pages chiffrées.</source>
        <translation>Het kluisbestand is beschadigd: {n} probleem/problemen gevonden door de integriteitscontroles van de versleutelde pagina&apos;s.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé : une partie des données ne peut plus être lue ni déchiffrée.</source>
        <translation>Het kluisbestand is beschadigd: een deel van de gegevens kan niet meer worden gelezen of ontsleuteld.</translation>
    </message>
    <message>
        <source>Le trousseau de clés (keyring.json) est illisible.</source>
        <translation>De sleutelbos (keyring.json) is onleesbaar.</translation>
    </message>
    <message>
        <source>Le trousseau de clés (keyring.json) a un format inconnu.</source>
        <translation>De sleutelbos (keyring.json) heeft een onbekend formaat.</translation>
    </message>
    <message>
        <source>Le trousseau de clés ne contient pas d&apos;identifiant de coffre valide.</source>
        <translation>De sleutelbos bevat geen geldige kluis-id.</translation>
    </message>
    <message>
        <source>Le trousseau de clés ne contient aucun emplacement de clé.</source>
        <translation>De sleutelbos bevat geen enkel sleutelslot.</translation>
    </message>
    <message>
        <source>Un emplacement du trousseau de clés est incomplet ou illisible.</source>
        <translation>Een slot van de sleutelbos is onvolledig of onleesbaar.</translation>
    </message>
    <message>
        <source>Le trousseau de clés doit contenir exactement un code de récupération (il en contient {n}).</source>
        <translation>De sleutelbos moet precies één herstelcode bevatten (hij bevat er {n}).</translation>
    </message>
    <message>
        <source>Deux emplacements du trousseau de clés portent le même identifiant.</source>
        <translation>Twee slots van de sleutelbos hebben dezelfde id.</translation>
    </message>
    <message>
        <source>Un emplacement du trousseau de clés utilise une protection inférieure au minimum.</source>
        <translation>Een slot van de sleutelbos gebruikt een beveiliging onder het minimum.</translation>
    </message>
    <message>
        <source>Le trousseau de clés n&apos;appartient pas à ce coffre (identifiant différent).</source>
        <translation>De sleutelbos hoort niet bij deze kluis (andere id).</translation>
    </message>
    <message>
        <source>{n} compte(s) actif(s) n&apos;ont pas d&apos;emplacement de clé correspondant.</source>
        <translation>{n} actieve account(s) hebben geen bijbehorend sleutelslot.</translation>
    </message>
    <message>
        <source>Plusieurs emplacements de clé concernent le même compte.</source>
        <translation>Meerdere sleutelslots horen bij dezelfde account.</translation>
    </message>
    <message>
        <source>{n} emplacement(s) de clé du trousseau ne correspondent à aucun compte.</source>
        <translation>{n} sleutelslot(s) van de sleutelbos horen bij geen enkele account.</translation>
    </message>
    <message>
        <source>Prise en charge</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation>Zonder gevolg</translation>
    </message>
    <message>
        <source>Sans accord — {reason}</source>
        <translation>Zonder toestemming — {reason}</translation>
    </message>
    <message>
        <source>Accord de partage enregistré</source>
        <translation>Toestemming om te delen geregistreerd</translation>
    </message>
    <message>
        <source>Remis à la personne</source>
        <translation>Aan de persoon overhandigd</translation>
    </message>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Dit document bestaat niet meer.</translation>
    </message>
    <message>
        <source>Seule une orientation a une suite.</source>
        <extracomment>what may happen to an issued document&apos;s bytes outside the vault</extracomment>
        <translation>Alleen een doorverwijzing krijgt een gevolg.</translation>
    </message>
    <message>
        <source>La suite ne peut pas précéder la date du courrier.</source>
        <translation>Het gevolg kan niet vóór de datum van de brief liggen.</translation>
    </message>
    <message>
        <source>la personne concernée</source>
        <translation>de betrokken persoon</translation>
    </message>
    <message>
        <source>1 an</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>{n} ans</source>
        <translation>{n} jaar</translation>
    </message>
    <message>
        <source>Aucune victime principale dans le dossier.</source>
        <translation>Geen hoofdslachtoffer in het dossier.</translation>
    </message>
    <message>
        <source>(nom masqué à la demande de la personne)</source>
        <translation>(naam verborgen op verzoek van de persoon)</translation>
    </message>
    <message>
        <source>Date de naissance non notée.</source>
        <translation>Geboortedatum niet genoteerd.</translation>
    </message>
    <message>
        <source>Numéro non noté.</source>
        <translation>Nummer niet genoteerd.</translation>
    </message>
    <message>
        <source>Langues non notées.</source>
        <translation>Talen niet genoteerd.</translation>
    </message>
    <message>
        <source>Aucun numéro sûr noté : le numéro ordinaire n&apos;est jamais imprimé.</source>
        <translation>Geen veilig nummer genoteerd: het gewone nummer wordt nooit afgedrukt.</translation>
    </message>
    <message>
        <source>à appeler : {times}</source>
        <translation>bellen: {times}</translation>
    </message>
    <message>
        <source>ne pas laisser de message</source>
        <translation>geen bericht achterlaten</translation>
    </message>
    <message>
        <source>ne laisser un message qu&apos;après accord</source>
        <translation>alleen een bericht achterlaten na toestemming</translation>
    </message>
    <message>
        <source>Adresse non notée.</source>
        <translation>Adres niet genoteerd.</translation>
    </message>
    <message>
        <source>La personne masque son identité : son adresse n&apos;est pas imprimée.</source>
        <translation>De persoon verbergt haar identiteit: haar adres wordt niet afgedrukt.</translation>
    </message>
    <message>
        <source>Le courrier à cette adresse n&apos;est pas noté comme sûr (règles de contact).</source>
        <translation>Post naar dit adres is niet als veilig genoteerd (contactregels).</translation>
    </message>
    <message>
        <source>Aucun résumé de situation noté.</source>
        <translation>Geen samenvatting van de situatie genoteerd.</translation>
    </message>
    <message>
        <source>Aucun type de violence noté.</source>
        <translation>Geen soort geweld genoteerd.</translation>
    </message>
    <message>
        <source>premiers faits : {d}</source>
        <translation>eerste feiten: {d}</translation>
    </message>
    <message>
        <source>derniers faits : {d}</source>
        <translation>laatste feiten: {d}</translation>
    </message>
    <message>
        <source>Enfants exposés aux violences.</source>
        <translation>Kinderen blootgesteld aan het geweld.</translation>
    </message>
    <message>
        <source>Aucun enfant noté dans le dossier.</source>
        <translation>Geen kind genoteerd in het dossier.</translation>
    </message>
    <message>
        <source>un enfant</source>
        <translation>een kind</translation>
    </message>
    <message>
        <source>exposés aux violences</source>
        <translation>blootgesteld aan het geweld</translation>
    </message>
    <message>
        <source>Aucune plainte notée.</source>
        <translation>Geen klacht genoteerd.</translation>
    </message>
    <message>
        <source>déposée le {d}</source>
        <translation>ingediend op {d}</translation>
    </message>
    <message>
        <source>, PV n° {pv}</source>
        <translation>, pv nr. {pv}</translation>
    </message>
    <message>
        <source>interdiction temporaire de résidence ordonnée le {start}, jusqu&apos;au {end}</source>
        <translation>tijdelijk huisverbod opgelegd op {start}, tot {end}</translation>
    </message>
    <message>
        <source>requête au tribunal de la famille le {d}</source>
        <translation>verzoekschrift bij de familierechtbank op {d}</translation>
    </message>
    <message>
        <source>, audience le {d}</source>
        <translation>, zitting op {d}</translation>
    </message>
    <message>
        <source>Aucune mesure de protection notée.</source>
        <translation>Geen beschermingsmaatregel genoteerd.</translation>
    </message>
    <message>
        <source>Aucune évaluation du risque.</source>
        <translation>Geen risico-inschatting.</translation>
    </message>
    <message>
        <source>(évalué le {d})</source>
        <translation>(ingeschat op {d})</translation>
    </message>
    <message>
        <source>Aucun auteur présumé noté.</source>
        <translation>Geen vermoedelijke pleger genoteerd.</translation>
    </message>
    <message>
        <source>vit avec la personne</source>
        <translation>woont samen met de persoon</translation>
    </message>
    <message>
        <source>ne vit pas avec la personne</source>
        <translation>woont niet samen met de persoon</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Numéro de registre national</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Langue(s) parlée(s)</source>
        <translation>Gesproken taal/talen</translation>
    </message>
    <message>
        <source>Téléphone sûr</source>
        <translation>Veilig telefoonnummer</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Suivi par notre service depuis le</source>
        <translation>Door onze dienst gevolgd sinds</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Violences rapportées</source>
        <translation>Gemelde geweldsvormen</translation>
    </message>
    <message>
        <source>Lien avec l&apos;auteur présumé</source>
        <translation>Band met de vermoedelijke pleger</translation>
    </message>
    <message>
        <source>Plainte</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Mesures de protection</source>
        <translation>Beschermingsmaatregelen</translation>
    </message>
    <message>
        <source>Niveau de risque évalué</source>
        <translation>Ingeschat risiconiveau</translation>
    </message>
    <message>
        <source>Madame,</source>
        <extracomment>the language the document is written (and drawn) in; &quot;&quot;: the screen&apos;s the template had no text in that language: its body is the French one</extracomment>
        <translation>Geachte mevrouw,</translation>
    </message>
    <message>
        <source>Monsieur,</source>
        <translation>Geachte heer,</translation>
    </message>
    <message>
        <source>une prise en charge par votre service</source>
        <translation>een tenlasteneming door uw dienst</translation>
    </message>
    <message>
        <source>une concertation sur sa situation</source>
        <translation>overleg over haar of zijn situatie</translation>
    </message>
    <message>
        <source>l&apos;établissement d&apos;une attestation</source>
        <translation>het opstellen van een attest</translation>
    </message>
    <message>
        <source>des démarches juridiques ou judiciaires</source>
        <translation>juridische of gerechtelijke stappen</translation>
    </message>
    <message>
        <source>une solution d&apos;hébergement ou de logement</source>
        <translation>een oplossing voor opvang of huisvesting</translation>
    </message>
    <message>
        <source>un accompagnement par votre service</source>
        <translation>begeleiding door uw dienst</translation>
    </message>
    <message>
        <source>Information inconnue : {code}.</source>
        <translation>Onbekend gegeven: {code}.</translation>
    </message>
    <message>
        <source>« {label} » ne peut pas être inclus : {why}</source>
        <translation>“{label}” kan niet worden opgenomen: {why}</translation>
    </message>
    <message>
        <source>Cette personne de contact n&apos;existe plus.</source>
        <translation>Deze contactpersoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cette organisation est inactive dans le répertoire.</source>
        <translation>Deze organisatie is inactief in de adreslijst.</translation>
    </message>
    <message>
        <source>Pour passer outre, indiquez pourquoi (au moins {n} caractères) : la raison sera enregistrée avec le courrier.</source>
        <translation>Om dit toch te doen, geef de reden op (minstens {n} tekens): de reden wordt samen met de brief opgeslagen.</translation>
    </message>
    <message>
        <source>À l&apos;attention de {who}</source>
        <translation>Ter attentie van {who}</translation>
    </message>
    <message>
        <source>Informations transmises avec l&apos;accord de la personne</source>
        <translation>Gegevens doorgegeven met toestemming van de persoon</translation>
    </message>
    <message>
        <source>Informations transmises</source>
        <translation>Doorgegeven gegevens</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas de victime principale.</source>
        <translation>Dit dossier heeft geen hoofdslachtoffer.</translation>
    </message>
    <message>
        <source>La date de naissance n&apos;est pas notée.</source>
        <translation>De geboortedatum is niet genoteerd.</translation>
    </message>
    <message>
        <source>, né{e} le {date},</source>
        <translation>, geboren op {date},</translation>
    </message>
    <message>
        <source>À qui de droit</source>
        <translation>Aan wie het aanbelangt</translation>
    </message>
    <message>
        <source>Fait à {place}</source>
        <translation>Opgemaakt te {place}</translation>
    </message>
    <message>
        <source>Numéro de téléphone non reconnu (chiffres, espaces, + . / - uniquement).</source>
        <extracomment>the language letters to this organisation are written in (app.i18n.LANGUAGES)</extracomment>
        <translation>Telefoonnummer niet herkend (alleen cijfers, spaties, + . / -).</translation>
    </message>
    <message>
        <source>Adresse e-mail non reconnue.</source>
        <translation>E-mailadres niet herkend.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Rue</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Contact n° {n}, nom</source>
        <translation>Contact nr. {n}, naam</translation>
    </message>
    <message>
        <source>Contact n° {n}, fonction</source>
        <translation>Contact nr. {n}, functie</translation>
    </message>
    <message>
        <source>Contact n° {n}, téléphone</source>
        <translation>Contact nr. {n}, telefoon</translation>
    </message>
    <message>
        <source>Contact n° {n}, e-mail</source>
        <translation>Contact nr. {n}, e-mail</translation>
    </message>
    <message>
        <source>Contact n° {n}, notes</source>
        <translation>Contact nr. {n}, notities</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;organisation.</source>
        <translation>Geef de naam van de organisatie op.</translation>
    </message>
    <message>
        <source>Le nom est trop long (200 caractères au plus).</source>
        <translation>De naam is te lang (maximaal 200 tekens).</translation>
    </message>
    <message>
        <source>Choisissez le secteur.</source>
        <translation>Kies de sector.</translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue.</source>
        <translation>Het adres is te lang.</translation>
    </message>
    <message>
        <source>Contact n° {n} : indiquez son nom.</source>
        <translation>Contact nr. {n}: geef de naam op.</translation>
    </message>
    <message>
        <source>Contact n° {n} : {message}</source>
        <translation>Contact nr. {n}: {message}</translation>
    </message>
    <message>
        <source>Toutes les communes</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>guillemet ouvert mais jamais fermé.</source>
        <translation>aanhalingsteken geopend maar nooit gesloten.</translation>
    </message>
    <message>
        <source>une cellule dépasse {n} caractères.</source>
        <translation>een cel is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>ligne illisible ({error}).</source>
        <translation>onleesbare regel ({error}).</translation>
    </message>
    <message>
        <source>contact « {text} » : quatre parties au plus (nom | fonction | tél. | e-mail).</source>
        <translation>contact “{text}”: maximaal vier delen (naam | functie | tel. | e-mail).</translation>
    </message>
    <message>
        <source>colonne « actif » : écrivez oui ou non.</source>
        <translation>kolom “actif”: schrijf oui of non.</translation>
    </message>
    <message>
        <source>colonne « langue » : écrivez fr, nl, de ou en (« {value} » est inconnu).</source>
        <extracomment>what a ``langue`` cell may say, folded: the code or the language&apos;s name (in French or in itself)</extracomment>
        <translation>kolom “langue”: schrijf fr, nl, de of en (“{value}” is onbekend).</translation>
    </message>
    <message>
        <source>secteur « {sector} » inconnu.</source>
        <translation>onbekende sector “{sector}”.</translation>
    </message>
    <message>
        <source>le secteur manque.</source>
        <translation>de sector ontbreekt.</translation>
    </message>
    <message>
        <source>commune « {name} » inconnue.</source>
        <translation>onbekende gemeente “{name}”.</translation>
    </message>
    <message>
        <source>Ce fichier est trop gros pour un répertoire (5 Mo au plus).</source>
        <translation>Dit bestand is te groot voor een adreslijst (maximaal 5 MB).</translation>
    </message>
    <message>
        <source>Ce fichier est vide.</source>
        <translation>Dit bestand is leeg.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un CSV lisible.</source>
        <translation>Dit bestand is geen leesbaar csv-bestand.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes ; il manque : {missing}. Partez d&apos;un fichier exporté par Balise.</source>
        <translation>De eerste regel moet de kolommen benoemen; er ontbreekt: {missing}. Vertrek van een bestand dat door Balise is geëxporteerd.</translation>
    </message>
    <message>
        <source>plus de cellules que de colonnes.</source>
        <translation>meer cellen dan kolommen.</translation>
    </message>
    <message>
        <source>(lignes {first} à {last} du fichier)</source>
        <translation>(regels {first} tot {last} van het bestand)</translation>
    </message>
    <message>
        <source>déjà présente à la ligne {n} du fichier.</source>
        <translation>al aanwezig op regel {n} van het bestand.</translation>
    </message>
    <message>
        <source>Très faible</source>
        <extracomment>the estimate must reach 10^10 guesses (zxcvbn&apos;s top score). Behind Argon2id at 64 MiB or more, that is years of work for an offline attacker with one GPU; a word, a year and a sign (``Soleil2024!!``, about 10^8) is a day or so. the meter&apos;s steps, in log10 of the estimated guesses: Faible, Insuffisante, Bonne (the minimum accepted), Très bonne the meter&apos;s score from which a passphrase is accepted zxcvbn refuses longer input; the first 72 characters decide the estimate.</extracomment>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Insuffisante</source>
        <translation>Onvoldoende</translation>
    </message>
    <message>
        <source>Bonne</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Très bonne</source>
        <translation>Zeer goed</translation>
    </message>
    <message>
        <source>Vide</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <source>Trop courte</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <source>Trop courante</source>
        <translation>Te gangbaar</translation>
    </message>
    <message>
        <source>La phrase de passe doit compter au moins {n} caractères (elle en a {m}). Une courte phrase facile à retenir convient bien.</source>
        <translation>De wachtzin moet minstens {n} tekens tellen (hij heeft er {m}). Een korte zin die makkelijk te onthouden is, volstaat.</translation>
    </message>
    <message>
        <source>La phrase de passe ne peut pas commencer ni finir par une espace.</source>
        <translation>De wachtzin mag niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>Cette phrase de passe fait partie des mots de passe les plus courants : choisissez-en une autre, par exemple quelques mots sans lien entre eux.</source>
        <translation>Deze wachtzin hoort bij de meest gebruikte wachtwoorden: kies een andere, bijvoorbeeld een paar woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <source>Cette phrase de passe serait vite devinée (mot courant, prénom, nom de lieu, date, suite de touches…). Ajoutez un ou deux mots sans lien entre eux.</source>
        <translation>Deze wachtzin zou snel geraden worden (gangbaar woord, voornaam, plaatsnaam, datum, reeks toetsen…). Voeg een of twee woorden toe die er niets mee te maken hebben.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Documents à emporter ou à copier</source>
        <translation>Mee te nemen of te kopiëren documenten</translation>
    </message>
    <message>
        <source>Indispensables</source>
        <translation>Onmisbaar</translation>
    </message>
    <message>
        <source>Enfants et animaux</source>
        <translation>Kinderen en dieren</translation>
    </message>
    <message>
        <source>Contacts et mot de passe</source>
        <translation>Contacten en wachtwoord</translation>
    </message>
    <message>
        <source>Destination et transport</source>
        <translation>Bestemming en vervoer</translation>
    </message>
    <message>
        <source>Carte d&apos;identité, titre de séjour, passeports</source>
        <translation>Identiteitskaart, verblijfstitel, paspoorten</translation>
    </message>
    <message>
        <source>Actes de naissance et de mariage</source>
        <translation>Geboorte- en huwelijksakten</translation>
    </message>
    <message>
        <source>Bail ou titre de propriété</source>
        <translation>Huurcontract of eigendomsbewijs</translation>
    </message>
    <message>
        <source>Documents bancaires, fiches de paie, allocations</source>
        <translation>Bankdocumenten, loonfiches, uitkeringen</translation>
    </message>
    <message>
        <source>Assurances et mutuelle</source>
        <translation>Verzekeringen en ziekenfonds</translation>
    </message>
    <message>
        <source>Certificats médicaux</source>
        <translation>Medische attesten</translation>
    </message>
    <message>
        <source>Copies des procès-verbaux de police</source>
        <translation>Kopieën van de politie-pv&apos;s</translation>
    </message>
    <message>
        <source>Décisions de justice</source>
        <translation>Gerechtelijke beslissingen</translation>
    </message>
    <message>
        <source>Diplômes</source>
        <translation>Diploma&apos;s</translation>
    </message>
    <message>
        <source>Carnets de santé et documents scolaires des enfants</source>
        <translation>Gezondheidsboekjes en schooldocumenten van de kinderen</translation>
    </message>
    <message>
        <source>Clés (logement, voiture)</source>
        <translation>Sleutels (woning, auto)</translation>
    </message>
    <message>
        <source>Argent liquide</source>
        <translation>Contant geld</translation>
    </message>
    <message>
        <source>Cartes bancaires</source>
        <translation>Bankkaarten</translation>
    </message>
    <message>
        <source>Médicaments et ordonnances</source>
        <translation>Geneesmiddelen en voorschriften</translation>
    </message>
    <message>
        <source>Téléphone et chargeur</source>
        <translation>Telefoon en oplader</translation>
    </message>
    <message>
        <source>Sac d&apos;urgence prêt et caché</source>
        <translation>Noodtas klaar en verborgen</translation>
    </message>
    <message>
        <source>Vêtements des enfants</source>
        <translation>Kleren van de kinderen</translation>
    </message>
    <message>
        <source>Doudou ou jouet préféré</source>
        <translation>Knuffel of lievelingsspeelgoed</translation>
    </message>
    <message>
        <source>École ou crèche prévenue (personnes autorisées)</source>
        <translation>School of kinderopvang verwittigd (wie de kinderen mag ophalen)</translation>
    </message>
    <message>
        <source>Animaux : solution d&apos;accueil prévue</source>
        <translation>Dieren: opvang geregeld</translation>
    </message>
    <message>
        <source>Personne de confiance prévenue</source>
        <translation>Vertrouwenspersoon verwittigd</translation>
    </message>
    <message>
        <source>Mot de passe convenu avec elle</source>
        <translation>Wachtwoord met die persoon afgesproken</translation>
    </message>
    <message>
        <source>Voisin·e·s prévenu·e·s</source>
        <translation>Buren verwittigd</translation>
    </message>
    <message>
        <source>Numéros d&apos;urgence appris par cœur (112, 101, 0800 30 030)</source>
        <translation>Noodnummers uit het hoofd geleerd (112, 101, 0800 30 030)</translation>
    </message>
    <message>
        <source>Situations déclenchantes repérées</source>
        <translation>Uitlokkende situaties herkend</translation>
    </message>
    <message>
        <source>Lieu d&apos;accueil confirmé</source>
        <translation>Opvangplaats bevestigd</translation>
    </message>
    <message>
        <source>Transport organisé</source>
        <translation>Vervoer geregeld</translation>
    </message>
    <message>
        <source>Moment et trajet sûrs choisis</source>
        <translation>Veilig moment en veilige route gekozen</translation>
    </message>
    <message>
        <source>Cette date ne peut pas être dans le futur.</source>
        <extracomment>the sentence when the record was deleted meanwhile</extracomment>
        <translation>Deze datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Ce membre de l&apos;équipe n&apos;existe plus.</source>
        <translation>Dit teamlid bestaat niet meer.</translation>
    </message>
    <message>
        <source>Ce partenaire n&apos;existe plus dans le répertoire.</source>
        <translation>Deze partner bestaat niet meer in de adreslijst.</translation>
    </message>
    <message>
        <source>La date de la plainte ne peut pas être future.</source>
        <translation>De datum van de klacht kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Cochez « accompagnée » pour indiquer par qui.</source>
        <translation>Vink “begeleid” aan om aan te geven door wie.</translation>
    </message>
    <message>
        <source>Cochez « certificat médical » pour en donner la date.</source>
        <translation>Vink “medisch attest” aan om de datum ervan in te vullen.</translation>
    </message>
    <message>
        <source>Indiquez la zone de police ou le commissariat.</source>
        <translation>Geef de politiezone of het politiekantoor op.</translation>
    </message>
    <message>
        <source>Cette plainte n&apos;existe plus.</source>
        <translation>Deze klacht bestaat niet meer.</translation>
    </message>
    <message>
        <source>La plainte ne peut pas être postérieure à son premier changement de statut ({date}).</source>
        <translation>De klacht kan niet later liggen dan haar eerste statuswijziging ({date}).</translation>
    </message>
    <message>
        <source>Le changement de statut ne peut pas précéder le dépôt de la plainte ({date}).</source>
        <translation>De statuswijziging kan niet vóór het indienen van de klacht liggen ({date}).</translation>
    </message>
    <message>
        <source>Le statut a déjà changé le {date} : la nouvelle date doit être postérieure.</source>
        <translation>De status is al gewijzigd op {date}: de nieuwe datum moet later liggen.</translation>
    </message>
    <message>
        <source>La plainte a déjà le statut « {status} ».</source>
        <translation>De klacht heeft al de status “{status}”.</translation>
    </message>
    <message>
        <source>Fin de l&apos;interdiction</source>
        <extracomment>a deadline this close is shown as « bientôt »</extracomment>
        <translation>Einde van het huisverbod</translation>
    </message>
    <message>
        <source>Audience du juge de paix</source>
        <translation>Zitting bij de vrederechter</translation>
    </message>
    <message>
        <source>Audience au tribunal de la famille</source>
        <translation>Zitting bij de familierechtbank</translation>
    </message>
    <message>
        <source>Démarche à terminer</source>
        <translation>Af te ronden stap</translation>
    </message>
    <message>
        <source>Départ prévu</source>
        <translation>Gepland vertrek</translation>
    </message>
    <message>
        <source>notez la prolongation ou la fin de l&apos;interdiction</source>
        <translation>noteer de verlenging of het einde van het huisverbod</translation>
    </message>
    <message>
        <source>notez l&apos;issue de l&apos;audience</source>
        <translation>noteer de afloop van de zitting</translation>
    </message>
    <message>
        <source>notez la décision ou la nouvelle date</source>
        <translation>noteer de beslissing of de nieuwe datum</translation>
    </message>
    <message>
        <source>mettez la démarche à jour</source>
        <translation>werk de stap bij</translation>
    </message>
    <message>
        <source>mettez le plan de départ à jour</source>
        <translation>werk het vertrekplan bij</translation>
    </message>
    <message>
        <source>interdiction de résidence prolongée le {date}</source>
        <translation>huisverbod verlengd op {date}</translation>
    </message>
    <message>
        <source>interdiction de résidence ordonnée le {date} (10 jours)</source>
        <translation>huisverbod bevolen op {date} (10 dagen)</translation>
    </message>
    <message>
        <source>interdiction de résidence, fin actuelle le {date}</source>
        <translation>huisverbod, huidig einde op {date}</translation>
    </message>
    <message>
        <source>requête du {date}</source>
        <translation>verzoekschrift van {date}</translation>
    </message>
    <message>
        <source>{label} (bloquée)</source>
        <translation>{label} (geblokkeerd)</translation>
    </message>
    <message>
        <source>plan {status}</source>
        <translation>plan {status}</translation>
    </message>
    <message>
        <source>Élément de liste inconnu.</source>
        <extracomment>the free-text fields of a plan, copied to a new version an emergency-housing stay of the case, when the destination is the apartment the worker confirmed « prêt » although documents are missing</extracomment>
        <translation>Onbekend lijstelement.</translation>
    </message>
    <message>
        <source>Indiquez la date à laquelle le départ a eu lieu.</source>
        <translation>Geef de datum op waarop het vertrek plaatsvond.</translation>
    </message>
    <message>
        <source>Le départ ne peut pas être daté dans le futur.</source>
        <translation>Het vertrek kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>La date de départ effectif ne se remplit que pour un plan « réalisé ».</source>
        <translation>De datum van het werkelijke vertrek wordt alleen ingevuld voor een “uitgevoerd” plan.</translation>
    </message>
    <message>
        <source>{n} document(s) de la liste ne sont pas encore cochés. Marquer le plan « prêt » quand même ?</source>
        <translation>{n} document(en) van de lijst zijn nog niet aangevinkt. Het plan toch als “klaar” markeren?</translation>
    </message>
    <message>
        <source>Un séjour ne se choisit que pour la destination « Appartement d&apos;urgence ».</source>
        <translation>Een verblijf kan alleen worden gekozen voor de bestemming “Noodappartement”.</translation>
    </message>
    <message>
        <source>Ce séjour n&apos;existe plus dans ce dossier.</source>
        <translation>Dit verblijf bestaat niet meer in dit dossier.</translation>
    </message>
    <message>
        <source>Ce plan de départ n&apos;existe plus.</source>
        <translation>Dit vertrekplan bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cette version du plan est archivée : seule la version en cours se modifie.</source>
        <translation>Deze versie van het plan is gearchiveerd: alleen de huidige versie kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>Version {n} — {status}</source>
        <translation>Versie {n} — {status}</translation>
    </message>
    <message>
        <source> le {date}</source>
        <translation> op {date}</translation>
    </message>
    <message>
        <source>, prévu le {date}</source>
        <translation>, gepland op {date}</translation>
    </message>
    <message>
        <source>La date de l&apos;ordonnance ne peut pas être future.</source>
        <translation>De datum van het bevel kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>La date de notification ne peut pas être future.</source>
        <translation>De datum van de betekening kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>La notification ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>De betekening kan niet vóór het bevel liggen ({date}).</translation>
    </message>
    <message>
        <source>L&apos;audience ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>De zitting kan niet vóór het bevel liggen ({date}).</translation>
    </message>
    <message>
        <source>Cette interdiction n&apos;existe plus.</source>
        <translation>Dit huisverbod bestaat niet meer.</translation>
    </message>
    <message>
        <source>La décision du juge de paix ne peut pas précéder l&apos;ordonnance ({date}).</source>
        <translation>De beslissing van de vrederechter kan niet vóór het bevel liggen ({date}).</translation>
    </message>
    <message>
        <source>Une prolongation doit finir après le {date} (fin des 10 jours).</source>
        <translation>Een verlenging moet na {date} eindigen (einde van de 10 dagen).</translation>
    </message>
    <message>
        <source>Le juge de paix peut prolonger l&apos;interdiction jusqu&apos;à trois mois après l&apos;ordonnance : au plus tard le {date}.</source>
        <translation>De vrederechter kan het huisverbod verlengen tot drie maanden na het bevel: uiterlijk op {date}.</translation>
    </message>
    <message>
        <source>La décision du juge de paix ne peut pas être future.</source>
        <translation>De beslissing van de vrederechter kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Écrivez la note.</source>
        <translation>Schrijf de notitie.</translation>
    </message>
    <message>
        <source>La date de la requête ne peut pas être future.</source>
        <translation>De datum van het verzoekschrift kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>L&apos;audience ne peut pas précéder la requête ({date}).</source>
        <translation>De zitting kan niet vóór het verzoekschrift liggen ({date}).</translation>
    </message>
    <message>
        <source>La date de décision ne peut pas être future.</source>
        <translation>De datum van de beslissing kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>La décision ne peut pas précéder la requête ({date}).</source>
        <translation>De beslissing kan niet vóór het verzoekschrift liggen ({date}).</translation>
    </message>
    <message>
        <source>Indiquez la date de la décision.</source>
        <translation>Geef de datum van de beslissing op.</translation>
    </message>
    <message>
        <source>Cette procédure n&apos;existe plus.</source>
        <translation>Deze procedure bestaat niet meer.</translation>
    </message>
    <message>
        <source>La décision ne peut pas précéder l&apos;introduction du dossier.</source>
        <translation>De beslissing kan niet vóór de indiening van het dossier liggen.</translation>
    </message>
    <message>
        <source>Indiquez quand le dossier a été introduit.</source>
        <translation>Geef aan wanneer het dossier is ingediend.</translation>
    </message>
    <message>
        <source>Choisissez la décision prise à cette date.</source>
        <translation>Kies de beslissing die op die datum is genomen.</translation>
    </message>
    <message>
        <source>Ce dossier de séjour n&apos;existe plus.</source>
        <translation>Dit verblijfsdossier bestaat niet meer.</translation>
    </message>
    <message>
        <source>Donnez un intitulé à la démarche.</source>
        <translation>Geef de stap een naam.</translation>
    </message>
    <message>
        <source>L&apos;intitulé est trop long (200 caractères au plus).</source>
        <translation>De naam is te lang (maximaal 200 tekens).</translation>
    </message>
    <message>
        <source>Une démarche porte déjà cet intitulé dans le catalogue.</source>
        <translation>Er staat al een stap met deze naam in de catalogus.</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;existe pas au catalogue.</source>
        <translation>Deze stap bestaat niet in de catalogus.</translation>
    </message>
    <message>
        <source>Choisissez une démarche du catalogue.</source>
        <translation>Kies een stap uit de catalogus.</translation>
    </message>
    <message>
        <source>Cette démarche figure déjà dans le dossier : modifiez-la plutôt.</source>
        <translation>Deze stap staat al in het dossier: wijzig hem liever.</translation>
    </message>
    <message>
        <source>Ensemble « {name} »</source>
        <translation>Pakket “{name}”</translation>
    </message>
    <message>
        <source>Cette démarche n&apos;existe plus.</source>
        <translation>Deze stap bestaat niet meer.</translation>
    </message>
    <message>
        <source>Aucune plainte enregistrée</source>
        <translation>Geen klacht geregistreerd</translation>
    </message>
    <message>
        <source>{status} depuis le {date}</source>
        <translation>{status} sinds {date}</translation>
    </message>
    <message>
        <source> · PV {pv}</source>
        <translation> · pv {pv}</translation>
    </message>
    <message>
        <source>{n} plaintes — la dernière : {text}</source>
        <translation>{n} klachten — de laatste: {text}</translation>
    </message>
    <message>
        <source>Interdiction de résidence jusqu&apos;au {date}</source>
        <translation>Huisverbod tot {date}</translation>
    </message>
    <message>
        <source>Interdiction de résidence terminée le {date}</source>
        <translation>Huisverbod beëindigd op {date}</translation>
    </message>
    <message>
        <source> (prolongée)</source>
        <translation> (verlengd)</translation>
    </message>
    <message>
        <source> · audience le {date} à {time}</source>
        <translation> · zitting op {date} om {time}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : décision du {date}</source>
        <translation>Familierechtbank: beslissing van {date}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : audience le {date}</source>
        <translation>Familierechtbank: zitting op {date}</translation>
    </message>
    <message>
        <source>Tribunal de la famille : requête du {date}</source>
        <translation>Familierechtbank: verzoekschrift van {date}</translation>
    </message>
    <message>
        <source>Séjour : {decision}</source>
        <translation>Verblijf: {decision}</translation>
    </message>
    <message>
        <source>Séjour : dossier à introduire</source>
        <translation>Verblijf: dossier in te dienen</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Bescherming</translation>
    </message>
    <message>
        <source>Aucune mesure de protection</source>
        <translation>Geen beschermingsmaatregel</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Aucune démarche</source>
        <translation>Geen stappen</translation>
    </message>
    <message>
        <source>{done} sur {total} faites</source>
        <translation>{done} van {total} gedaan</translation>
    </message>
    <message>
        <source> · {n} en retard</source>
        <translation> · {n} te laat</translation>
    </message>
    <message>
        <source> · {n} bloquée(s)</source>
        <translation> · {n} geblokkeerd</translation>
    </message>
    <message>
        <source>Plan de départ</source>
        <translation>Vertrekplan</translation>
    </message>
    <message>
        <source>Aucun plan de départ</source>
        <translation>Geen vertrekplan</translation>
    </message>
    <message>
        <source>{status} — {done} éléments sur {total} ({percent} %)</source>
        <translation>{status} — {done} van {total} elementen ({percent} %)</translation>
    </message>
    <message>
        <source> · départ le {date}</source>
        <translation> · vertrek op {date}</translation>
    </message>
    <message>
        <source> · départ prévu le {date}</source>
        <translation> · vertrek gepland op {date}</translation>
    </message>
    <message>
        <source> · version {n}</source>
        <translation> · versie {n}</translation>
    </message>
    <message>
        <source>Déposée</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>À l&apos;instruction</source>
        <translation>In onderzoek</translation>
    </message>
    <message>
        <source>Classée sans suite</source>
        <translation>Geseponeerd</translation>
    </message>
    <message>
        <source>Poursuites</source>
        <translation>Vervolging</translation>
    </message>
    <message>
        <source>Jugement</source>
        <translation>Vonnis</translation>
    </message>
    <message>
        <source>Mesures urgentes (audience sous ± 15 jours)</source>
        <translation>Dringende maatregelen (zitting binnen ± 15 dagen)</translation>
    </message>
    <message>
        <source>Référé (audience sous ± 2 jours)</source>
        <translation>Kort geding (zitting binnen ± 2 dagen)</translation>
    </message>
    <message>
        <source>Art. 11, § 2 (regroupement familial, pays tiers)</source>
        <translation>Art. 11, § 2 (gezinshereniging, derde landen)</translation>
    </message>
    <message>
        <source>Art. 42quater, § 4 (famille de citoyen·ne UE)</source>
        <translation>Art. 42quater, § 4 (familie van een EU-burger)</translation>
    </message>
    <message>
        <source>Autre base légale</source>
        <translation>Andere rechtsgrond</translation>
    </message>
    <message>
        <source>Séjour maintenu</source>
        <translation>Verblijf behouden</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Fait</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Sans objet</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Départ du domicile</source>
        <translation>Vertrek uit de woning</translation>
    </message>
    <message>
        <source>Victime de nationalité étrangère</source>
        <translation>Slachtoffer met buitenlandse nationaliteit</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>In voorbereiding</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <source>Appartement d&apos;urgence</source>
        <translation>Noodappartement</translation>
    </message>
    <message>
        <source>Logement personnel</source>
        <translation>Eigen woning</translation>
    </message>
    <message>
        <source>Ce dossier a déjà une victime principale.</source>
        <translation>Dit dossier heeft al een hoofdslachtoffer.</translation>
    </message>
    <message>
        <source>Cette personne n&apos;existe plus dans le dossier.</source>
        <translation>Deze persoon bestaat niet meer in het dossier.</translation>
    </message>
    <message>
        <source>La victime principale ne peut pas être retirée du dossier.</source>
        <translation>Het hoofdslachtoffer kan niet uit het dossier worden verwijderd.</translation>
    </message>
    <message>
        <source>voir la liste des dossiers, l&apos;agenda et le tableau de bord</source>
        <extracomment>action → {role: scope}; a role missing from an entry is refused. actions that concern one case: checked against the case&apos;s assignment and flag</extracomment>
        <translation>de dossierlijst, de agenda en het overzicht bekijken</translation>
    </message>
    <message>
        <source>enregistrer un nouveau dossier (accueil)</source>
        <translation>een nieuw dossier registreren (intake)</translation>
    </message>
    <message>
        <source>ouvrir un dossier</source>
        <translation>een dossier openen</translation>
    </message>
    <message>
        <source>modifier les informations générales d&apos;un dossier</source>
        <translation>de algemene gegevens van een dossier wijzigen</translation>
    </message>
    <message>
        <source>clôturer, mettre en pause ou rouvrir un dossier</source>
        <translation>een dossier afsluiten, pauzeren of heropenen</translation>
    </message>
    <message>
        <source>ouvrir un dossier confidentiel sans y être attitré·e</source>
        <translation>een vertrouwelijk dossier openen zonder eraan toegewezen te zijn</translation>
    </message>
    <message>
        <source>modifier les personnes d&apos;un dossier et le contact sûr</source>
        <translation>de personen van een dossier en het veilige contact wijzigen</translation>
    </message>
    <message>
        <source>consulter les fiches des auteurs présumés</source>
        <translation>de fiches van vermoedelijke plegers raadplegen</translation>
    </message>
    <message>
        <source>enregistrer ou modifier une fiche d&apos;auteur présumé</source>
        <translation>een fiche van een vermoedelijke pleger registreren of wijzigen</translation>
    </message>
    <message>
        <source>noter un suivi ou un rendez-vous</source>
        <translation>een opvolging of afspraak noteren</translation>
    </message>
    <message>
        <source>faire une évaluation du risque</source>
        <translation>een risico-inschatting maken</translation>
    </message>
    <message>
        <source>noter ou retirer un consentement</source>
        <translation>een toestemming noteren of intrekken</translation>
    </message>
    <message>
        <source>suivre plainte, démarches et plan de départ</source>
        <translation>klacht, stappen en vertrekplan opvolgen</translation>
    </message>
    <message>
        <source>émettre ou imprimer un courrier</source>
        <translation>een brief opmaken of afdrukken</translation>
    </message>
    <message>
        <source>exporter des données</source>
        <translation>gegevens exporteren</translation>
    </message>
    <message>
        <source>consulter le répertoire des partenaires</source>
        <translation>de adreslijst van partners raadplegen</translation>
    </message>
    <message>
        <source>modifier le répertoire des partenaires</source>
        <translation>de adreslijst van partners wijzigen</translation>
    </message>
    <message>
        <source>modifier les paramètres du coffre</source>
        <translation>de instellingen van de kluis wijzigen</translation>
    </message>
    <message>
        <source>gérer les comptes de l&apos;équipe et le code de récupération</source>
        <translation>de accounts van het team en de herstelcode beheren</translation>
    </message>
    <message>
        <source>consulter et exporter le journal d&apos;audit</source>
        <translation>het auditlogboek raadplegen en exporteren</translation>
    </message>
    <message>
        <source>consulter les statistiques</source>
        <translation>de statistieken raadplegen</translation>
    </message>
    <message>
        <source>nommer les objectifs du financeur (PSSP, PCS) et leur attacher des indicateurs</source>
        <translation>de doelstellingen van de financier (PSSP, PCS) benoemen en er indicatoren aan koppelen</translation>
    </message>
    <message>
        <source>effacer définitivement des données</source>
        <translation>gegevens definitief wissen</translation>
    </message>
    <message>
        <source>consulter l&apos;hébergement d&apos;urgence (logements, séjours, liste d&apos;attente)</source>
        <translation>de noodopvang raadplegen (woningen, verblijven, wachtlijst)</translation>
    </message>
    <message>
        <source>enregistrer un séjour ou une demande d&apos;hébergement et voir l&apos;adresse d&apos;un logement</source>
        <translation>een verblijf of opvangaanvraag registreren en het adres van een woning bekijken</translation>
    </message>
    <message>
        <source>gérer les logements d&apos;urgence (adresse, disponibilité)</source>
        <translation>de noodwoningen beheren (adres, beschikbaarheid)</translation>
    </message>
    <message>
        <source>consulter les activités collectives et les formations</source>
        <translation>de groepsactiviteiten en opleidingen raadplegen</translation>
    </message>
    <message>
        <source>organiser une activité collective et noter les présences anonymes</source>
        <translation>een groepsactiviteit organiseren en de anonieme aanwezigheden noteren</translation>
    </message>
    <message>
        <source>relier un·e participant·e d&apos;une activité à un dossier</source>
        <translation>een deelnemer aan een activiteit aan een dossier koppelen</translation>
    </message>
    <message>
        <source>Ce dossier est confidentiel : seul·es les intervenant·es attitré·es et la coordination y ont accès.</source>
        <translation>Dit dossier is vertrouwelijk: alleen de toegewezen hulpverleners en de coördinatie hebben er toegang toe.</translation>
    </message>
    <message>
        <source>Ce dossier ne vous est pas attribué. Demandez à la coordination de vous y ajouter si vous devez y travailler.</source>
        <translation>Dit dossier is niet aan u toegewezen. Vraag de coördinatie om u eraan toe te voegen als u eraan moet werken.</translation>
    </message>
    <message>
        <source>Cette fiche a été enregistrée par un·e collègue : vous ne pouvez pas y accéder.</source>
        <translation>Deze fiche is door een collega geregistreerd: u hebt er geen toegang toe.</translation>
    </message>
    <message>
        <source>Votre rôle ({role}) ne permet pas de {what}.</source>
        <translation>Uw rol ({role}) laat niet toe om {what}.</translation>
    </message>
    <message>
        <source>Urgences (ambulance, pompiers, police)</source>
        <extracomment>printed at the end of the discreet plan; the listening line is not named</extracomment>
        <translation>Noodgevallen (ziekenwagen, brandweer, politie)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Écoute gratuite et anonyme</source>
        <translation>Gratis en anonieme hulplijn</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas encore de plan de départ.</source>
        <translation>Dit dossier heeft nog geen vertrekplan.</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Où aller</source>
        <translation>Waar naartoe</translation>
    </message>
    <message>
        <source>Comment y aller</source>
        <translation>Hoe erheen</translation>
    </message>
    <message>
        <source>Personne de confiance</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Mot convenu</source>
        <translation>Afgesproken woord</translation>
    </message>
    <message>
        <source>Où est mon sac</source>
        <translation>Waar mijn tas is</translation>
    </message>
    <message>
        <source>Signes qui doivent m&apos;alerter</source>
        <translation>Signalen die me moeten waarschuwen</translation>
    </message>
    <message>
        <source>Mon départ</source>
        <translation>Mijn vertrek</translation>
    </message>
    <message>
        <source>À compléter ensemble.</source>
        <translation>Samen in te vullen.</translation>
    </message>
    <message>
        <source>Mes personnes relais</source>
        <translation>Mijn steunpersonen</translation>
    </message>
    <message>
        <source>À compléter.</source>
        <translation>In te vullen.</translation>
    </message>
    <message>
        <source>À garder en tête</source>
        <translation>Om te onthouden</translation>
    </message>
    <message>
        <source>Numéros utiles</source>
        <translation>Nuttige nummers</translation>
    </message>
    <message>
        <source>Aide-mémoire</source>
        <translation>Geheugensteun</translation>
    </message>
    <message>
        <source>Le résumé pour la personne est établi par le ou la coordinateur·rice.</source>
        <translation>De samenvatting voor de persoon wordt door de coördinator opgemaakt.</translation>
    </message>
    <message>
        <source>Votre dossier</source>
        <translation>Uw dossier</translation>
    </message>
    <message>
        <source>Référence</source>
        <extracomment>the case&apos;s UUID True for a confidential case (reference column) the RiskLevel (or None) of the row, any column marker colours: orange for high, red for critical darker shades for text, readable on white (contrast above 4.5:1) columns the database can sort on, with the CaseSort for each Qt order the header indicator that matches each CaseSort fetch(cursor, limit) -&gt; CasePage, run on the worker thread</extracomment>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Ouvert le</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Origine de la demande</source>
        <translation>Herkomst van de hulpvraag</translation>
    </message>
    <message>
        <source>Intervenant·e·s</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>Vos coordonnées</source>
        <translation>Uw contactgegevens</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Schuilnaam</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Registre national</source>
        <translation>Rijksregister</translation>
    </message>
    <message>
        <source>Moments sûrs</source>
        <translation>Veilige momenten</translation>
    </message>
    <message>
        <source>Message possible</source>
        <translation>Bericht mogelijk</translation>
    </message>
    <message>
        <source>Courrier possible</source>
        <translation>Post mogelijk</translation>
    </message>
    <message>
        <source>Votre situation</source>
        <translation>Uw situatie</translation>
    </message>
    <message>
        <source>Violences notées</source>
        <translation>Genoteerd geweld</translation>
    </message>
    <message>
        <source>Premiers faits</source>
        <translation>Eerste feiten</translation>
    </message>
    <message>
        <source>Derniers faits</source>
        <translation>Laatste feiten</translation>
    </message>
    <message>
        <source>Enfants exposés</source>
        <translation>Blootgestelde kinderen</translation>
    </message>
    <message>
        <source>Enfants et autres personnes</source>
        <translation>Kinderen en andere personen</translation>
    </message>
    <message>
        <source>date de naissance non notée</source>
        <translation>geboortedatum niet genoteerd</translation>
    </message>
    <message>
        <source>Évaluations du risque</source>
        <translation>Risico-inschattingen</translation>
    </message>
    <message>
        <source>donné le {d}</source>
        <translation>gegeven op {d}</translation>
    </message>
    <message>
        <source>, retiré le {d}</source>
        <translation>, ingetrokken op {d}</translation>
    </message>
    <message>
        <source>Vos accords</source>
        <translation>Uw toestemmingen</translation>
    </message>
    <message>
        <source>Interdiction de résidence</source>
        <translation>Huisverbod</translation>
    </message>
    <message>
        <source>du {a} au {b}</source>
        <translation>van {a} tot {b}</translation>
    </message>
    <message>
        <source>Tribunal de la famille</source>
        <translation>Familierechtbank</translation>
    </message>
    <message>
        <source>requête du {d}</source>
        <translation>verzoekschrift van {d}</translation>
    </message>
    <message>
        <source>Plainte et protection</source>
        <translation>Klacht en bescherming</translation>
    </message>
    <message>
        <source>Nos rencontres et démarches</source>
        <translation>Onze gesprekken en stappen</translation>
    </message>
    <message>
        <source>Documents établis</source>
        <translation>Opgemaakte documenten</translation>
    </message>
    <message>
        <source>né le {d}</source>
        <translation>geboren op {d}</translation>
    </message>
    <message>
        <source>vit avec vous : {x}</source>
        <translation>woont bij u: {x}</translation>
    </message>
    <message>
        <source>Auteur(s) présumé(s)</source>
        <translation>Vermoedelijke pleger(s)</translation>
    </message>
    <message>
        <source>Les informations qui concernent d&apos;autres personnes, notamment l&apos;auteur présumé, ne figurent pas dans ce résumé.</source>
        <translation>Gegevens over andere personen, met name over de vermoedelijke pleger, staan niet in deze samenvatting.</translation>
    </message>
    <message>
        <source>Indiquez le motif de l&apos;effacement.</source>
        <translation>Geef de reden van de wissing op.</translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>a recurring activity never makes more dates than this at once</extracomment>
        <translation>maandag</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>premier</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>deuxième</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>troisième</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>quatrième</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>dernier</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>Une seule date</source>
        <translation>Eén datum</translation>
    </message>
    <message>
        <source>Chaque semaine (ou toutes les n semaines)</source>
        <translation>Elke week (of om de n weken)</translation>
    </message>
    <message>
        <source>Un jour fixe du mois (ex. le premier mercredi)</source>
        <translation>Een vaste dag van de maand (bv. de eerste woensdag)</translation>
    </message>
    <message>
        <source>La fin ne peut pas précéder le début.</source>
        <translation>Het einde kan niet vóór het begin liggen.</translation>
    </message>
    <message>
        <source>Une activité récurrente a une date de fin (par ex. la fin de l&apos;année scolaire).</source>
        <translation>Een terugkerende activiteit heeft een einddatum (bv. het einde van het schooljaar).</translation>
    </message>
    <message>
        <source>Choisissez le jour de la semaine.</source>
        <translation>Kies de dag van de week.</translation>
    </message>
    <message>
        <source>Choisissez le premier, deuxième… ou dernier.</source>
        <translation>Kies de eerste, tweede… of laatste.</translation>
    </message>
    <message>
        <source>Toutes les 1 à 8 semaines.</source>
        <translation>Om de 1 tot 8 weken.</translation>
    </message>
    <message>
        <source>Plus de {n} séances : raccourcissez la période.</source>
        <translation>Meer dan {n} sessies: verkort de periode.</translation>
    </message>
    <message>
        <source>Aucune date ne tombe dans cette période : vérifiez le jour et les dates.</source>
        <translation>Geen enkele datum valt in deze periode: controleer de dag en de data.</translation>
    </message>
    <message>
        <source>une seule date</source>
        <translation>één datum</translation>
    </message>
    <message>
        <source>chaque {day}</source>
        <translation>elke {day}</translation>
    </message>
    <message>
        <source>un {day} sur deux</source>
        <translation>om de twee weken op {day}</translation>
    </message>
    <message>
        <source>un {day} toutes les {n} semaines</source>
        <translation>om de {n} weken op {day}</translation>
    </message>
    <message>
        <source>le {nth} {day} du mois</source>
        <translation>de {nth} {day} van de maand</translation>
    </message>
    <message>
        <source>« {chemin} » n&apos;est pas une sauvegarde Balise lisible.</source>
        <extracomment>where the vault that was replaced now is (inside the vault folder) erasures of the register applied again to the restored data</extracomment>
        <translation>“{chemin}” is geen leesbare back-up van Balise.</translation>
    </message>
    <message>
        <source>Cette sauvegarde n&apos;est pas vérifiée ou n&apos;appartient pas à ce coffre : elle n&apos;est pas restaurée.</source>
        <translation>Deze back-up is niet gecontroleerd of hoort niet bij deze kluis: ze wordt niet hersteld.</translation>
    </message>
    <message>
        <source>Le trousseau de clés de cette sauvegarde est illisible.</source>
        <translation>De sleutelbos van deze back-up is onleesbaar.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde ne peut pas être relue.</source>
        <translation>De back-upkopie kan niet opnieuw worden gelezen.</translation>
    </message>
    <message>
        <source>Seul un compte de coordination actif à la date de la sauvegarde peut la restaurer.</source>
        <translation>Alleen een coördinatieaccount die actief was op de datum van de back-up kan ze herstellen.</translation>
    </message>
    <message>
        <source>Le niveau peut être relevé par votre jugement professionnel, pas abaissé sous le niveau calculé.</source>
        <translation>Het niveau kan op grond van uw professionele oordeel worden verhoogd, niet verlaagd onder het berekende niveau.</translation>
    </message>
    <message>
        <source>Expliquez pourquoi vous relevez le niveau de risque.</source>
        <translation>Leg uit waarom u het risiconiveau verhoogt.</translation>
    </message>
    <message>
        <source>L&apos;identifiant doit compter de 2 à 40 caractères : lettres minuscules sans accent, chiffres, point, tiret ou soulignement (par exemple « m.dupont »).</source>
        <extracomment>the coordinator login of every demo vault the language Balise shows the coordinator (chosen in the first-run wizard)</extracomment>
        <translation>De gebruikersnaam moet 2 tot 40 tekens tellen: kleine letters zonder accent, cijfers, punt, koppelteken of underscore (bijvoorbeeld “m.dupont”).</translation>
    </message>
    <message>
        <source>Indiquez le nom du service.</source>
        <translation>Geef de naam van de dienst op.</translation>
    </message>
    <message>
        <source>Le code postal belge compte 4 chiffres (par exemple 4920).</source>
        <translation>Een Belgische postcode telt 4 cijfers (bijvoorbeeld 4920).</translation>
    </message>
    <message>
        <source>Indiquez le nom du ou de la coordinateur·rice.</source>
        <translation>Geef de naam van de coördinator op.</translation>
    </message>
    <message>
        <source>&lt; 5</source>
        <extracomment>the largest count that is never shown the smallest value a complementary cell can have (one above SMALL_MAX) months out of this many (occupancy: « 7,5 mois sur 12 »; 0: not available)</extracomment>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <source>masqué</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Règle de confidentialité : les effectifs de 1 à 4 sont affichés « &lt; 5 ». Pour qu&apos;un total ne permette pas de les retrouver, d&apos;autres cases sont alors masquées (« masqué ») et, si nécessaire, le total lui-même. Aucun nom ni aucune donnée individuelle ne figure dans ces indicateurs.</source>
        <translation>Vertrouwelijkheidsregel: aantallen van 1 tot 4 worden als “&lt; 5” getoond. Opdat een totaal ze niet zou verraden, worden dan andere cellen verborgen (“verborgen”) en zo nodig ook het totaal zelf. Deze indicatoren bevatten geen namen of individuele gegevens.</translation>
    </message>
    <message>
        <source>Premier portable</source>
        <extracomment>reference suffixes given to enrolled laptops (no I, O: read aloud without doubt) erasures sent to the other laptops, and erasures of theirs replayed here</extracomment>
        <translation>Eerste laptop</translation>
    </message>
    <message>
        <source>Donnez un nom à ce portable (80 caractères au plus).</source>
        <translation>Geef deze laptop een naam (maximaal 80 tekens).</translation>
    </message>
    <message>
        <source>Choisissez ce que ce portable contient.</source>
        <translation>Kies wat deze laptop bevat.</translation>
    </message>
    <message>
        <source>Cochez au moins une personne dont ce portable contiendra les dossiers.</source>
        <translation>Vink minstens één persoon aan van wie deze laptop de dossiers zal bevatten.</translation>
    </message>
    <message>
        <source>Choisissez un dossier vide pour le nouveau portable.</source>
        <translation>Kies een lege map voor de nieuwe laptop.</translation>
    </message>
    <message>
        <source>Ce portable ne contient que certains dossiers : inscrivez les nouveaux portables depuis un portable qui les contient tous.</source>
        <translation>Deze laptop bevat maar een deel van de dossiers: registreer nieuwe laptops vanaf een laptop die ze allemaal bevat.</translation>
    </message>
    <message>
        <source>Une des personnes cochées n&apos;a plus de compte actif.</source>
        <translation>Een van de aangevinkte personen heeft geen actieve account meer.</translation>
    </message>
    <message>
        <source>Le service a déjà le nombre maximum de portables.</source>
        <translation>De dienst heeft al het maximumaantal laptops.</translation>
    </message>
    <message>
        <source>Aucun compte actif n&apos;a l&apos;identifiant « {login} ».</source>
        <extracomment>&quot;all&quot; | &quot;assigned&quot;; for &quot;assigned&quot;, the full names of the people it carries</extracomment>
        <translation>Geen enkele actieve account heeft de gebruikersnaam “{login}”.</translation>
    </message>
    <message>
        <source>Ce portable n&apos;est pas connu du service.</source>
        <translation>Deze laptop is niet bekend bij de dienst.</translation>
    </message>
    <message>
        <source>C&apos;est ce portable-ci : un portable ne peut pas se retirer lui-même. Retirez-le depuis le portable de la coordination.</source>
        <translation>Dit is deze laptop zelf: een laptop kan zichzelf niet uit de dienst halen. Doe het vanaf de laptop van de coördinatie.</translation>
    </message>
    <message>
        <source>Ce portable est déjà retiré du service.</source>
        <translation>Deze laptop is al uit de dienst gehaald.</translation>
    </message>
    <message>
        <source>Des paquets viennent d&apos;une autre version de Balise : mettez Balise à jour sur cet ordinateur (ou sur l&apos;ordinateur qui les a écrits), puis synchronisez à nouveau.</source>
        <extracomment>settings (local table, never travels) holding the bundle secrets (hex) on a partial laptop: {laptop id: last bundle} its relay had applied (or written) when it relayed what this laptop holds; the ``after`` of this laptop&apos;s bundles ids of the erasure register&apos;s lines this laptop has sent or replayed {laptop id: the last of this laptop&apos;s bundles it had applied}, from the headers of its bundles applied here (authenticated): what may leave the folder</extracomment>
        <translation>Sommige pakketten komen van een andere versie van Balise: werk Balise bij op deze computer (of op de computer die ze heeft geschreven) en synchroniseer daarna opnieuw.</translation>
    </message>
    <message>
        <source>Connectez-vous pour synchroniser.</source>
        <extracomment>the ``settings`` key (a local table: the folder stays on this laptop)</extracomment>
        <translation>Meld u aan om te synchroniseren.</translation>
    </message>
    <message>
        <source>Le dossier de synchronisation « {dossier} » n&apos;existe pas ou n&apos;est pas branché.</source>
        <translation>De synchronisatiemap “{dossier}” bestaat niet of is niet aangesloten.</translation>
    </message>
    <message>
        <source>Ce portable a été retiré du service : il ne peut plus synchroniser. Adressez-vous à la coordination.</source>
        <translation>Deze laptop is uit de dienst gehaald: hij kan niet meer synchroniseren. Neem contact op met de coördinatie.</translation>
    </message>
    <message>
        <source>Balise termine une autre opération sur ce coffre : attendez un instant, puis synchronisez à nouveau.</source>
        <translation>Balise rondt een andere bewerking op deze kluis af: wacht even en synchroniseer dan opnieuw.</translation>
    </message>
    <message>
        <source>portable inconnu</source>
        <extracomment>execute(sql with ? parameters, parameters) -&gt; rows</extracomment>
        <translation>onbekende laptop</translation>
    </message>
    <message>
        <source>Le paquet n° {numero} du portable « {portable} » manque dans le dossier : ses paquets suivants attendent. Synchronisez ce portable (il réécrit les paquets manquants).</source>
        <translation>Pakket nr. {numero} van laptop “{portable}” ontbreekt in de map: de volgende pakketten wachten. Synchroniseer deze laptop (hij schrijft de ontbrekende pakketten opnieuw).</translation>
    </message>
    <message>
        <source>Les paquets du portable « {portable} » attendent le paquet n° {numero} du portable « {autre} », qui n&apos;est pas dans le dossier ou n&apos;a pas pu être appliqué : synchronisez à nouveau quand il y sera.</source>
        <translation>De pakketten van laptop “{portable}” wachten op pakket nr. {numero} van laptop “{autre}”, dat niet in de map staat of niet kon worden toegepast: synchroniseer opnieuw zodra het er is.</translation>
    </message>
    <message>
        <source>Les paquets du portable « {portable} » attendent la clé que leur envoie le portable qui l&apos;a inscrit : synchronisez ce portable-là, puis celui-ci.</source>
        <translation>De pakketten van laptop “{portable}” wachten op de sleutel van de laptop die hem heeft geregistreerd: synchroniseer eerst die laptop, daarna deze.</translation>
    </message>
    <message>
        <source>Courrier d&apos;orientation</source>
        <translation>Doorverwijsbrief</translation>
    </message>
    <message>
        <source>Attestation de suivi</source>
        <translation>Attest van begeleiding</translation>
    </message>
    <message>
        <source>Plan de départ (remis à la personne)</source>
        <translation>Vertrekplan (overhandigd aan de persoon)</translation>
    </message>
    <message>
        <source>Résumé pour la personne (droit d&apos;accès)</source>
        <translation>Samenvatting voor de persoon (recht op inzage)</translation>
    </message>
    <message>
        <source>commune du service</source>
        <translation>gemeente van de dienst</translation>
    </message>
    <message>
        <source>date du jour en toutes lettres (22 novembre 2026)</source>
        <translation>datum van vandaag voluit (22 november 2026)</translation>
    </message>
    <message>
        <source>référence du dossier</source>
        <translation>referentie van het dossier</translation>
    </message>
    <message>
        <source>nom de l&apos;intervenant·e qui signe</source>
        <translation>naam van de hulpverlener die ondertekent</translation>
    </message>
    <message>
        <source>fonction de l&apos;intervenant·e qui signe</source>
        <translation>functie van de hulpverlener die ondertekent</translation>
    </message>
    <message>
        <source>nom de la personne (ou « la personne concernée » si non coché)</source>
        <translation>naam van de persoon (of “de betrokken persoon” als niet aangevinkt)</translation>
    </message>
    <message>
        <source>Madame / Monsieur selon le genre noté (sinon vide)</source>
        <translation>Geachte mevrouw / Geachte heer volgens het genoteerde gender (anders leeg)</translation>
    </message>
    <message>
        <source>accord féminin : « e » pour une femme, « ·e » si le genre n&apos;est pas noté</source>
        <translation>vrouwelijke uitgang (Franse teksten): “e” voor een vrouw, “·e” als het gender niet is genoteerd</translation>
    </message>
    <message>
        <source>date d&apos;ouverture du dossier en toutes lettres</source>
        <translation>openingsdatum van het dossier voluit</translation>
    </message>
    <message>
        <source>nom de l&apos;organisation destinataire</source>
        <translation>naam van de ontvangende organisatie</translation>
    </message>
    <message>
        <source>personne de contact destinataire (ou vide)</source>
        <translation>contactpersoon bij de ontvanger (of leeg)</translation>
    </message>
    <message>
        <source>but de l&apos;orientation (« une prise en charge par votre service »…)</source>
        <translation>doel van de doorverwijzing (“een tenlasteneming door uw dienst”…)</translation>
    </message>
    <message>
        <source>place des informations cochées (seul dans un paragraphe)</source>
        <translation>plaats van de aangevinkte gegevens (alleen in een alinea)</translation>
    </message>
    <message>
        <source>« , né·e le … » si la date de naissance est cochée, sinon vide</source>
        <translation>“, geboren op …” als de geboortedatum is aangevinkt, anders leeg</translation>
    </message>
    <message>
        <source>Demande d&apos;orientation</source>
        <extracomment>the language the text is written in the language asked for had no text of its own: this is the French one</extracomment>
        <translation>Aanvraag tot doorverwijzing</translation>
    </message>
    <message>
        <source>Madame, Monsieur,

Notre service accompagne actuellement {personne}. Nous vous l&apos;adressons pour {but}.

Vous trouverez ci-dessous les informations utiles à cette orientation. Elles sont confidentielles et ne peuvent être communiquées à des tiers sans l&apos;accord de la personne.

{informations}

Nous restons à votre disposition pour tout renseignement complémentaire et vous remercions de bien vouloir nous informer de la suite réservée à cette orientation.

Nous vous prions d&apos;agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</source>
        <translation>Geachte mevrouw, geachte heer,

Onze dienst begeleidt momenteel {personne}. Wij verwijzen deze persoon naar u door voor {but}.

Hieronder vindt u de gegevens die nuttig zijn voor deze doorverwijzing. Ze zijn vertrouwelijk en mogen niet zonder toestemming van de persoon aan derden worden meegedeeld.

{informations}

Voor bijkomende inlichtingen blijven wij graag tot uw beschikking. Wij danken u om ons te laten weten welk gevolg aan deze doorverwijzing wordt gegeven.

Met vriendelijke groeten.</translation>
    </message>
    <message>
        <source>Je soussigné·e, {intervenant} ({fonction}, {service}), atteste que {personne}{naissance} est suivi{e} par notre service depuis le {suivi_depuis}.

La présente attestation est délivrée à la demande de l&apos;intéressé{e}, pour servir et valoir ce que de droit.</source>
        <translation>Ondergetekende, {intervenant} ({fonction}, {service}), verklaart dat {personne}{naissance} sinds {suivi_depuis} door onze dienst wordt begeleid.

Dit attest wordt afgeleverd op verzoek van de betrokkene, om te dienen en te gelden waar nodig.</translation>
    </message>
    <message>
        <source>Résumé de vos données</source>
        <translation>Samenvatting van uw gegevens</translation>
    </message>
    <message>
        <source>{civilite},

À votre demande, voici un résumé des informations que notre service conserve à votre sujet (article 15 du règlement général sur la protection des données). Si une information vous paraît inexacte, vous pouvez nous demander de la corriger.</source>
        <translation>{civilite},

Op uw verzoek vindt u hieronder een samenvatting van de gegevens die onze dienst over u bewaart (artikel 15 van de algemene verordening gegevensbescherming). Als een gegeven u onjuist lijkt, kunt u ons vragen het te verbeteren.</translation>
    </message>
    <message>
        <source>Ce que nous avons préparé ensemble, à garder en lieu sûr. Mis à jour le {date}.</source>
        <translation>Wat we samen hebben voorbereid, om veilig te bewaren. Bijgewerkt op {date}.</translation>
    </message>
    <message>
        <source>Une accolade n&apos;est pas fermée (ou pas ouverte). Écrivez les champs comme ceci : {personne}.</source>
        <translation>Een accolade is niet gesloten (of niet geopend). Schrijf de velden zo: {personne}.</translation>
    </message>
    <message>
        <source>Le texte du document ne peut pas être vide.</source>
        <translation>De tekst van het document mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Le plan remis à la personne doit rester discret : n&apos;y écrivez pas « violence » (ni le nom du service).</source>
        <translation>Het plan dat de persoon meekrijgt, moet discreet blijven: schrijf er niet “geweld” of “violence” in (en ook niet de naam van de dienst).</translation>
    </message>
    <message>
        <source>Champ(s) inconnu(s) : {names}. Utilisez un des champs de la liste.</source>
        <translation>Onbekend(e) veld(en): {names}. Gebruik een van de velden uit de lijst.</translation>
    </message>
    <message>
        <source>une seule ligne est attendue, sans retour à la ligne.</source>
        <extracomment>ASCII only: ``d`` would also take Arabic-Indic or full-width digits digits and the separators people type or paste (no-break spaces come from PDFs) what a multi-line field (notes, services, a summary) may hold besides printable text bidi embeddings, overrides and isolates show a text in another order than it is stored</extracomment>
        <translation>er wordt één enkele regel verwacht, zonder regeleinde.</translation>
    </message>
    <message>
        <source>une tabulation n&apos;est pas admise ici.</source>
        <translation>een tab is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>caractère invisible non autorisé (U+{code:04X}) ; retirez-le.</source>
        <translation>onzichtbaar teken niet toegestaan (U+{code:04X}); verwijder het.</translation>
    </message>
    <message>
        <source>{label} : {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>Le numéro de registre national compte 11 chiffres (par ex. 85.07.30-033.28).</source>
        <translation>Het rijksregisternummer telt 11 cijfers (bv. 85.07.30-033.28).</translation>
    </message>
    <message>
        <source>Ce numéro de registre national n&apos;est pas valide : vérifiez les chiffres.</source>
        <translation>Dit rijksregisternummer is ongeldig: controleer de cijfers.</translation>
    </message>
    <message>
        <source>Le numéro de registre national ne correspond pas à la date de naissance.</source>
        <translation>Het rijksregisternummer komt niet overeen met de geboortedatum.</translation>
    </message>
    <message>
        <source>Numéro de téléphone non reconnu. Exemples : 0472 12 34 56, 04 384 40 17 ou +33 6 12 34 56 78.</source>
        <translation>Telefoonnummer niet herkend. Voorbeelden: 0472 12 34 56, 04 384 40 17 of +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>La date de naissance semble erronée.</source>
        <translation>De geboortedatum lijkt onjuist.</translation>
    </message>
    <message>
        <source>Ce suivi est daté d&apos;avant l&apos;ouverture du dossier ({date}). Confirmez-vous cette date ?</source>
        <translation>Deze opvolging is gedateerd vóór de opening van het dossier ({date}). Bevestigt u deze datum?</translation>
    </message>
    <message>
        <source>Coordinateur·rice</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Assistant·e social·e / référent·e VIF</source>
        <translation>Maatschappelijk werker / referentiepersoon IFG</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Clôturé</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Victime</source>
        <translation>Slachtoffer</translation>
    </message>
    <message>
        <source>Co-victime</source>
        <translation>Medeslachtoffer</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Ne sait pas</source>
        <translation>Weet niet</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Entretien</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Appel téléphonique</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Visite à domicile</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Accompagnement (police, CPAS, tribunal…)</source>
        <translation>Begeleiding (politie, OCMW, rechtbank…)</translation>
    </message>
    <message>
        <source>Réunion de réseau</source>
        <translation>Netwerkvergadering</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Manqué</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Moyen</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Élevé</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Critique</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Consentement à l&apos;enregistrement</source>
        <translation>Toestemming voor registratie</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Toestemming om te delen</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>Écrit</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>Orientation vers le partenaire</source>
        <translation>Doorverwijzing naar de partner</translation>
    </message>
    <message>
        <source>Concertation sur la situation</source>
        <translation>Overleg over de situatie</translation>
    </message>
    <message>
        <source>Démarches juridiques ou judiciaires</source>
        <translation>Juridische of gerechtelijke stappen</translation>
    </message>
    <message>
        <source>Hébergement / logement</source>
        <translation>Opvang / huisvesting</translation>
    </message>
    <message>
        <source>Partenaire / conjoint·e</source>
        <translation>Partner / echtgeno(o)t(e)</translation>
    </message>
    <message>
        <source>Ex-partenaire</source>
        <translation>Ex-partner</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Enfant (majeur)</source>
        <translation>Kind (meerderjarig)</translation>
    </message>
    <message>
        <source>Frère / sœur</source>
        <translation>Broer / zus</translation>
    </message>
    <message>
        <source>Autre membre de la famille</source>
        <translation>Ander familielid</translation>
    </message>
    <message>
        <source>Coffre de démonstration créé dans « {dossier} ».</source>
        <extracomment>files a vault folder may hold besides the database and keyring</extracomment>
        <translation>Demonstratiekluis aangemaakt in “{dossier}”.</translation>
    </message>
    <message>
        <source>{cases} dossiers, {people} personnes et {followups} suivis, tous fictifs.</source>
        <translation>{cases} dossiers, {people} personen en {followups} opvolgingen, allemaal fictief.</translation>
    </message>
    <message>
        <source>Identifiant : {login}</source>
        <translation>Gebruikersnaam: {login}</translation>
    </message>
    <message>
        <source>Phrase de passe : {phrase}</source>
        <translation>Wachtzin: {phrase}</translation>
    </message>
    <message>
        <source>Autres comptes (même phrase de passe) : {logins}</source>
        <translation>Andere accounts (zelfde wachtzin): {logins}</translation>
    </message>
    <message>
        <source>Code de récupération (démo uniquement) : {code}</source>
        <translation>Herstelcode (alleen demo): {code}</translation>
    </message>
    <message>
        <source>Le dossier « {dossier} » contient un coffre qui n&apos;est pas un coffre de démonstration : il n&apos;est pas remplacé. Choisissez un autre dossier avec --vault.</source>
        <translation>De map “{dossier}” bevat een kluis die geen demonstratiekluis is: die wordt niet vervangen. Kies een andere map met --vault.</translation>
    </message>
    <message>
        <source>Service de prévention de {commune} (démonstration)</source>
        <translation>Preventiedienst van {commune} (demonstratie)</translation>
    </message>
    <message>
        <source>Rue de l&apos;Exemple 1</source>
        <translation>Voorbeeldstraat 1</translation>
    </message>
    <message>
        <source>Résumé</source>
        <extracomment>the sections built so far, and those showing the case read (the others are filled when shown)</extracomment>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>(valeurs masquées non dessinées)</source>
        <translation>(verborgen waarden niet getekend)</translation>
    </message>
    <message>
        <source>Objectifs du financeur</source>
        <extracomment>an objective or its indicators changed (the page reads the report again)</extracomment>
        <translation>Doelstellingen van de financier</translation>
    </message>
    <message>
        <source>Aucun indicateur attaché à cet objectif.</source>
        <translation>Geen indicator gekoppeld aan deze doelstelling.</translation>
    </message>
    <message>
        <source>Indicateurs d&apos;activité</source>
        <translation>Activiteitsindicatoren</translation>
    </message>
    <message>
        <source>{period}, comparée à : {previous}</source>
        <translation>{period}, vergeleken met: {previous}</translation>
    </message>
    <message>
        <source>Établi le {day}.</source>
        <translation>Opgemaakt op {day}.</translation>
    </message>
    <message>
        <source>Agrégats sans nom ; effectifs de 1 à 4 affichés « &lt; 5 ».</source>
        <translation>Anonieme totalen; aantallen van 1 tot 4 getoond als “&lt; 5”.</translation>
    </message>
    <message>
        <source>Notre référence</source>
        <extracomment>the window of a DL envelope (window on the right), measured from the top-left corner</extracomment>
        <translation>Onze referentie</translation>
    </message>
    <message>
        <source>Votre contact</source>
        <translation>Uw contactpersoon</translation>
    </message>
    <message>
        <source>Objet :</source>
        <translation>Betreft:</translation>
    </message>
    <message>
        <source>Confidentiel — réf. {reference}</source>
        <translation>Vertrouwelijk — ref. {reference}</translation>
    </message>
    <message>
        <source>Code de récupération du coffre Balise</source>
        <translation>Herstelcode van de Balise-kluis</translation>
    </message>
    <message>
        <source>Ce code ouvre le coffre si une phrase de passe est oubliée. Quiconque le possède peut lire tous les dossiers : rangez cette feuille sous clé, loin de l&apos;ordinateur portable (par exemple dans une armoire fermée du service).</source>
        <translation>Deze code opent de kluis als een wachtzin vergeten is. Wie hem heeft, kan alle dossiers lezen: berg dit blad achter slot op, ver van de laptop (bijvoorbeeld in een afgesloten kast van de dienst).</translation>
    </message>
    <message>
        <source>Ne le photographiez pas, ne l&apos;enregistrez pas dans un fichier ni dans un courriel. Si la feuille est perdue ou a été vue, renouvelez le code dans Balise (Paramètres) : l&apos;ancien cessera de fonctionner.</source>
        <translation>Neem er geen foto van en bewaar hem niet in een bestand of e-mail. Als het blad verloren is of door iemand gezien is, vernieuw de code dan in Balise (Instellingen): de oude werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Imprimé le {date}.</source>
        <translation>Afgedrukt op {date}.</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>printers every Windows installs that write a file instead of paper (and the usual CUPS PDF queue on Linux): refused like &quot;print to file&quot; (docs/WINDOWS.md)</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Notre référence : {ref}</source>
        <translation>Onze referentie: {ref}</translation>
    </message>
    <message>
        <source>Le trousseau de clés utilise une méthode inconnue.</source>
        <extracomment>memory ceiling for tuning: old laptops with 4 GiB must still unlock the most a slot may ask for: well above anything tune() produces cheap parameters for the test suite only (explicitly opted into)</extracomment>
        <translation>De sleutelbos gebruikt een onbekende methode.</translation>
    </message>
    <message>
        <source>Le trousseau de clés demande une protection plus faible que le minimum autorisé : il a peut-être été modifié. Le coffre n&apos;est pas ouvert.</source>
        <translation>De sleutelbos vraagt een zwakkere beveiliging dan het toegelaten minimum: hij is misschien gewijzigd. De kluis wordt niet geopend.</translation>
    </message>
    <message>
        <source>Le trousseau de clés contient des paramètres invalides.</source>
        <translation>De sleutelbos bevat ongeldige parameters.</translation>
    </message>
    <message>
        <source>Le trousseau de clés demande des paramètres démesurés : il a peut-être été modifié. Le coffre n&apos;est pas ouvert.</source>
        <translation>De sleutelbos vraagt buitensporige parameters: hij is misschien gewijzigd. De kluis wordt niet geopend.</translation>
    </message>
    <message>
        <source>Identifiant ou phrase de passe incorrect. Vérifiez la saisie et réessayez.</source>
        <extracomment>the 32-byte database key and the 16-byte GCM tag a keyring holds a few slots of about 400 bytes: anything this large was not written by Balise</extracomment>
        <translation>Onjuiste gebruikersnaam of wachtzin. Controleer wat u hebt ingevoerd en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Ce coffre n&apos;a pas de code de récupération.</source>
        <translation>Deze kluis heeft geen herstelcode.</translation>
    </message>
    <message>
        <source>Code de récupération incorrect. Vérifiez chaque groupe de caractères.</source>
        <translation>Onjuiste herstelcode. Controleer elke groep tekens.</translation>
    </message>
    <message>
        <source>Ce coffre a été créé par une version plus récente de Balise. Installez la dernière version pour l&apos;ouvrir.</source>
        <translation>Deze kluis is aangemaakt met een recentere versie van Balise. Installeer de nieuwste versie om ze te openen.</translation>
    </message>
    <message>
        <source>Le trousseau de clés du coffre (keyring.json) est illisible ou a été modifié. Restaurez-le depuis une sauvegarde.</source>
        <translation>De sleutelbos van de kluis (keyring.json) is onleesbaar of gewijzigd. Herstel hem uit een back-up.</translation>
    </message>
    <message>
        <source>Le coffre est verrouillé.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde est endommagée.</source>
        <translation>De back-upkopie is beschadigd.</translation>
    </message>
    <message>
        <source>Les sauvegardes précédentes sont intactes.</source>
        <extracomment>pages copied per step of the backup API (4 MiB at 4 KiB pages): progress granularity page cache of the verifying connection (KiB): ``integrity_check`` walks every index against its table, and with the default 8 MB cache it took about twice as long on a 1.7 GB vault (docs/PERFORMANCE.md); freed when the check ends ``progress(phase, done, total)``; phases: &quot;copy&quot;, &quot;verify&quot;</extracomment>
        <translation>De vorige back-ups zijn intact.</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le disque du dossier « {dossier} » est plein. Libérez de la place ou choisissez un autre support. {intact}</source>
        <translation>De back-up kon niet worden geschreven: de schijf van de map “{dossier}” is vol. Maak ruimte vrij of kies een andere drager. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le dossier « {dossier} » n&apos;est plus accessible (clé USB retirée, disque réseau déconnecté ?). Reconnectez-le, puis réessayez. {intact}</source>
        <translation>De back-up kon niet worden geschreven: de map “{dossier}” is niet meer bereikbaar (usb-stick verwijderd, netwerkschijf losgekoppeld?). Sluit hem opnieuw aan en probeer opnieuw. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : le dossier « {dossier} » est en lecture seule. {intact}</source>
        <translation>De back-up kon niet worden geschreven: de map “{dossier}” is alleen-lezen. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être écrite : l&apos;accès au dossier « {dossier} » est refusé. {intact}</source>
        <translation>De back-up kon niet worden geschreven: de toegang tot de map “{dossier}” is geweigerd. {intact}</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être faite ou sa vérification a échoué ; la copie incomplète a été supprimée. {intact}</source>
        <translation>De back-up kon niet worden gemaakt of de controle ervan is mislukt; de onvolledige kopie is verwijderd. {intact}</translation>
    </message>
    <message>
        <source>La copie de sauvegarde est introuvable.</source>
        <translation>De back-upkopie is niet gevonden.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde ne s&apos;ouvre pas avec la clé de ce coffre.</source>
        <translation>De back-upkopie gaat niet open met de sleutel van deze kluis.</translation>
    </message>
    <message>
        <source>Le chiffrement (SQLCipher) n&apos;est pas disponible sur cet ordinateur : Balise refuse de démarrer pour ne pas écrire de données en clair. Réinstallez l&apos;application.</source>
        <translation>De versleuteling (SQLCipher) is niet beschikbaar op deze computer: Balise weigert te starten om geen onversleutelde gegevens te schrijven. Installeer de toepassing opnieuw.</translation>
    </message>
    <message>
        <source>Le fichier du coffre est endommagé ou ne peut pas être déchiffré. Restaurez la dernière sauvegarde du coffre.</source>
        <extracomment>key of ``Session.info`` holding the audit chain&apos;s HMAC key</extracomment>
        <translation>Het kluisbestand is beschadigd of kan niet worden ontsleuteld. Herstel de laatste back-up van de kluis.</translation>
    </message>
    <message>
        <source>Balise ne peut pas ouvrir le coffre.</source>
        <extracomment>SQLite&apos;s own words for those codes, for a driver error that does not carry them below this much free space, an I/O error is taken to mean &quot;disk full&quot;</extracomment>
        <translation>Balise kan de kluis niet openen.</translation>
    </message>
    <message>
        <source>ce qui vient d&apos;être fait n&apos;a pas été enregistré.</source>
        <translation>wat u net hebt gedaan, is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Le disque où se trouve le coffre est plein : {consequence} Libérez de la place sur ce disque (videz la corbeille, déplacez ou supprimez de gros fichiers), puis réessayez. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>De schijf met de kluis is vol: {consequence} Maak ruimte vrij op deze schijf (leeg de prullenbak, verplaats of verwijder grote bestanden) en probeer opnieuw. Uw reeds opgeslagen gegevens zijn niet beschadigd.</translation>
    </message>
    <message>
        <source>Le dossier du coffre est en lecture seule (disque protégé en écriture, ou dossier que votre compte ne peut pas modifier) : {consequence} Vérifiez que le disque n&apos;est pas verrouillé en écriture et que vous pouvez modifier ce dossier, puis réessayez. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>De kluismap is alleen-lezen (schijf met schrijfbeveiliging, of map die uw account niet mag wijzigen): {consequence} Controleer of de schijf niet tegen schrijven is beveiligd en of u deze map mag wijzigen, en probeer opnieuw. Uw reeds opgeslagen gegevens zijn niet beschadigd.</translation>
    </message>
    <message>
        <source>Votre compte sur cet ordinateur n&apos;a pas le droit d&apos;accéder aux fichiers du coffre (accès refusé) : {consequence} Connectez-vous avec votre compte habituel, ou demandez à la personne qui gère l&apos;ordinateur de vous rendre l&apos;accès au dossier du coffre. Vos données déjà enregistrées ne sont pas endommagées.</source>
        <translation>Uw account op deze computer heeft geen toegang tot de bestanden van de kluis (toegang geweigerd): {consequence} Meld u aan met uw gewone account, of vraag de beheerder van de computer om u opnieuw toegang te geven tot de kluismap. Uw reeds opgeslagen gegevens zijn niet beschadigd.</translation>
    </message>
    <message>
        <source>Aucun coffre Balise n&apos;a été trouvé : le dossier « {dossier} » n&apos;existe pas ou n&apos;est plus accessible. S&apos;il se trouve sur une clé USB ou un disque réseau, reconnectez-le, puis réessayez.</source>
        <translation>Er is geen Balise-kluis gevonden: de map “{dossier}” bestaat niet of is niet meer bereikbaar. Als hij op een usb-stick of netwerkschijf staat, sluit die dan opnieuw aan en probeer opnieuw.</translation>
    </message>
    <message>
        <source>La clé ne correspond pas à ce coffre, ou le fichier est endommagé.</source>
        <extracomment>a page&apos;s HMAC or structure is wrong (&quot;database disk image is malformed&quot;, &quot;file is not a database&quot;): SQLCipher reports a damaged page with these codes</extracomment>
        <translation>De sleutel past niet bij deze kluis, of het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>La connexion à la base n&apos;est pas chiffrée : Balise refuse de continuer.</source>
        <translation>De verbinding met de database is niet versleuteld: Balise weigert verder te gaan.</translation>
    </message>
    <message>
        <source>Ce coffre a été enregistré par une version plus récente de Balise. Installez la dernière version de Balise pour l&apos;ouvrir ; rien n&apos;a été modifié.</source>
        <extracomment>tables created by raw SQL in migrations (FTS5 and its shadow tables), not by models</extracomment>
        <translation>Deze kluis is opgeslagen met een recentere versie van Balise. Installeer de nieuwste versie van Balise om ze te openen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>La mise à jour du coffre a échoué (références incohérentes) ; rien n&apos;a été modifié. Contactez le support.</source>
        <translation>Het bijwerken van de kluis is mislukt (inconsistente verwijzingen); er is niets gewijzigd. Neem contact op met de ondersteuning.</translation>
    </message>
    <message>
        <source>La synchronisation n&apos;est pas disponible sur cet ordinateur (composant manquant). Réinstallez Balise.</source>
        <extracomment>Tables that travel between the laptops of a service. Listed explicitly: a new table travels only once someone has decided it should (a test checks that every table of the schema is in exactly one of the two lists). Tables that never leave the laptop, and why. The snapshot&apos;s own table: the last ``sync_dirty.id`` it holds the rows of. Triggers recording the written keys: ``sync_track_&lt;table&gt;_ins|upd|del``. Tables derived locally by triggers (the search index) never travel either. ``updated_at``: both sides touched the row; the later time wins (not a clash). Columns computed on each laptop by its own triggers: the local value stands. Columns that are numbered per laptop and removed from outgoing changesets.</extracomment>
        <translation>Synchronisatie is niet beschikbaar op deze computer (ontbrekend onderdeel). Installeer Balise opnieuw.</translation>
    </message>
    <message>
        <source>Les modifications reçues n&apos;ont pas pu être appliquées ({cause}).</source>
        <extracomment>where a laptop keeps the snapshot, under its vault folder (``app.core.sync``)</extracomment>
        <translation>De ontvangen wijzigingen konden niet worden toegepast ({cause}).</translation>
    </message>
    <message>
        <source>Aucun coffre Balise n&apos;a été trouvé dans le dossier « {dossier} ».</source>
        <translation>Er is geen Balise-kluis gevonden in de map “{dossier}”.</translation>
    </message>
    <message>
        <source>Ce coffre est déjà ouvert dans une autre fenêtre de Balise. Revenez à cette fenêtre, ou fermez-la avant de rouvrir le coffre.</source>
        <translation>Deze kluis is al geopend in een ander venster van Balise. Ga terug naar dat venster, of sluit het voordat u de kluis opnieuw opent.</translation>
    </message>
    <message>
        <source>Le coffre ne peut pas être créé dans « {dossier} » : un fichier porte déjà ce nom ou se trouve sur ce chemin. Choisissez un autre dossier.</source>
        <translation>De kluis kan niet worden aangemaakt in “{dossier}”: er bestaat al een bestand met die naam of op dat pad. Kies een andere map.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Modifier l&apos;activité</source>
        <translation>Activiteit wijzigen</translation>
    </message>
    <message>
        <source>Nouvelle activité</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>ex. La cabane</source>
        <translation>bv. De hut</translation>
    </message>
    <message>
        <source>ex. enfants de 5 à 10 ans, parents en parallèle</source>
        <translation>bv. kinderen van 5 tot 10 jaar, ouders tegelijk apart</translation>
    </message>
    <message>
        <source>toutes les </source>
        <translation>om de </translation>
    </message>
    <message>
        <source> semaine(s)</source>
        <translation> week/weken</translation>
    </message>
    <message>
        <source>Partenaires impliqués</source>
        <translation>Betrokken partners</translation>
    </message>
    <message>
        <source>Animateur·rices</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>T&amp;itre :</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Public :</source>
        <translation>Doel&amp;groep:</translation>
    </message>
    <message>
        <source>&amp;Rythme :</source>
        <translation>&amp;Ritme:</translation>
    </message>
    <message>
        <source>&amp;Du (ou le) :</source>
        <translation>&amp;Van (of op):</translation>
    </message>
    <message>
        <source>A&amp;u :</source>
        <translation>To&amp;t:</translation>
    </message>
    <message>
        <source>Le &amp;combientième :</source>
        <translation>&amp;Hoeveelste:</translation>
    </message>
    <message>
        <source>&amp;Jour :</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Fréquence :</source>
        <translation>&amp;Frequentie:</translation>
    </message>
    <message>
        <source>De (&amp;heure) :</source>
        <translation>&amp;Beginuur:</translation>
    </message>
    <message>
        <source>À (heur&amp;e) :</source>
        <translation type="vanished">&amp;Einduur:</translation>
    </message>
    <message>
        <source>Pa&amp;rtenaires :</source>
        <translation type="vanished">Part&amp;ners:</translation>
    </message>
    <message>
        <source>Ani&amp;mé par :</source>
        <translation type="vanished">Begeleid d&amp;oor:</translation>
    </message>
    <message>
        <source>À (heure) :</source>
        <translation>Einduur:</translation>
    </message>
    <message>
        <source>Parte&amp;naires :</source>
        <translation>Part&amp;ners:</translation>
    </message>
    <message>
        <source>&amp;Animé par :</source>
        <translation>Begeleid d&amp;oor:</translation>
    </message>
    <message>
        <source>Re&amp;marques :</source>
        <translation>Op&amp;merkingen:</translation>
    </message>
    <message>
        <source>Les dates apparaîtront ici.</source>
        <translation>De data verschijnen hier.</translation>
    </message>
    <message>
        <source>{rule} : {n} séance(s), du {first} au {last}</source>
        <translation>{rule}: {n} sessie(s), van {first} tot {last}</translation>
    </message>
    <message>
        <source>Indiquez la date (ou la première date).</source>
        <translation>Geef de datum op (of de eerste datum).</translation>
    </message>
    <message>
        <source>Filles / femmes</source>
        <extracomment>the columns of the attendance grid: (gender code, heading); &quot;&quot; is « non précisé »</extracomment>
        <translation>Meisjes / vrouwen</translation>
    </message>
    <message>
        <source>Garçons / hommes</source>
        <translation>Jongens / mannen</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Présences du {day}</source>
        <translation>Aanwezigheden op {day}</translation>
    </message>
    <message>
        <source>Des comptages anonymes : combien de personnes sont venues, sans nom. Relier une personne à son dossier se fait à part, si vous le choisissez.</source>
        <extracomment>(audience, age band or &quot;&quot;, gender or &quot;&quot;, sector or &quot;&quot;) → its spin box</extracomment>
        <translation>Anonieme tellingen: hoeveel personen er kwamen, zonder naam. Een persoon aan haar dossier koppelen gebeurt apart, als u dat wilt.</translation>
    </message>
    <message>
        <source>Âge non précisé</source>
        <translation>Leeftijd niet opgegeven</translation>
    </message>
    <message>
        <source>Professionnel·les, secteur non précisé</source>
        <translation>Professionals, sector niet opgegeven</translation>
    </message>
    <message>
        <source>Secteur non précisé</source>
        <translation>Sector niet opgegeven</translation>
    </message>
    <message>
        <source>Professionnel·les, {sector}</source>
        <translation>Professionals, {sector}</translation>
    </message>
    <message>
        <source>Total : {n} participant·e(s)</source>
        <translation>Totaal: {n} deelnemer(s)</translation>
    </message>
    <message>
        <source>Relier à un dossier</source>
        <translation>Aan een dossier koppelen</translation>
    </message>
    <message>
        <source>ex. 2026-0042</source>
        <extracomment>the &quot;no bound&quot; value of the date fields (shown as &quot;—&quot;)</extracomment>
        <translation>bv. 2026-0042</translation>
    </message>
    <message>
        <source>Seulement si c&apos;est utile au suivi : le lien s&apos;inscrit dans le dossier et suit ses droits d&apos;accès. Il n&apos;ajoute personne aux comptages.</source>
        <translation>Alleen als het nuttig is voor de opvolging: de koppeling wordt in het dossier opgenomen en volgt de toegangsrechten ervan. Ze voegt niemand toe aan de tellingen.</translation>
    </message>
    <message>
        <source>&amp;Dossier :</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>Formation du {day}</source>
        <translation>Opleiding op {day}</translation>
    </message>
    <message>
        <source>Professionnel·les du répertoire</source>
        <translation>Professionals uit de adreslijst</translation>
    </message>
    <message>
        <source>Cochez les professionnel·les présent·es (répertoire).</source>
        <translation>Vink de aanwezige professionals aan (adreslijst).</translation>
    </message>
    <message>
        <source>Année</source>
        <extracomment>a form kept at lock, reopened once its activity is read
----------
a form kept at lock, reopened once the page has read what it needs</extracomment>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>A&amp;fficher</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rythme</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Présences</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Prochaine</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Annu&amp;ler la séance</source>
        <translation>Sessie annu&amp;leren</translation>
    </message>
    <message>
        <source>Profil des nouveaux dossiers</source>
        <translation>Profiel van de nieuwe dossiers</translation>
    </message>
    <message>
        <source>Accompagnement</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Plainte, protection et départ</source>
        <translation>Klacht, bescherming en vertrek</translation>
    </message>
    <message>
        <source>Orientations vers le réseau</source>
        <translation>Doorverwijzingen naar het netwerk</translation>
    </message>
    <message>
        <source>Nouveaux dossiers</source>
        <translation>Nieuwe dossiers</translation>
    </message>
    <message>
        <source>Dossiers actifs</source>
        <translation>Actieve dossiers</translation>
    </message>
    <message>
        <source>Dossiers clôturés</source>
        <translation>Afgesloten dossiers</translation>
    </message>
    <message>
        <source>Plaintes déposées</source>
        <translation>Ingediende klachten</translation>
    </message>
    <message>
        <source>Interdictions temporaires de résidence ordonnées</source>
        <translation>Opgelegde tijdelijke huisverboden</translation>
    </message>
    <message>
        <source>Interdictions temporaires de résidence prolongées</source>
        <translation>Verlengde tijdelijke huisverboden</translation>
    </message>
    <message>
        <source>Demandes au tribunal de la famille</source>
        <translation>Verzoeken bij de familierechtbank</translation>
    </message>
    <message>
        <source>Dossiers de protection du droit de séjour introduits</source>
        <translation>Ingediende dossiers voor bescherming van het verblijfsrecht</translation>
    </message>
    <message>
        <source>Départs du domicile réalisés</source>
        <translation>Gerealiseerde vertrekken uit de woning</translation>
    </message>
    <message>
        <source>Courriers d&apos;orientation émis</source>
        <translation>Verstuurde doorverwijsbrieven</translation>
    </message>
    <message>
        <source>Séjours commencés</source>
        <translation>Begonnen verblijven</translation>
    </message>
    <message>
        <source>Séjours terminés</source>
        <translation>Beëindigde verblijven</translation>
    </message>
    <message>
        <source>Nuitées (nuits × personnes)</source>
        <translation>Overnachtingen (nachten × personen)</translation>
    </message>
    <message>
        <source>Demandes d&apos;hébergement reçues</source>
        <translation>Ontvangen opvangaanvragen</translation>
    </message>
    <message>
        <source>Séances tenues</source>
        <translation>Gehouden sessies</translation>
    </message>
    <message>
        <source>Présences (cumul des séances)</source>
        <translation>Aanwezigheden (alle sessies samen)</translation>
    </message>
    <message>
        <source>Présences de professionnel·les</source>
        <translation>Aanwezigheden van professionals</translation>
    </message>
    <message>
        <source>Professionnel·les formé·es</source>
        <translation>Opgeleide professionals</translation>
    </message>
    <message>
        <source>Moins de 18 ans</source>
        <translation>Jonger dan 18 jaar</translation>
    </message>
    <message>
        <source>Risque relevé</source>
        <translation>Risico verhoogd</translation>
    </message>
    <message>
        <source>Risque inchangé</source>
        <translation>Risico ongewijzigd</translation>
    </message>
    <message>
        <source>Risque abaissé</source>
        <translation>Risico verlaagd</translation>
    </message>
    <message>
        <source>Une seule évaluation</source>
        <translation>Eén enkele inschatting</translation>
    </message>
    <message>
        <source>Moins d&apos;un mois</source>
        <translation>Minder dan een maand</translation>
    </message>
    <message>
        <source>1 à 3 mois</source>
        <translation>1 tot 3 maanden</translation>
    </message>
    <message>
        <source>3 à 6 mois</source>
        <translation>3 tot 6 maanden</translation>
    </message>
    <message>
        <source>Plus de 6 mois</source>
        <translation>Meer dan 6 maanden</translation>
    </message>
    <message>
        <source>Actifs : ouverts avant la fin de la période et non clôturés avant son début (les dossiers en pause comptent).</source>
        <translation>Actief: geopend vóór het einde van de periode en niet afgesloten vóór het begin ervan (gepauzeerde dossiers tellen mee).</translation>
    </message>
    <message>
        <source>Durée d&apos;accompagnement des dossiers clôturés</source>
        <translation>Begeleidingsduur van de afgesloten dossiers</translation>
    </message>
    <message>
        <source>De l&apos;ouverture à la clôture, en mois calendrier.</source>
        <translation>Van opening tot afsluiting, in kalendermaanden.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par commune</source>
        <translation>Nieuwe dossiers per gemeente</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par type de violence</source>
        <translation>Nieuwe dossiers per soort geweld</translation>
    </message>
    <message>
        <source>Un dossier peut relever de plusieurs types : pas de total.</source>
        <translation>Een dossier kan onder meerdere soorten vallen: geen totaal.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par orienteur</source>
        <translation>Nieuwe dossiers per doorverwijzer</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par âge de la victime</source>
        <translation>Nieuwe dossiers per leeftijd van het slachtoffer</translation>
    </message>
    <message>
        <source>Âge à l&apos;ouverture du dossier.</source>
        <translation>Leeftijd bij de opening van het dossier.</translation>
    </message>
    <message>
        <source>Nouveaux dossiers par genre de la victime</source>
        <translation>Nieuwe dossiers per gender van het slachtoffer</translation>
    </message>
    <message>
        <source>Niveau de risque à la première évaluation</source>
        <translation>Risiconiveau bij de eerste inschatting</translation>
    </message>
    <message>
        <source>Dossiers dont la première évaluation du risque a eu lieu pendant la période.</source>
        <translation>Dossiers waarvan de eerste risico-inschatting tijdens de periode plaatsvond.</translation>
    </message>
    <message>
        <source>Évolution du risque depuis la première évaluation</source>
        <translation>Evolutie van het risico sinds de eerste inschatting</translation>
    </message>
    <message>
        <source>Mêmes dossiers : niveau retenu à la dernière évaluation jusqu&apos;à la fin de la période, comparé à celui de la première.</source>
        <translation>Dezelfde dossiers: niveau bij de laatste inschatting tot het einde van de periode, vergeleken met dat van de eerste.</translation>
    </message>
    <message>
        <source>Suivis réalisés par type</source>
        <translation>Uitgevoerde opvolgingen per soort</translation>
    </message>
    <message>
        <source>Suivis marqués « réalisé » ; les rendez-vous prévus ou manqués ne comptent pas.</source>
        <translation>Opvolgingen gemarkeerd als “uitgevoerd”; geplande of gemiste afspraken tellen niet mee.</translation>
    </message>
    <message>
        <source>Demandes au tribunal de la famille par procédure</source>
        <translation>Verzoeken bij de familierechtbank per procedure</translation>
    </message>
    <message>
        <source>Protection du droit de séjour par base légale</source>
        <translation>Bescherming van het verblijfsrecht per rechtsgrond</translation>
    </message>
    <message>
        <source>Départs réalisés par destination</source>
        <translation>Gerealiseerde vertrekken per bestemming</translation>
    </message>
    <message>
        <source>Orientations par secteur du partenaire</source>
        <translation>Doorverwijzingen per sector van de partner</translation>
    </message>
    <message>
        <source>Suite donnée aux orientations</source>
        <translation>Gevolg van de doorverwijzingen</translation>
    </message>
    <message>
        <source>Personnes hébergées : victimes et enfants présents au moins une nuit de la période. Une nuit compte quand quelqu&apos;un dort sur place : le jour d&apos;entrée compte, le jour de sortie non.</source>
        <translation>Opgevangen personen: slachtoffers en kinderen die minstens één nacht van de periode aanwezig waren. Een nacht telt als iemand ter plaatse slaapt: de dag van aankomst telt, de dag van vertrek niet.</translation>
    </message>
    <message>
        <source>Séjours terminés par destination</source>
        <translation>Beëindigde verblijven per bestemming</translation>
    </message>
    <message>
        <source>Activités collectives</source>
        <translation>Groepsactiviteiten</translation>
    </message>
    <message>
        <source>Séances non annulées, jusqu&apos;à aujourd&apos;hui. Les présences sont des comptages anonymes : un enfant venu à dix ateliers compte dix fois.</source>
        <translation>Niet-geannuleerde sessies, tot vandaag. Aanwezigheden zijn anonieme tellingen: een kind dat naar tien workshops kwam, telt tien keer.</translation>
    </message>
    <message>
        <source>Séances par type d&apos;activité</source>
        <translation>Sessies per soort activiteit</translation>
    </message>
    <message>
        <source>Présences par type d&apos;activité</source>
        <translation>Aanwezigheden per soort activiteit</translation>
    </message>
    <message>
        <source>Présences par âge</source>
        <translation>Aanwezigheden per leeftijd</translation>
    </message>
    <message>
        <source>Présences par genre</source>
        <translation>Aanwezigheden per gender</translation>
    </message>
    <message>
        <source>Présences de professionnel·les par secteur</source>
        <translation>Aanwezigheden van professionals per sector</translation>
    </message>
    <message>
        <source>Professionnel·les formé·es par module</source>
        <translation>Opgeleide professionals per module</translation>
    </message>
    <message>
        <source>Une même personne peut avoir suivi plusieurs modules : pas de total.</source>
        <translation>Eenzelfde persoon kan meerdere modules hebben gevolgd: geen totaal.</translation>
    </message>
    <message>
        <source>Heures de suivi par type</source>
        <translation>Opvolgingsuren per soort</translation>
    </message>
    <message>
        <source>Durées notées sur les suivis réalisés ; une case est masquée quand le nombre de suivis correspondant l&apos;est.</source>
        <translation>Duur genoteerd bij de uitgevoerde opvolgingen; een cel is verborgen als het overeenkomstige aantal opvolgingen verborgen is.</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>&amp;Nouvelle activité…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <source>&amp;Modifier l&apos;activité…</source>
        <translation>Activiteit &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Liées à un dossier</source>
        <translation>Gekoppeld aan een dossier</translation>
    </message>
    <message>
        <source>Formé·es</source>
        <translation>Opgeleid</translation>
    </message>
    <message>
        <source>Séances de l&apos;activité</source>
        <translation>Sessies van de activiteit</translation>
    </message>
    <message>
        <source>Noter les &amp;présences…</source>
        <translation>&amp;Aanwezigheden noteren…</translation>
    </message>
    <message>
        <source>&amp;Relier à un dossier…</source>
        <translation>Aan een dossier &amp;koppelen…</translation>
    </message>
    <message>
        <source>Professionnel·les f&amp;ormé·es…</source>
        <translation>&amp;Opgeleide professionals…</translation>
    </message>
    <message>
        <source>A&amp;nnuler la séance</source>
        <translation type="vanished">Sessie an&amp;nuleren</translation>
    </message>
    <message>
        <source>Professionnel·le</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Modules suivis</source>
        <translation>Gevolgde modules</translation>
    </message>
    <message>
        <source>Plan de formation du réseau</source>
        <translation>Opleidingsplan van het netwerk</translation>
    </message>
    <message>
        <source>Les présences sont des comptages anonymes (âge, genre, secteur pour les professionnel·les). Relier une personne à son dossier reste un choix.</source>
        <translation>Aanwezigheden zijn anonieme tellingen (leeftijd, gender, sector voor professionals). Een persoon aan haar dossier koppelen blijft een keuze.</translation>
    </message>
    <message>
        <source>Qui, dans le réseau, a suivi quel module (formations enregistrées avec les contacts du répertoire).</source>
        <translation>Wie in het netwerk welke module heeft gevolgd (opleidingen geregistreerd met de contacten uit de adreslijst).</translation>
    </message>
    <message>
        <source>Activités</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Plan de formation</source>
        <translation>Opleidingsplan</translation>
    </message>
    <message>
        <source>Activités collectives et formations</source>
        <translation>Groepsactiviteiten en opleidingen</translation>
    </message>
    <message>
        <source>{held} sur {n}</source>
        <translation>{held} van {n}</translation>
    </message>
    <message>
        <source>{title} — {rule}</source>
        <translation>{title} — {rule}</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>tenue</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>Ré&amp;tablir la séance</source>
        <translation>Sessie &amp;herstellen</translation>
    </message>
    <message>
        <source>{detail} — {hint}</source>
        <translation>{detail} — {hint}</translation>
    </message>
    <message>
        <source>Rendez-vous réalisé</source>
        <translation>Afspraak uitgevoerd</translation>
    </message>
    <message>
        <source>{kind} du {when} — dossier {reference}</source>
        <translation>{kind} van {when} — dossier {reference}</translation>
    </message>
    <message>
        <source>Ce qui a été fait ou dit, en quelques mots.</source>
        <translation>Wat er is gedaan of gezegd, in een paar woorden.</translation>
    </message>
    <message>
        <source>&amp;Résumé :</source>
        <translation>Sa&amp;menvatting:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <extracomment>emitted after a successful save with what the save job returned question asked when leaving with unsaved changes</extracomment>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Annuler</source>
        <extracomment>the language the letter is written in: the partner&apos;s (issue 14)</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Le brouillon gardé n&apos;a pas pu être relu : {reason}</source>
        <translation>Het bewaarde concept kon niet opnieuw worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Résumé d&apos;un rendez-vous</source>
        <translation>Samenvatting van een afspraak</translation>
    </message>
    <message>
        <source>aucun contact enregistré</source>
        <extracomment>the follow-up behind the line, when it can be marked done or missed a deadline of a day rather than of an hour (issue #4): no time shown</extracomment>
        <translation>geen contact geregistreerd</translation>
    </message>
    <message>
        <source>dernier contact {date}</source>
        <translation>laatste contact {date}</translation>
    </message>
    <message>
        <source>Risque {level}</source>
        <translation>Risico {level}</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>&amp;Jour</source>
        <extracomment>the key of the overdue group in the tree (a day&apos;s group: its ISO date)</extracomment>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Semaine</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>◀ &amp;Précédent</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Aujourd&apos;hui</source>
        <translation>V&amp;andaag</translation>
    </message>
    <message>
        <source>Sui&amp;vant ▶</source>
        <translation>Vo&amp;lgende ▶</translation>
    </message>
    <message>
        <source>M&amp;es rendez-vous</source>
        <translation>&amp;Mijn afspraken</translation>
    </message>
    <message>
        <source>&amp;Tout le service</source>
        <translation>&amp;Hele dienst</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Réalisé…</source>
        <translation>&amp;Uitgevoerd…</translation>
    </message>
    <message>
        <source>Marquer le rendez-vous comme réalisé, avec un résumé</source>
        <translation>Markeer de afspraak als uitgevoerd, met een samenvatting</translation>
    </message>
    <message>
        <source>&amp;Manqué</source>
        <translation>&amp;Gemist</translation>
    </message>
    <message>
        <source>La personne n&apos;est pas venue ou n&apos;a pas pu être jointe</source>
        <translation>De persoon is niet gekomen of kon niet worden bereikt</translation>
    </message>
    <message>
        <source>Afficher les rendez-vous suiva&amp;nts</source>
        <translation>Volgende afspraken &amp;tonen</translation>
    </message>
    <message>
        <source>Afficher d&apos;autres retar&amp;ds</source>
        <translation>Meer achterstand&amp;en tonen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Semaine du {first} au {last}</source>
        <translation>Week van {first} tot {last}</translation>
    </message>
    <message>
        <source>En retard — à marquer réalisés ou manqués ({n})</source>
        <translation>Te laat — als uitgevoerd of gemist te markeren ({n})</translation>
    </message>
    <message>
        <source>Échéances dépassées sans mise à jour ({n})</source>
        <translation>Verstreken termijnen zonder update ({n})</translation>
    </message>
    <message>
        <source>{day} (aujourd&apos;hui)</source>
        <translation>{day} (vandaag)</translation>
    </message>
    <message>
        <source>Aucun rendez-vous.</source>
        <translation>Geen afspraken.</translation>
    </message>
    <message>
        <source>… {n} rendez-vous de plus ce jour : « Afficher les rendez-vous suivants »</source>
        <translation>… nog {n} afspraken op deze dag: “Volgende afspraken tonen”</translation>
    </message>
    <message>
        <source>… {n} de plus : « Afficher d&apos;autres retards »</source>
        <translation>… nog {n}: “Meer achterstanden tonen”</translation>
    </message>
    <message>
        <source>Heure</source>
        <extracomment>names the group, to add entries to it later (a day&apos;s ISO date, &quot;overdue&quot;) a last line saying that more entries are not shown yet (a long list) on a heading: its group&apos;s key; on the &quot;more to see&quot; line of a group: True</extracomment>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Lieu / précisions</source>
        <translation>Plaats / details</translation>
    </message>
    <message>
        <source>Rendez-vous</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>N°</source>
        <extracomment>fetch(before, limit) -&gt; AuditPage, run on the worker thread</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Utilisateur·rice</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
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
        <translation>Regels van het auditlogboek</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xporteren als csv…</translation>
    </message>
    <message>
        <source>&amp;Vérifier la chaîne</source>
        <translation>De keten &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Du :</source>
        <extracomment>where to save the export (replaced in tests)</extracomment>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Personne :</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>Ac&amp;tion :</source>
        <translation>Ac&amp;tie:</translation>
    </message>
    <message>
        <source>D&amp;ossier :</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Chaque ouverture du coffre, consultation ou modification de dossier, courrier, export et changement de compte est noté ici, sans donnée personnelle. Les entrées sont chaînées : toute modification est détectée.</source>
        <translation>Elke opening van de kluis, raadpleging of wijziging van een dossier, brief, export en accountwijziging wordt hier genoteerd, zonder persoonsgegevens. De regels zijn aan elkaar geketend: elke wijziging wordt opgemerkt.</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tout le monde</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source> (faites défiler pour la suite)</source>
        <translation> (scroll verder voor de rest)</translation>
    </message>
    <message>
        <source>{n} entrée(s) affichée(s)</source>
        <translation>{n} regel(s) getoond</translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Het auditlogboek exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} entrée(s) exportée(s) dans « {file} ».</source>
        <translation>{n} regel(s) geëxporteerd naar “{file}”.</translation>
    </message>
    <message>
        <source>Export du journal…</source>
        <translation>Logboek wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Vérification de la chaîne…</source>
        <translation>Keten wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Sauvegardes et conservation</source>
        <translation>Back-ups en bewaring</translation>
    </message>
    <message>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>Conservation et e&amp;ffacement…</source>
        <translation>Bewaring en w&amp;issing…</translation>
    </message>
    <message>
        <source>Conservation et &amp;effacement…</source>
        <translation type="vanished">Bewaring en &amp;wissing…</translation>
    </message>
    <message>
        <source>Copies chiffrées du coffre (une par jour, et sur une clé USB si vous en choisissez une), restauration, et effacement des dossiers dont le délai de conservation est passé.</source>
        <translation>Versleutelde kopieën van de kluis (één per dag, en op een usb-stick als u er een kiest), herstel, en wissing van dossiers waarvan de bewaartermijn verstreken is.</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) après cette date ont été appliqués à nouveau : rien de ce qui avait été effacé n&apos;est revenu.</source>
        <translation>{n} wissing(en) van na deze datum zijn opnieuw toegepast: niets van wat gewist was, is teruggekomen.</translation>
    </message>
    <message>
        <source>Le registre des effacements a été relu : aucun effacement n&apos;avait été fait après cette date.</source>
        <translation>Het register van wissingen is opnieuw gelezen: na deze datum was er niets gewist.</translation>
    </message>
    <message>
        <source>Le coffre a été restauré : il revient à la sauvegarde du {quand}, et ce qui avait été enregistré après n&apos;y est plus. {effacements} Le coffre endommagé a été mis de côté dans « {chemin} » (rien n&apos;a été supprimé). Déverrouillez avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>De kluis is hersteld: ze keert terug naar de back-up van {quand}, en wat daarna was opgeslagen, staat er niet meer in. {effacements} De beschadigde kluis is apart gezet in “{chemin}” (er is niets verwijderd). Ontgrendel met de wachtzin die geldig was op de datum van de back-up.</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <extracomment>the :class:`~app.core.restore.RestoreOutcome`; the vault is locked again</extracomment>
        <translation>Een back-up herstellen</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Phrase de passe à la date de la sauvegarde</source>
        <translation>Wachtzin op de datum van de back-up</translation>
    </message>
    <message>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Phrase de passe :</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Restaurer</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {quand}</source>
        <translation>De back-up van {quand} herstellen</translation>
    </message>
    <message>
        <source>Cette sauvegarde vérifiée va remplacer le coffre endommagé : ce qui a été enregistré après le {quand} sera perdu. Le coffre endommagé n&apos;est pas supprimé : il est mis de côté dans le dossier du coffre. Les effacements faits après cette date seront appliqués à nouveau.</source>
        <translation>Deze gecontroleerde back-up zal de beschadigde kluis vervangen: wat na {quand} is opgeslagen, gaat verloren. De beschadigde kluis wordt niet verwijderd: ze wordt apart gezet in de kluismap. Wissingen van na deze datum worden opnieuw toegepast.</translation>
    </message>
    <message>
        <source>Identifiez-vous avec un compte de coordination et la phrase de passe valable à la date de la sauvegarde (celle d&apos;avant un éventuel changement).</source>
        <translation>Meld u aan met een coördinatieaccount en de wachtzin die geldig was op de datum van de back-up (die van vóór een eventuele wijziging).</translation>
    </message>
    <message>
        <source>Restauration et vérification en cours…</source>
        <translation>Bezig met herstellen en controleren…</translation>
    </message>
    <message>
        <source>Tapez votre identifiant.</source>
        <translation>Typ uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>Tapez la phrase de passe valable à cette date.</source>
        <translation>Typ de wachtzin die op die datum geldig was.</translation>
    </message>
    <message>
        <source>quotidienne</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>manuelle</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>après effacement</source>
        <translation>na wissing</translation>
    </message>
    <message>
        <source>avant restauration</source>
        <translation>vóór herstel</translation>
    </message>
    <message>
        <source>Sauvegardes du coffre</source>
        <extracomment>emitted after a restore: the data on screen is another&apos;s, the window must lock</extracomment>
        <translation>Back-ups van de kluis</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>how many follow-ups the case holds; the timeline shows the newest, a page at a time (a case can hold a thousand)</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Vérifiée</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Sauvegardes</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>&amp;Choisir le dossier externe…</source>
        <translation>Externe map &amp;kiezen…</translation>
    </message>
    <message>
        <source>Ne plus copier à l&apos;e&amp;xtérieur</source>
        <translation>Niet meer e&amp;xtern kopiëren</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restaurer la sauvegarde choisie…</source>
        <translation>Gekozen back-up &amp;herstellen…</translation>
    </message>
    <message>
        <source>Chaque sauvegarde est une copie chiffrée du coffre, avec les phrases de passe et le code de récupération valables à sa date. Balise en fait une par jour au verrouillage ou à la fermeture, et garde les 7 derniers jours, 4 semaines et 12 mois. Une copie sur une clé USB ou un disque réseau protège aussi du vol ou de la panne de l&apos;ordinateur.</source>
        <translation>Elke back-up is een versleutelde kopie van de kluis, met de wachtzinnen en de herstelcode die op die datum geldig waren. Balise maakt er één per dag bij het vergrendelen of afsluiten, en bewaart de laatste 7 dagen, 4 weken en 12 maanden. Een kopie op een usb-stick of netwerkschijf beschermt ook tegen diefstal of defect van de computer.</translation>
    </message>
    <message>
        <source>dossier du coffre</source>
        <translation>kluismap</translation>
    </message>
    <message>
        <source>copie externe</source>
        <translation>externe kopie</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>non</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Copie externe : aucune (choisissez un dossier).</source>
        <translation>Externe kopie: geen (kies een map).</translation>
    </message>
    <message>
        <source>Copie externe : « {dossier} ».</source>
        <translation>Externe kopie: “{dossier}”.</translation>
    </message>
    <message>
        <source>Copie externe : « {dossier} » n&apos;est pas branché ou pas accessible.</source>
        <translation>Externe kopie: “{dossier}” is niet aangesloten of niet bereikbaar.</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message>
        <source>Vérification de la copie…</source>
        <translation>Kopie wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée du {quand} ({taille}).</source>
        <translation>Gecontroleerde back-up van {quand} ({taille}).</translation>
    </message>
    <message>
        <source>La copie externe est faite et vérifiée.</source>
        <translation>De externe kopie is gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <source>Dossier de la copie externe (clé USB, disque réseau)</source>
        <translation>Map voor de externe kopie (usb-stick, netwerkschijf)</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {quand} ? Ce qui a été enregistré après cette date sera perdu (le coffre actuel est mis de côté dans son dossier, jamais supprimé). Les effacements faits depuis seront appliqués à nouveau. Le coffre se verrouillera ensuite : rouvrez-le avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>De back-up van {quand} herstellen? Wat na die datum is opgeslagen, gaat verloren (de huidige kluis wordt apart gezet in haar map, nooit verwijderd). Wissingen van sindsdien worden opnieuw toegepast. Daarna wordt de kluis vergrendeld: open ze opnieuw met de wachtzin die geldig was op de datum van de back-up.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Bezig met herstellen…</translation>
    </message>
    <message>
        <source>{n} effacement(s) fait(s) depuis ont été appliqués à nouveau.</source>
        <translation>{n} wissing(en) van sindsdien zijn opnieuw toegepast.</translation>
    </message>
    <message>
        <source>Le coffre remplacé est dans « {chemin} ».</source>
        <translation>De vervangen kluis staat in “{chemin}”.</translation>
    </message>
    <message>
        <source>État des sauvegardes</source>
        <translation>Status van de back-ups</translation>
    </message>
    <message>
        <source>Données relatives à des infractions (RGPD, art. 10) : notez uniquement ce qui est utile à la sécurité de la personne et à l&apos;accompagnement.</source>
        <translation>Gegevens over strafbare feiten (AVG, art. 10): noteer alleen wat nuttig is voor de veiligheid van de persoon en voor de begeleiding.</translation>
    </message>
    <message>
        <source>Modifier l&apos;auteur présumé</source>
        <translation>Vermoedelijke pleger wijzigen</translation>
    </message>
    <message>
        <source>Ajouter un auteur présumé</source>
        <translation>Vermoedelijke pleger toevoegen</translation>
    </message>
    <message>
        <source>&amp;Lien avec la victime :</source>
        <translation>&amp;Band met het slachtoffer:</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Date de na&amp;issance :</source>
        <translation>Geboorte&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Vit avec la victime ?</source>
        <translation>&amp;Woont samen met het slachtoffer?</translation>
    </message>
    <message>
        <source>A accès à des &amp;armes ?</source>
        <translation>Heeft toegang tot wa&amp;pens?</translation>
    </message>
    <message>
        <source>Armes : pré&amp;cisions :</source>
        <translation>Wapens: de&amp;tails:</translation>
    </message>
    <message>
        <source>Armes : &amp;précisions :</source>
        <translation type="vanished">Wapens: de&amp;tails:</translation>
    </message>
    <message>
        <source>Antécédents &amp;judiciaires :</source>
        <translation>&amp;Gerechtelijk verleden:</translation>
    </message>
    <message>
        <source>Lien</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Geboorte</translation>
    </message>
    <message>
        <source>Vit avec la victime</source>
        <translation>Woont samen met het slachtoffer</translation>
    </message>
    <message>
        <source>Armes</source>
        <translation>Wapens</translation>
    </message>
    <message>
        <source>Antécédents judiciaires</source>
        <translation>Gerechtelijk verleden</translation>
    </message>
    <message>
        <source>Auteurs présumés</source>
        <translation>Vermoedelijke plegers</translation>
    </message>
    <message>
        <source>&amp;Ajouter un auteur présumé…</source>
        <translation>Vermoedelijke pleger &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Modi&amp;fier…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;tirer…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Vous ne voyez ici que les fiches que vous avez enregistrées vous-même : celles de vos collègues restent réservées à l&apos;équipe sociale et à la coordination.</source>
        <extracomment>shown to a role that sees only the records it made (street educators)</extracomment>
        <translation>U ziet hier alleen de fiches die u zelf hebt geregistreerd: die van uw collega&apos;s zijn voorbehouden aan het sociale team en de coördinatie.</translation>
    </message>
    <message>
        <source>Retirer cette fiche d&apos;auteur présumé du dossier ? Elle sera effacée.</source>
        <translation>Deze fiche van een vermoedelijke pleger uit het dossier verwijderen? Ze wordt gewist.</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Modifier la plainte</source>
        <translation>Klacht wijzigen</translation>
    </message>
    <message>
        <source>Nouvelle plainte</source>
        <translation>Nieuwe klacht</translation>
    </message>
    <message>
        <source>ex. Zone Secova</source>
        <translation>bv. Zone Secova</translation>
    </message>
    <message>
        <source>ex. Commissariat d&apos;Aywaille</source>
        <translation>bv. Politiekantoor Aywaille</translation>
    </message>
    <message>
        <source>ex. LI.55.L1.012345/26</source>
        <translation>bv. LI.55.L1.012345/26</translation>
    </message>
    <message>
        <source>&amp;Accompagnée</source>
        <translation>&amp;Begeleid</translation>
    </message>
    <message>
        <source>par qui (ex. l&apos;éducatrice de rue)</source>
        <translation>door wie (bv. de straathoekwerker)</translation>
    </message>
    <message>
        <source>&amp;Certificat médical</source>
        <translation>&amp;Medisch attest</translation>
    </message>
    <message>
        <source>Photos, messages, témoins…</source>
        <translation>Foto&apos;s, berichten, getuigen…</translation>
    </message>
    <message>
        <source>&amp;Déposée le :</source>
        <translation>&amp;Ingediend op:</translation>
    </message>
    <message>
        <source>&amp;Zone de police :</source>
        <translation>&amp;Politiezone:</translation>
    </message>
    <message>
        <source>Co&amp;mmissariat :</source>
        <translation>Politie&amp;kantoor:</translation>
    </message>
    <message>
        <source>N° de &amp;PV :</source>
        <translation>P&amp;v-nummer:</translation>
    </message>
    <message>
        <source>Par &amp;qui :</source>
        <translation>Door &amp;wie:</translation>
    </message>
    <message>
        <source>Da&amp;te du certificat :</source>
        <translation>Da&amp;tum van het attest:</translation>
    </message>
    <message>
        <source>Pre&amp;uves recueillies :</source>
        <translation>Verzameld bewi&amp;js:</translation>
    </message>
    <message>
        <source>&amp;Remarques :</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
    <message>
        <source>La plainte est enregistrée avec le statut « déposée ».</source>
        <translation>De klacht wordt geregistreerd met de status “ingediend”.</translation>
    </message>
    <message>
        <source>Changer le statut de la plainte</source>
        <translation>Status van de klacht wijzigen</translation>
    </message>
    <message>
        <source>ex. avis du parquet reçu par courrier</source>
        <translation>bv. advies van het parket per post ontvangen</translation>
    </message>
    <message>
        <source>Statut actuel : {status} depuis le {date}.</source>
        <translation>Huidige status: {status} sinds {date}.</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut :</source>
        <translation>&amp;Nieuwe status:</translation>
    </message>
    <message>
        <source>&amp;Depuis le :</source>
        <translation>&amp;Sinds:</translation>
    </message>
    <message>
        <source>&amp;Remarque :</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Noter un consentement</source>
        <translation>Een toestemming noteren</translation>
    </message>
    <message>
        <source>À l&apos;&amp;enregistrement de ses données</source>
        <translation type="vanished">Voor de &amp;registratie van haar of zijn gegevens</translation>
    </message>
    <message>
        <source>À l&apos;enre&amp;gistrement de ses données</source>
        <translation>Voor de &amp;registratie van haar of zijn gegevens</translation>
    </message>
    <message>
        <source>Au &amp;partage d&apos;informations</source>
        <translation>Voor het de&amp;len van informatie</translation>
    </message>
    <message>
        <source>— choisir un secteur —</source>
        <translation>— kies een sector —</translation>
    </message>
    <message>
        <source>ex. CPAS d&apos;Aywaille (facultatif si le secteur suffit)</source>
        <translation>bv. OCMW Aywaille (optioneel als de sector volstaat)</translation>
    </message>
    <message>
        <source>— choisir le but —</source>
        <translation>— kies het doel —</translation>
    </message>
    <message>
        <source>Consentement de la personne, avec la date et la forme.</source>
        <translation>Toestemming van de persoon, met de datum en de vorm.</translation>
    </message>
    <message>
        <source>Consentement :</source>
        <translation>Toestemming:</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Forme :</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <source>&amp;Secteur :</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Organisme :</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;But :</source>
        <translation>Do&amp;el:</translation>
    </message>
    <message>
        <source>Pr&amp;écisions :</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <source>Retirer un consentement</source>
        <translation>Een toestemming intrekken</translation>
    </message>
    <message>
        <source>Le consentement reste dans le registre, avec sa date de retrait.</source>
        <translation>De toestemming blijft in het register, met de datum van intrekking.</translation>
    </message>
    <message>
        <source>Retiré &amp;le :</source>
        <translation>Ingetrokken o&amp;p:</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;retrait</source>
        <translation>&amp;Intrekking opslaan</translation>
    </message>
    <message>
        <source>Consentement à l&apos;enregistrement du {date}</source>
        <translation>Toestemming voor registratie van {date}</translation>
    </message>
    <message>
        <source>Partage avec {recipient} du {date}</source>
        <translation>Delen met {recipient} van {date}</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>But</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Retiré le</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Noté par</source>
        <translation>Genoteerd door</translation>
    </message>
    <message>
        <source>Registre des consentements</source>
        <translation>Toestemmingsregister</translation>
    </message>
    <message>
        <source>&amp;Noter un consentement…</source>
        <translation>Toestemming &amp;noteren…</translation>
    </message>
    <message>
        <source>Reti&amp;rer le consentement…</source>
        <translation>Toestemming &amp;intrekken…</translation>
    </message>
    <message>
        <source>Aucun courrier ni partage sans un consentement au partage valable pour ce destinataire et ce but.</source>
        <translation>Geen brief of uitwisseling zonder een geldige toestemming om te delen voor deze ontvanger en dit doel.</translation>
    </message>
    <message>
        <source>Partage</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Destination :</source>
        <translation>Bestemming:</translation>
    </message>
    <message>
        <source>Transport :</source>
        <translation>Vervoer:</translation>
    </message>
    <message>
        <source>Personne de confiance :</source>
        <translation>Vertrouwenspersoon:</translation>
    </message>
    <message>
        <source>Mot de passe :</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Situations déclenchantes :</source>
        <translation>Uitlokkende situaties:</translation>
    </message>
    <message>
        <source>Voisin·e·s prévenu·e·s :</source>
        <translation>Buren verwittigd:</translation>
    </message>
    <message>
        <source>Sac d&apos;urgence :</source>
        <translation>Noodtas:</translation>
    </message>
    <message>
        <source>Remarques :</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <source>Avancement du plan de départ</source>
        <translation>Voortgang van het vertrekplan</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Liste du plan de départ</source>
        <translation>Lijst van het vertrekplan</translation>
    </message>
    <message>
        <source>&amp;Remplir le plan…</source>
        <translation>Plan &amp;invullen…</translation>
    </message>
    <message>
        <source>Refaire le plan (&amp;nouvelle version)…</source>
        <translation>Plan opnieuw maken (&amp;nieuwe versie)…</translation>
    </message>
    <message>
        <source>Version du plan affichée</source>
        <translation>Getoonde versie van het plan</translation>
    </message>
    <message>
        <source>&amp;Version :</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Modi&amp;fier le plan…</source>
        <translation>Plan &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Aucun plan de départ pour ce dossier.</source>
        <translation>Geen vertrekplan voor dit dossier.</translation>
    </message>
    <message>
        <source>Préparez-le avec la personne : documents, indispensables, enfants, contacts et mot de passe, destination et transport.</source>
        <translation>Bereid het voor met de persoon: documenten, onmisbare zaken, kinderen, contacten en wachtwoord, bestemming en vervoer.</translation>
    </message>
    <message>
        <source>Version {n} — {status}{when}</source>
        <translation>Versie {n} — {status}{when}</translation>
    </message>
    <message>
        <source>, par {name}</source>
        <translation>, door {name}</translation>
    </message>
    <message>
        <source>Créée le {date}{by}.</source>
        <translation>Aangemaakt op {date}{by}.</translation>
    </message>
    <message>
        <source>Version archivée (lecture seule). </source>
        <translation>Gearchiveerde versie (alleen lezen). </translation>
    </message>
    <message>
        <source>{done} éléments sur {total} ({percent} %)</source>
        <translation>{done} van {total} elementen ({percent} %)</translation>
    </message>
    <message>
        <source>Refaire le plan de départ ? La version actuelle est gardée dans l&apos;historique ; la nouvelle version part de son contenu, avec le statut « en préparation ».</source>
        <translation>Het vertrekplan opnieuw maken? De huidige versie blijft bewaard in de geschiedenis; de nieuwe versie vertrekt van de inhoud ervan, met de status “in voorbereiding”.</translation>
    </message>
    <message>
        <source>&amp;Refaire le plan</source>
        <translation>Plan &amp;opnieuw maken</translation>
    </message>
    <message>
        <source>Plan de départ — version {n}</source>
        <translation>Vertrekplan — versie {n}</translation>
    </message>
    <message>
        <source>— pas encore choisie —</source>
        <translation>— nog niet gekozen —</translation>
    </message>
    <message>
        <source>— aucun séjour choisi —</source>
        <translation>— geen verblijf gekozen —</translation>
    </message>
    <message>
        <source>Séjour en hébergement d&apos;urgence</source>
        <translation>Verblijf in noodopvang</translation>
    </message>
    <message>
        <source>sans adresse secrète</source>
        <translation>zonder geheim adres</translation>
    </message>
    <message>
        <source>mot convenu pour dire « viens vite »</source>
        <translation>afgesproken woord voor “kom snel”</translation>
    </message>
    <message>
        <source>ce qui annonce la violence</source>
        <translation>wat het geweld aankondigt</translation>
    </message>
    <message>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Départ &amp;prévu le :</source>
        <translation>&amp;Gepland vertrek op:</translation>
    </message>
    <message>
        <source>Départ e&amp;ffectif le :</source>
        <translation>&amp;Werkelijk vertrek op:</translation>
    </message>
    <message>
        <source>&amp;Destination :</source>
        <translation>&amp;Bestemming:</translation>
    </message>
    <message>
        <source>Séjo&amp;ur :</source>
        <translation>Verbl&amp;ijf:</translation>
    </message>
    <message>
        <source>&amp;Transport :</source>
        <translation>V&amp;ervoer:</translation>
    </message>
    <message>
        <source>Personne de &amp;confiance :</source>
        <translation>&amp;Vertrouwenspersoon:</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>W&amp;achtwoord:</translation>
    </message>
    <message>
        <source>S&amp;ituations déclenchantes :</source>
        <translation>&amp;Uitlokkende situaties:</translation>
    </message>
    <message>
        <source>&amp;Voisin·e·s prévenu·e·s :</source>
        <translation>Bu&amp;ren verwittigd:</translation>
    </message>
    <message>
        <source>Sac d&apos;&amp;urgence caché :</source>
        <translation>Verborgen &amp;noodtas:</translation>
    </message>
    <message>
        <source>Marquer « &amp;prêt »</source>
        <translation>Als “&amp;klaar” markeren</translation>
    </message>
    <message>
        <source>Modifier le dossier</source>
        <translation>Dossier wijzigen</translation>
    </message>
    <message>
        <source>Modifier le dossier {reference}</source>
        <translation>Dossier {reference} wijzigen</translation>
    </message>
    <message>
        <source>Dossier {reference}</source>
        <translation>Dossier {reference}</translation>
    </message>
    <message>
        <source>— non précisée —</source>
        <translation>— niet opgegeven —</translation>
    </message>
    <message>
        <source>Do&amp;ssier confidentiel (réservé aux intervenant·es attitré·es)</source>
        <translation>Vertrou&amp;welijk dossier (voorbehouden aan de toegewezen hulpverleners)</translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Origine de la demande :</source>
        <translation>&amp;Herkomst van de hulpvraag:</translation>
    </message>
    <message>
        <source>Si&amp;tuation :</source>
        <translation>Si&amp;tuatie:</translation>
    </message>
    <message>
        <source>&amp;Intervenant·es :</source>
        <translation>H&amp;ulpverleners:</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Geweld</translation>
    </message>
    <message>
        <source>Types de &amp;violence :</source>
        <translation>&amp;Soorten geweld:</translation>
    </message>
    <message>
        <source>&amp;Premier fait connu :</source>
        <translation>&amp;Eerste bekende feit:</translation>
    </message>
    <message>
        <source>&amp;Dernier fait connu :</source>
        <translation>&amp;Laatste bekende feit:</translation>
    </message>
    <message>
        <source>En&amp;fants exposés :</source>
        <translation>&amp;Blootgestelde kinderen:</translation>
    </message>
    <message>
        <source>Commune non reconnue : choisissez-la dans la liste.</source>
        <translation>Gemeente niet herkend: kies ze uit de lijst.</translation>
    </message>
    <message>
        <source>Re&amp;prendre</source>
        <extracomment>the user chose &quot;Reprendre&quot; for this draft</extracomment>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Masquer ce message ; la saisie reste conservée.</source>
        <translation>Dit bericht verbergen; de invoer blijft bewaard.</translation>
    </message>
    <message>
        <source>Une saisie interrompue par le verrouillage a été conservée : « {title} » ({date}).</source>
        <translation>Een invoer die door de vergrendeling werd onderbroken, is bewaard: “{title}” ({date}).</translation>
    </message>
    <message>
        <source>formulaire</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>{n} autre(s) ensuite.</source>
        <translation>{n} andere daarna.</translation>
    </message>
    <message>
        <source>Le dossier {ref} sera effacé définitivement du coffre, avec tout ce qu&apos;il contient : {people} personne(s), {authors} auteur(s), {followups} suivi(s), {screenings} évaluation(s) du risque, {consents} consentement(s), ainsi que les plaintes et mesures de protection, les démarches, le plan de départ, les documents émis et les brouillons du dossier.</source>
        <extracomment>what will be gone, in words (counts and kinds)</extracomment>
        <translation>Dossier {ref} wordt definitief uit de kluis gewist, met alles wat het bevat: {people} persoon/personen, {authors} pleger(s), {followups} opvolging(en), {screenings} risico-inschatting(en), {consents} toestemming(en), en ook de klachten en beschermingsmaatregelen, de stappen, het vertrekplan, de opgemaakte documenten en de concepten van het dossier.</translation>
    </message>
    <message>
        <source>Effacer définitivement le dossier</source>
        <translation>Dossier definitief wissen</translation>
    </message>
    <message>
        <source>La fiche de {who} ({role}) sera effacée définitivement du dossier {ref} : identité, date de naissance, numéro national, coordonnées et consignes de contact. Le reste du dossier est gardé. Si son nom est écrit dans le texte d&apos;un suivi ou d&apos;un document, il n&apos;y est pas retrouvé : relisez ces textes.</source>
        <translation>De fiche van {who} ({role}) wordt definitief gewist uit dossier {ref}: identiteit, geboortedatum, rijksregisternummer, contactgegevens en contactregels. De rest van het dossier blijft bewaard. Als de naam in de tekst van een opvolging of document staat, wordt hij daar niet teruggevonden: herlees die teksten.</translation>
    </message>
    <message>
        <source>Effacer définitivement une personne</source>
        <translation>Een persoon definitief wissen</translation>
    </message>
    <message>
        <source>La personne concernée a &amp;demandé l&apos;effacement de ses données (RGPD, art. 17).</source>
        <extracomment>the :class:`~app.core.purge.ErasureOutcome` once the erasure is committed</extracomment>
        <translation>De betrokken persoon heeft om wissing van haar of zijn gegevens ge&amp;vraagd (AVG, art. 17).</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement</source>
        <translation>&amp;Definitief wissen</translation>
    </message>
    <message>
        <source>Cette action ne peut pas être annulée. Une sauvegarde du coffre est faite juste après ; les sauvegardes plus anciennes (dans le coffre et sur la copie externe) contiennent encore ces données jusqu&apos;à ce que la rotation les retire, au bout d&apos;environ {months} mois. Le journal garde seulement qu&apos;un effacement a eu lieu, par qui et pour quel motif, jamais son contenu.</source>
        <translation>Deze actie kan niet ongedaan worden gemaakt. Meteen daarna wordt een back-up van de kluis gemaakt; oudere back-ups (in de kluis en op de externe kopie) bevatten deze gegevens nog tot de rotatie ze verwijdert, na ongeveer {months} maanden. Het logboek bewaart alleen dat er een wissing heeft plaatsgevonden, door wie en om welke reden, nooit de inhoud ervan.</translation>
    </message>
    <message>
        <source>Motif : demande de la personne (RGPD, art. 17).</source>
        <translation>Reden: verzoek van de persoon (AVG, art. 17).</translation>
    </message>
    <message>
        <source>Effacement et sauvegarde en cours…</source>
        <translation>Bezig met wissen en back-up…</translation>
    </message>
    <message>
        <source>Touche {n}</source>
        <translation>Toets {n}</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Date non reconnue : tapez-la comme 30/07/1985.</source>
        <translation>Datum niet herkend: typ hem zoals 30/07/1985.</translation>
    </message>
    <message>
        <source>Tapez le début du nom ou le code postal</source>
        <translation>Typ het begin van de naam of de postcode</translation>
    </message>
    <message>
        <source>Compte rendu du rendez-vous</source>
        <translation>Verslag van de afspraak</translation>
    </message>
    <message>
        <source>Modifier le suivi</source>
        <translation>Opvolging wijzigen</translation>
    </message>
    <message>
        <source>Prochain rendez-vous</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <source>Nouveau suivi</source>
        <translation>Nieuwe opvolging</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>ex. bureau, domicile, commissariat</source>
        <translation>bv. kantoor, woning, politiekantoor</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, ce qui a été convenu</source>
        <translation>Wat er is gebeurd, wat er is afgesproken</translation>
    </message>
    <message>
        <source>&amp;Date et heure :</source>
        <translation>&amp;Datum en uur:</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>&amp;Prochaine étape :</source>
        <translation>&amp;Volgende stap:</translation>
    </message>
    <message>
        <source>Planifier le prochain rende&amp;z-vous</source>
        <translation>Volgende afspraak pl&amp;annen</translation>
    </message>
    <message>
        <source>Le :</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Date future : ce suivi sera enregistré comme rendez-vous prévu.</source>
        <translation>Datum in de toekomst: deze opvolging wordt geregistreerd als geplande afspraak.</translation>
    </message>
    <message>
        <source>&amp;Confirmer</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suivis du dossier</source>
        <translation>Opvolgingen van het dossier</translation>
    </message>
    <message>
        <source>&amp;Nouveau suivi…</source>
        <translation>&amp;Nieuwe opvolging…</translation>
    </message>
    <message>
        <source>Prochain &amp;rendez-vous…</source>
        <translation>Volgende &amp;afspraak…</translation>
    </message>
    <message>
        <source>Marquer ré&amp;alisé…</source>
        <translation>Als &amp;uitgevoerd markeren…</translation>
    </message>
    <message>
        <source>Marquer &amp;manqué</source>
        <translation>Als &amp;gemist markeren</translation>
    </message>
    <message>
        <source>Afficher les suivis plus an&amp;ciens</source>
        <translation>&amp;Oudere opvolgingen tonen</translation>
    </message>
    <message>
        <source>{shown} suivis affichés sur {total}</source>
        <translation>{shown} van {total} opvolgingen getoond</translation>
    </message>
    <message>
        <source>Un rendez-vous à venir ne peut pas encore être marqué réalisé.</source>
        <translation>Een toekomstige afspraak kan nog niet als uitgevoerd worden gemarkeerd.</translation>
    </message>
    <message>
        <source>Aucun suivi pour l&apos;instant.</source>
        <translation>Nog geen opvolgingen.</translation>
    </message>
    <message>
        <source>Lieu : {place}</source>
        <translation>Plaats: {place}</translation>
    </message>
    <message>
        <source>par {name}</source>
        <translation>door {name}</translation>
    </message>
    <message>
        <source>Prochaine étape : {step}</source>
        <translation>Volgende stap: {step}</translation>
    </message>
    <message>
        <source>{m} min</source>
        <extracomment>background / text colours of the risk badges (calm → alarming)</extracomment>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h} u {m:02d}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} u</translation>
    </message>
    <message>
        <source>Risque non évalué</source>
        <translation>Risico niet ingeschat</translation>
    </message>
    <message>
        <source>Risque : {level}</source>
        <translation>Risico: {level}</translation>
    </message>
    <message>
        <source>Balise</source>
        <extracomment>how long after the vault&apos;s pages are shown the idle pre-build of the case screen starts (its steps then follow at the next turns of the event loop) between two steps: the event loop answers what came meanwhile (a step chained with a zero timer could run right after the previous one, in the same pass)</extracomment>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Ce que vous avez tapé n&apos;est pas encore enregistré.</source>
        <translation>Wat u hebt getypt, is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Ne pas enregistrer</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abandonner cette saisie ?</source>
        <translation>Deze invoer laten vallen?</translation>
    </message>
    <message>
        <source>Niveau de risque</source>
        <translation type="vanished">Risiconiveau</translation>
    </message>
    <message>
        <source>Confidentiel</source>
        <extracomment>a sample of the widest text of each column (measured in bold: high-risk rows)</extracomment>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Statut du dossier : {status}</source>
        <extracomment>a synchronisation clash of this case waits for a choice (issue 12)</extracomment>
        <translation>Status van het dossier: {status}</translation>
    </message>
    <message>
        <source>Un conflit de synchronisation attend : Paramètres › Conflits de synchronisation</source>
        <translation>Er wacht een synchronisatieconflict: Instellingen › Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>{n} conflits de synchronisation attendent : Paramètres › Conflits de synchronisation</source>
        <translation>{n} synchronisatieconflicten wachten: Instellingen › Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>aucun·e</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Commune : {commune}   ·   Intervenant·es : {workers}</source>
        <translation>Gemeente: {commune}   ·   Hulpverleners: {workers}</translation>
    </message>
    <message>
        <source>Ce que le tribunal a décidé</source>
        <translation>Wat de rechtbank heeft beslist</translation>
    </message>
    <message>
        <source>&amp;Procédure :</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>&amp;Requête introduite le :</source>
        <translation>&amp;Verzoekschrift ingediend op:</translation>
    </message>
    <message>
        <source>&amp;Audience :</source>
        <translation>&amp;Zitting:</translation>
    </message>
    <message>
        <source>Décision &amp;le :</source>
        <translation>Beslissing &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Décision :</source>
        <translation>&amp;Beslissing:</translation>
    </message>
    <message>
        <source>Protection du droit de séjour</source>
        <translation>Bescherming van het verblijfsrecht</translation>
    </message>
    <message>
        <source>Loi du 15 décembre 1980 : le droit de séjour obtenu par regroupement familial peut être maintenu pour une victime de violences.</source>
        <translation>Wet van 15 december 1980: het verblijfsrecht dat via gezinshereniging is verkregen, kan voor een slachtoffer van geweld behouden blijven.</translation>
    </message>
    <message>
        <source>&amp;Base légale :</source>
        <translation>&amp;Rechtsgrond:</translation>
    </message>
    <message>
        <source>&amp;Introduit le :</source>
        <translation>&amp;Ingediend op:</translation>
    </message>
    <message>
        <source>← Retour</source>
        <extracomment>the sections in tab order: the page&apos;s attribute and the section&apos;s class &quot;← Retour&quot; was pressed the guide&apos;s section about the case screen (each tab has its own: CASE_TAB_ANCHORS)</extracomment>
        <translation>← Terug</translation>
    </message>
    <message>
        <source>Revenir à la page précédente (Alt+←)</source>
        <translation>Terug naar de vorige pagina (Alt+←)</translation>
    </message>
    <message>
        <source>Résumé du dossier</source>
        <translation>Samenvatting van het dossier</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Victime et co-victimes</source>
        <translation>Slachtoffer en medeslachtoffers</translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation>Plegers</translation>
    </message>
    <message>
        <source>Risque</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Évaluation du risque</source>
        <translation>Risico-inschatting</translation>
    </message>
    <message>
        <source>Accords</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Consentements (enregistrer, partager)</source>
        <translation>Toestemmingen (registreren, delen)</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>Suivis et rendez-vous</source>
        <translation>Opvolgingen en afspraken</translation>
    </message>
    <message>
        <source>Démarches socio-administratives</source>
        <translation>Sociaal-administratieve stappen</translation>
    </message>
    <message>
        <source>Départ</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Courriers et documents</source>
        <translation>Brieven en documenten</translation>
    </message>
    <message>
        <source>L&apos;effacement est fait, mais la sauvegarde qui devait suivre n&apos;a pas pu être faite : {raison}</source>
        <translation>De wissing is uitgevoerd, maar de back-up die erop moest volgen, kon niet worden gemaakt: {raison}</translation>
    </message>
    <message>
        <source>jj/mm/aaaa hh:mm</source>
        <translation>dd/mm/jjjj uu:mm</translation>
    </message>
    <message>
        <source>Date et heure non reconnues : tapez-les comme 12/11/2026 09:30.</source>
        <translation>Datum en uur niet herkend: typ ze zoals 12/11/2026 09:30.</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>{title} :</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Échéance dépassée sans mise à jour</source>
        <translation>Termijn verstreken zonder update</translation>
    </message>
    <message>
        <source>{date} ({years} ans)</source>
        <translation>{date} ({years} jaar)</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>N° national</source>
        <translation>Rijksregisternr.</translation>
    </message>
    <message>
        <source>Personnes du dossier</source>
        <translation>Personen in het dossier</translation>
    </message>
    <message>
        <source>&amp;Ajouter un enfant / une co-victime…</source>
        <translation>Kind / medeslachtoffer &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Modi&amp;fier la fiche…</source>
        <translation>Fiche &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;tirer du dossier…</source>
        <translation>Uit het dossier &amp;verwijderen…</translation>
    </message>
    <message>
        <source>La victime principale, puis les enfants et autres co-victimes.</source>
        <translation>Het hoofdslachtoffer, daarna de kinderen en andere medeslachtoffers.</translation>
    </message>
    <message>
        <source>&amp;Effacer définitivement…</source>
        <translation>&amp;Definitief wissen…</translation>
    </message>
    <message>
        <source>Effacer la fiche de cette personne à sa demande (RGPD, art. 17)</source>
        <translation>De fiche van deze persoon op haar of zijn verzoek wissen (AVG, art. 17)</translation>
    </message>
    <message>
        <source>Effacer la victime principale, c&apos;est effacer tout le dossier : onglet Résumé, « Effacer définitivement… »</source>
        <translation>Het hoofdslachtoffer wissen betekent het hele dossier wissen: tabblad Samenvatting, “Definitief wissen…”</translation>
    </message>
    <message>
        <source>Retirer {name} du dossier ? Sa fiche sera effacée.</source>
        <translation>{name} uit het dossier verwijderen? De fiche wordt gewist.</translation>
    </message>
    <message>
        <source>Modifier la fiche</source>
        <translation>Fiche wijzigen</translation>
    </message>
    <message>
        <source>Ajouter un enfant ou une co-victime</source>
        <translation>Een kind of medeslachtoffer toevoegen</translation>
    </message>
    <message>
        <source>Victime principale</source>
        <translation>Hoofdslachtoffer</translation>
    </message>
    <message>
        <source>ex. fils, fille, mère</source>
        <translation>bv. zoon, dochter, moeder</translation>
    </message>
    <message>
        <source>Masq&amp;uer le nom (afficher le pseudonyme partout)</source>
        <translation>Naam ver&amp;bergen (overal de schuilnaam tonen)</translation>
    </message>
    <message>
        <source>— non précisé —</source>
        <translation>— niet opgegeven —</translation>
    </message>
    <message>
        <source>ex. français, arabe</source>
        <translation>bv. Frans, Arabisch</translation>
    </message>
    <message>
        <source>ex. 85.07.30-033.28</source>
        <translation>bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Lien avec la &amp;victime :</source>
        <translation>Band met het &amp;slachtoffer:</translation>
    </message>
    <message>
        <source>Pseudon&amp;yme :</source>
        <translation>Schu&amp;ilnaam:</translation>
    </message>
    <message>
        <source>&amp;Genre :</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <source>Langue&amp;s :</source>
        <translation>&amp;Talen:</translation>
    </message>
    <message>
        <source>Nationalité :</source>
        <translation>Nationaliteit:</translation>
    </message>
    <message>
        <source>Rue et numéro :</source>
        <translation>Straat en nummer:</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Nationa&amp;lité :</source>
        <translation type="vanished">Nationa&amp;liteit:</translation>
    </message>
    <message>
        <source>Numér&amp;o de registre national :</source>
        <translation>&amp;Rijksregisternummer:</translation>
    </message>
    <message>
        <source>Adresse et téléphone</source>
        <translation>Adres en telefoon</translation>
    </message>
    <message>
        <source>ex. 0472 12 34 56</source>
        <translation>bv. 0472 12 34 56</translation>
    </message>
    <message>
        <source>&amp;Rue et numéro :</source>
        <translation type="vanished">Straat en nu&amp;mmer:</translation>
    </message>
    <message>
        <source>Code &amp;postal :</source>
        <translation type="vanished">&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Localité :</source>
        <translation>&amp;Woonplaats:</translation>
    </message>
    <message>
        <source>Télép&amp;hone :</source>
        <translation>Telef&amp;oon:</translation>
    </message>
    <message>
        <source>Contact sûr</source>
        <translation>Veilig contact</translation>
    </message>
    <message>
        <source>&amp;Nouvelle plainte…</source>
        <translation>&amp;Nieuwe klacht…</translation>
    </message>
    <message>
        <source>Changer le &amp;statut…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Plaintes</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Déposée le</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>Zone / commissariat</source>
        <translation>Zone / politiekantoor</translation>
    </message>
    <message>
        <source>N° de PV</source>
        <translation>Pv-nr.</translation>
    </message>
    <message>
        <source>Certificat</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Accompagnée</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <source>&amp;Interdiction de résidence…</source>
        <translation>&amp;Huisverbod…</translation>
    </message>
    <message>
        <source>&amp;Prolongation…</source>
        <translation>&amp;Verlenging…</translation>
    </message>
    <message>
        <source>Noter l&apos;iss&amp;ue…</source>
        <translation>&amp;Afloop noteren…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Interdiction temporaire de résidence</source>
        <translation>Tijdelijk huisverbod</translation>
    </message>
    <message>
        <source>Ordonnée le</source>
        <translation>Bevolen op</translation>
    </message>
    <message>
        <source>Notifiée le</source>
        <translation>Betekend op</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Audience (juge de paix)</source>
        <translation>Zitting (vrederechter)</translation>
    </message>
    <message>
        <source>Prolongée le</source>
        <translation>Verlengd op</translation>
    </message>
    <message>
        <source>Remarques</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>&amp;Tribunal de la famille…</source>
        <translation>&amp;Familierechtbank…</translation>
    </message>
    <message>
        <source>Tribunal de la famille — mesures urgentes</source>
        <translation>Familierechtbank — dringende maatregelen</translation>
    </message>
    <message>
        <source>Procédure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Requête le</source>
        <translation>Verzoekschrift op</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Droit de s&amp;éjour…</source>
        <translation>Verblijfs&amp;recht…</translation>
    </message>
    <message>
        <source>Protection du droit de séjour (victime étrangère)</source>
        <translation>Bescherming van het verblijfsrecht (buitenlands slachtoffer)</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Introduit le</source>
        <translation>Ingediend op</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Aucune plainte enregistrée pour ce dossier.</source>
        <translation>Geen klacht geregistreerd voor dit dossier.</translation>
    </message>
    <message>
        <source>Aucune interdiction de résidence.</source>
        <translation>Geen huisverbod.</translation>
    </message>
    <message>
        <source>Fin après 10 jours : {initial} · prolongation possible jusqu&apos;au {limit}</source>
        <translation>Einde na 10 dagen: {initial} · verlenging mogelijk tot {limit}</translation>
    </message>
    <message>
        <source>Échéance dépassée sans mise à jour : notez la prolongation ou l&apos;issue.</source>
        <translation>Termijn verstreken zonder update: noteer de verlenging of de afloop.</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Supprimer cette plainte et son historique ? (À faire seulement si elle a été enregistrée par erreur.)</source>
        <translation>Deze klacht en haar geschiedenis verwijderen? (Alleen doen als ze per vergissing is geregistreerd.)</translation>
    </message>
    <message>
        <source>Supprimer cette interdiction de résidence (enregistrée par erreur) ?</source>
        <translation>Dit huisverbod verwijderen (per vergissing geregistreerd)?</translation>
    </message>
    <message>
        <source>Supprimer cette procédure (enregistrée par erreur) ?</source>
        <translation>Deze procedure verwijderen (per vergissing geregistreerd)?</translation>
    </message>
    <message>
        <source>Supprimer ce dossier de séjour (enregistré par erreur) ?</source>
        <translation>Dit verblijfsdossier verwijderen (per vergissing geregistreerd)?</translation>
    </message>
    <message>
        <source>Modifier l&apos;interdiction</source>
        <translation>Huisverbod wijzigen</translation>
    </message>
    <message>
        <source>Ordonnée par le procureur du Roi pour 10 jours au plus ; le juge de paix peut la prolonger jusqu&apos;à trois mois après l&apos;ordonnance.</source>
        <translation>Bevolen door de procureur des Konings voor maximaal 10 dagen; de vrederechter kan het verlengen tot drie maanden na het bevel.</translation>
    </message>
    <message>
        <source>&amp;Ordonnée le :</source>
        <translation>&amp;Bevolen op:</translation>
    </message>
    <message>
        <source>&amp;Notifiée le :</source>
        <translation>Be&amp;tekend op:</translation>
    </message>
    <message>
        <source>&amp;Audience du juge de paix :</source>
        <translation>&amp;Zitting bij de vrederechter:</translation>
    </message>
    <message>
        <source>Prolongée jusqu&apos;au {end} (au plus tard le {limit}).</source>
        <translation>Verlengd tot {end} (uiterlijk {limit}).</translation>
    </message>
    <message>
        <source>Fin calculée : {end} (ordonnance + 10 jours).</source>
        <translation>Berekend einde: {end} (bevel + 10 dagen).</translation>
    </message>
    <message>
        <source>Prolongation par le juge de paix</source>
        <translation>Verlenging door de vrederechter</translation>
    </message>
    <message>
        <source>Interdiction ordonnée le {ordered}. La prolongation peut aller jusqu&apos;au {limit} au plus tard (trois mois après l&apos;ordonnance).</source>
        <translation>Huisverbod bevolen op {ordered}. De verlenging kan uiterlijk tot {limit} lopen (drie maanden na het bevel).</translation>
    </message>
    <message>
        <source>&amp;Décision du juge de paix le :</source>
        <translation>&amp;Beslissing van de vrederechter op:</translation>
    </message>
    <message>
        <source>&amp;Nouvelle fin :</source>
        <translation>&amp;Nieuw einde:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la prolongation</source>
        <translation>Verlenging op&amp;slaan</translation>
    </message>
    <message>
        <source>Noter l&apos;issue de l&apos;interdiction</source>
        <translation>De afloop van het huisverbod noteren</translation>
    </message>
    <message>
        <source>ex. pas de prolongation demandée ; fin de l&apos;interdiction</source>
        <translation>bv. geen verlenging gevraagd; einde van het huisverbod</translation>
    </message>
    <message>
        <source>La note s&apos;ajoute aux remarques de l&apos;interdiction, datée d&apos;aujourd&apos;hui.</source>
        <translation>De notitie wordt toegevoegd aan de opmerkingen bij het huisverbod, met de datum van vandaag.</translation>
    </message>
    <message>
        <source>&amp;Note :</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>{status} ({date})</source>
        <translation>{status} ({date})</translation>
    </message>
    <message>
        <source>{status} le {date}</source>
        <translation>{status} op {date}</translation>
    </message>
    <message>
        <source>Historique : {steps}</source>
        <translation>Geschiedenis: {steps}</translation>
    </message>
    <message>
        <source>Preuves : {text}</source>
        <translation>Bewijs: {text}</translation>
    </message>
    <message>
        <source>Remarques : {text}</source>
        <translation>Opmerkingen: {text}</translation>
    </message>
    <message>
        <source>{date} — {text}</source>
        <translation>{date} — {text}</translation>
    </message>
    <message>
        <source>en hausse</source>
        <translation>stijgend</translation>
    </message>
    <message>
        <source>en baisse</source>
        <translation>dalend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabiel</translation>
    </message>
    <message>
        <source>une seule évaluation</source>
        <translation>één enkele inschatting</translation>
    </message>
    <message>
        <source>(+ {n} autres)</source>
        <translation>(+ {n} andere)</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Facteurs déterminants</source>
        <translation>Bepalende factoren</translation>
    </message>
    <message>
        <source>Relèvement</source>
        <translation>Verhoging</translation>
    </message>
    <message>
        <source>Historique des évaluations</source>
        <translation>Geschiedenis van de inschattingen</translation>
    </message>
    <message>
        <source>&amp;Nouvelle évaluation…</source>
        <translation>&amp;Nieuwe inschatting…</translation>
    </message>
    <message>
        <source>Tendance : {trend} {arrow}</source>
        <translation>Trend: {trend} {arrow}</translation>
    </message>
    <message>
        <source>Aucune évaluation pour l&apos;instant.</source>
        <translation>Nog geen inschattingen.</translation>
    </message>
    <message>
        <source>Règles de contact sûr</source>
        <translation>Regels voor veilig contact</translation>
    </message>
    <message>
        <source>Modifier la fiche de la victime et ses règles de contact</source>
        <translation>De fiche van het slachtoffer en de contactregels wijzigen</translation>
    </message>
    <message>
        <source>&amp;Copier le n°</source>
        <translation>Nr. &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copier le téléphone sûr. Il est retiré du presse-papiers après 30 secondes et au verrouillage, et caché aux gestionnaires de presse-papiers.</source>
        <translation>Het veilige telefoonnummer kopiëren. Het wordt na 30 seconden en bij vergrendeling uit het klembord verwijderd, en verborgen voor klembordbeheerders.</translation>
    </message>
    <message>
        <source>Copié ✓</source>
        <translation>Gekopieerd ✓</translation>
    </message>
    <message>
        <source>Aucune règle de contact enregistrée.</source>
        <translation>Geen contactregels geregistreerd.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Téléphone sûr :</source>
        <translation>Veilig telefoonnummer:</translation>
    </message>
    <message>
        <source>Moments sûrs :</source>
        <translation>Veilige momenten:</translation>
    </message>
    <message>
        <source>Message :</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Courrier :</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Mot de code :</source>
        <translation>Codewoord:</translation>
    </message>
    <message>
        <source>ex. en semaine entre 9 h et 11 h</source>
        <translation>bv. op weekdagen tussen 9 en 11 uur</translation>
    </message>
    <message>
        <source>ex. ne jamais appeler le soir</source>
        <translation>bv. nooit &apos;s avonds bellen</translation>
    </message>
    <message>
        <source>&amp;Téléphone sûr :</source>
        <translation>&amp;Veilig telefoonnummer:</translation>
    </message>
    <message>
        <source>Mo&amp;ments sûrs :</source>
        <translation>Veilige &amp;momenten:</translation>
    </message>
    <message>
        <source>Peut-on laisser un mess&amp;age ?</source>
        <translation>Mag er een bericht worden &amp;achtergelaten?</translation>
    </message>
    <message>
        <source>Peut-on éc&amp;rire ?</source>
        <translation>Mag er &amp;geschreven worden?</translation>
    </message>
    <message>
        <source>Mot de co&amp;de :</source>
        <translation>Code&amp;woord:</translation>
    </message>
    <message>
        <source>Autres &amp;consignes :</source>
        <translation>Andere &amp;instructies:</translation>
    </message>
    <message>
        <source>Répondez Oui, Non ou Ne sait pas.</source>
        <translation>Antwoord Ja, Nee of Weet niet.</translation>
    </message>
    <message>
        <source>Nouvelle évaluation du risque</source>
        <translation>Nieuwe risico-inschatting</translation>
    </message>
    <message>
        <source>Niveau calculé</source>
        <translation>Berekend niveau</translation>
    </message>
    <message>
        <source>  (facteur critique)</source>
        <translation>  (kritieke factor)</translation>
    </message>
    <message>
        <source>— garder le niveau calculé —</source>
        <translation>— berekend niveau behouden —</translation>
    </message>
    <message>
        <source>Pourquoi votre jugement professionnel relève le niveau</source>
        <translation>Waarom uw professionele oordeel het niveau verhoogt</translation>
    </message>
    <message>
        <source>Re&amp;lever le niveau :</source>
        <translation>Niveau &amp;verhogen:</translation>
    </message>
    <message>
        <source>M&amp;otif du relèvement :</source>
        <translation>&amp;Reden van de verhoging:</translation>
    </message>
    <message>
        <source>Pour chaque question : 1 = Oui, 2 = Non, 3 = Ne sait pas (ou les flèches ← →). La réponse passe à la question suivante. Sans réponse = « Ne sait pas ».</source>
        <translation>Voor elke vraag: 1 = Ja, 2 = Nee, 3 = Weet niet (of de pijltjes ← →). Het antwoord gaat door naar de volgende vraag. Geen antwoord = “Weet niet”.</translation>
    </message>
    <message>
        <source>Niveau calculé : {level}  (score {score})</source>
        <translation>Berekend niveau: {level}  (score {score})</translation>
    </message>
    <message>
        <source>aucun « Oui » pour l&apos;instant</source>
        <translation>nog geen “Ja”</translation>
    </message>
    <message>
        <source> (+{n})</source>
        <translation> (+{n})</translation>
    </message>
    <message>
        <source>Facteurs déterminants : {drivers}. Sans réponse : {n}.</source>
        <translation>Bepalende factoren: {drivers}. Zonder antwoord: {n}.</translation>
    </message>
    <message>
        <source>Clôturer le dossier</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Le motif de clôture est obligatoire ; il reste dans l&apos;historique du dossier.</source>
        <translation>De reden van afsluiting is verplicht; ze blijft in de geschiedenis van het dossier.</translation>
    </message>
    <message>
        <source>&amp;Clôturer</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Mettre le dossier en pause</source>
        <translation>Dossier pauzeren</translation>
    </message>
    <message>
        <source>Par exemple : la personne ne répond plus, elle a déménagé hors de la zone…</source>
        <translation>Bijvoorbeeld: de persoon antwoordt niet meer, ze is buiten de zone verhuisd…</translation>
    </message>
    <message>
        <source>Mettre en &amp;pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Rouvrir le dossier</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <source>Vous pouvez noter pourquoi le dossier est rouvert (facultatif).</source>
        <translation>U kunt noteren waarom het dossier wordt heropend (optioneel).</translation>
    </message>
    <message>
        <source>&amp;Rouvrir</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Motif (facultatif) :</source>
        <translation>&amp;Reden (optioneel):</translation>
    </message>
    <message>
        <source>Modifier la démarche</source>
        <translation>Stap wijzigen</translation>
    </message>
    <message>
        <source>Ajouter une démarche</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>— choisir une démarche —</source>
        <translation>— kies een stap —</translation>
    </message>
    <message>
        <source>— personne —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>noté avec le changement de statut</source>
        <translation>genoteerd bij de statuswijziging</translation>
    </message>
    <message>
        <source>&amp;Démarche :</source>
        <translation>St&amp;ap:</translation>
    </message>
    <message>
        <source>É&amp;chéance :</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <source>&amp;Partenaire :</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>C&amp;ommentaire du changement :</source>
        <translation>&amp;Commentaar bij de wijziging:</translation>
    </message>
    <message>
        <source>Le répertoire des partenaires est vide pour l&apos;instant.</source>
        <translation>De adreslijst van partners is voorlopig leeg.</translation>
    </message>
    <message>
        <source>Avancement des démarches</source>
        <translation>Voortgang van de stappen</translation>
    </message>
    <message>
        <source>Démarche</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Démarches du dossier</source>
        <translation>Stappen van het dossier</translation>
    </message>
    <message>
        <source>Espace : marquer la démarche faite (ou à refaire)</source>
        <translation>Spatie: de stap als gedaan markeren (of als opnieuw te doen)</translation>
    </message>
    <message>
        <source>&amp;Ajouter une démarche…</source>
        <translation>Stap &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Appliquer un &amp;ensemble</source>
        <translation>Een &amp;pakket toepassen</translation>
    </message>
    <message>
        <source>Marquer &amp;fait</source>
        <translation>Als &amp;gedaan markeren</translation>
    </message>
    <message>
        <source>&amp;Statut</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Mo&amp;difier…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Retirer du dossier</source>
        <translation>Uit het dossier verwijderen</translation>
    </message>
    <message>
        <source>{n} en retard</source>
        <translation>{n} te laat</translation>
    </message>
    <message>
        <source>{n} bloquée(s)</source>
        <translation>{n} geblokkeerd</translation>
    </message>
    <message>
        <source>{n} sans objet</source>
        <translation>{n} niet van toepassing</translation>
    </message>
    <message>
        <source> (retirée du catalogue)</source>
        <translation> (uit de catalogus verwijderd)</translation>
    </message>
    <message>
        <source>Aucune démarche. Ajoutez-en une, ou appliquez un ensemble type (par exemple « Départ du domicile »).</source>
        <translation>Geen stappen. Voeg er een toe, of pas een standaardpakket toe (bijvoorbeeld “Vertrek uit de woning”).</translation>
    </message>
    <message>
        <source> par {name}</source>
        <translation> door {name}</translation>
    </message>
    <message>
        <source>Historique : {history}</source>
        <translation>Geschiedenis: {history}</translation>
    </message>
    <message>
        <source>Échéance dépassée : mettez la démarche à jour.</source>
        <translation>Termijn verstreken: werk de stap bij.</translation>
    </message>
    <message>
        <source>{n} démarche(s) ajoutée(s) : ensemble « {name} ».</source>
        <translation>{n} stap(pen) toegevoegd: pakket “{name}”.</translation>
    </message>
    <message>
        <source>Le dossier contient déjà toutes les démarches de l&apos;ensemble « {name} ».</source>
        <translation>Het dossier bevat al alle stappen van het pakket “{name}”.</translation>
    </message>
    <message>
        <source>Retirer « {label} » de ce dossier, avec son historique ?</source>
        <translation>“{label}” met de geschiedenis ervan uit dit dossier verwijderen?</translation>
    </message>
    <message>
        <source>Ouverture</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Clôture</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Réouverture</source>
        <translation>Heropening</translation>
    </message>
    <message>
        <source>Mise en pause</source>
        <translation>Pauzering</translation>
    </message>
    <message>
        <source>Situation :</source>
        <translation>Situatie:</translation>
    </message>
    <message>
        <source>Types de violence :</source>
        <translation>Soorten geweld:</translation>
    </message>
    <message>
        <source>Premier fait connu :</source>
        <translation>Eerste bekende feit:</translation>
    </message>
    <message>
        <source>Dernier fait connu :</source>
        <translation>Laatste bekende feit:</translation>
    </message>
    <message>
        <source>Enfants exposés :</source>
        <translation>Blootgestelde kinderen:</translation>
    </message>
    <message>
        <source>Origine de la demande :</source>
        <translation>Herkomst van de hulpvraag:</translation>
    </message>
    <message>
        <source>Ouvert le :</source>
        <translation>Geopend op:</translation>
    </message>
    <message>
        <source>Clôturé le :</source>
        <translation>Afgesloten op:</translation>
    </message>
    <message>
        <source>Confidentiel :</source>
        <translation>Vertrouwelijk:</translation>
    </message>
    <message>
        <source>Au dossier :</source>
        <translation>In het dossier:</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>C&amp;lôturer…</source>
        <translation>&amp;Afsluiten…</translation>
    </message>
    <message>
        <source>Mettre en &amp;pause…</source>
        <translation>&amp;Pauzeren…</translation>
    </message>
    <message>
        <source>R&amp;ouvrir…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>Effacer tout le dossier à la demande de la personne (RGPD, art. 17)</source>
        <translation>Het hele dossier wissen op verzoek van de persoon (AVG, art. 17)</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Historique du statut</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <source>{date} — motif : {reason}</source>
        <translation>{date} — reden: {reason}</translation>
    </message>
    <message>
        <source>Oui : réservé aux intervenant·es attitré·es</source>
        <translation>Ja: voorbehouden aan de toegewezen hulpverleners</translation>
    </message>
    <message>
        <source>{people} personne(s), {authors} auteur(s), {followups} suivi(s)</source>
        <translation>{people} persoon/personen, {authors} pleger(s), {followups} opvolging(en)</translation>
    </message>
    <message>
        <source>Ouverts et en pause</source>
        <translation>Open en gepauzeerd</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clôturés</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Tous les niveaux</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>Élevé et critique</source>
        <translation>Hoog en kritiek</translation>
    </message>
    <message>
        <source>Ouverts &amp;du</source>
        <translation>Geopend &amp;van</translation>
    </message>
    <message>
        <source>Limiter aux dossiers ouverts pendant cette période</source>
        <translation>Beperken tot dossiers die in deze periode zijn geopend</translation>
    </message>
    <message>
        <source>Début de la période d&apos;ouverture</source>
        <translation>Begin van de openingsperiode</translation>
    </message>
    <message>
        <source>Fin de la période d&apos;ouverture</source>
        <translation>Einde van de openingsperiode</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Revenir aux dossiers ouverts et en pause, sans filtre</source>
        <translation>Terug naar de open en gepauzeerde dossiers, zonder filter</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Intervenant·e</source>
        <translation>&amp;Hulpverlener</translation>
    </message>
    <message>
        <source>&amp;Risque</source>
        <translation>&amp;Risico</translation>
    </message>
    <message>
        <source>au</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Tous les intervenant·es</source>
        <translation>Alle hulpverleners</translation>
    </message>
    <message>
        <source>Moi</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Dernier contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Intervenant·es</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>{reference}, confidentiel</source>
        <extracomment>the database sort changed through :meth:`sort` (the page reloads)</extracomment>
        <translation>{reference}, vertrouwelijk</translation>
    </message>
    <message>
        <source>Non évalué</source>
        <translation>Niet ingeschat</translation>
    </message>
    <message>
        <source>Dossier confidentiel : réservé aux intervenant·es désigné·es.</source>
        <translation>Vertrouwelijk dossier: voorbehouden aan de aangewezen hulpverleners.</translation>
    </message>
    <message>
        <source>Risque {level} : à suivre de près.</source>
        <translation>Risico {level}: van nabij opvolgen.</translation>
    </message>
    <message>
        <source>Rechercher un nom, un pseudonyme, une référence, un mot d&apos;un suivi…</source>
        <translation>Zoek een naam, een schuilnaam, een referentie, een woord uit een opvolging…</translation>
    </message>
    <message>
        <source>Rechercher un dossier</source>
        <translation>Een dossier zoeken</translation>
    </message>
    <message>
        <source>Ctrl+F ; flèche bas pour aller à la liste</source>
        <translation>Ctrl+F; pijl omlaag om naar de lijst te gaan</translation>
    </message>
    <message>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;Nieuw dossier</translation>
    </message>
    <message>
        <source>Enregistrer une nouvelle situation (Ctrl+N)</source>
        <translation>Een nieuwe situatie registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aucun dossier ne correspond à ces critères.</source>
        <translation>Geen enkel dossier voldoet aan deze criteria.</translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Plus de {n} dossiers — précisez la recherche</source>
        <translation>Meer dan {n} dossiers — verfijn de zoekopdracht</translation>
    </message>
    <message>
        <source>1 résultat</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>{n} résultats</source>
        <translation>{n} resultaten</translation>
    </message>
    <message>
        <source>Liste des dossiers</source>
        <extracomment>the row to open (Enter, Return or double-click)</extracomment>
        <translation>Lijst van de dossiers</translation>
    </message>
    <message>
        <source>Aperçu : relisez avant d&apos;émettre. Rien n&apos;est encore enregistré.</source>
        <translation>Voorbeeld: herlees voordat u het document opmaakt. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Document émis et enregistré dans le dossier. Vous pouvez l&apos;imprimer.</source>
        <translation>Document opgemaakt en in het dossier opgeslagen. U kunt het afdrukken.</translation>
    </message>
    <message>
        <source>Rechercher un partenaire (nom, secteur, commune)…</source>
        <translation>Een partner zoeken (naam, sector, gemeente)…</translation>
    </message>
    <message>
        <source>Rechercher un partenaire</source>
        <translation>Een partner zoeken</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Pour le registre du dossier (non imprimé)</source>
        <translation>Voor het register van het dossier (niet afgedrukt)</translation>
    </message>
    <message>
        <source>Informations à inclure</source>
        <translation>Op te nemen gegevens</translation>
    </message>
    <message>
        <source>&amp;Passer outre l&apos;absence d&apos;accord (raison obligatoire)</source>
        <translation>&amp;Ontbrekende toestemming negeren (reden verplicht)</translation>
    </message>
    <message>
        <source>Pourquoi ce courrier part-il sans l&apos;accord de la personne ?</source>
        <translation>Waarom vertrekt deze brief zonder toestemming van de persoon?</translation>
    </message>
    <message>
        <source>&amp;Aperçu…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>1. Destinataire</source>
        <translation>1. Ontvanger</translation>
    </message>
    <message>
        <source>&amp;Contact :</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Fonction sous la signature :</source>
        <translation>&amp;Functie onder de handtekening:</translation>
    </message>
    <message>
        <source>2. Ce que le courrier contient</source>
        <translation>2. Wat de brief bevat</translation>
    </message>
    <message>
        <source>Cochez seulement ce qui est utile au partenaire. Rien d&apos;autre n&apos;est imprimé.</source>
        <translation>Vink alleen aan wat nuttig is voor de partner. Niets anders wordt afgedrukt.</translation>
    </message>
    <message>
        <source>3. Accord de la personne</source>
        <translation>3. Toestemming van de persoon</translation>
    </message>
    <message>
        <source>(l&apos;organisation, sans contact nommé)</source>
        <translation>(de organisatie, zonder contactpersoon)</translation>
    </message>
    <message>
        <source>Courrier rédigé en {language} (langue du partenaire).</source>
        <translation>Brief opgesteld in {language} (taal van de partner).</translation>
    </message>
    <message>
        <source>Le modèle n&apos;a pas encore de texte en {language} : le corps du courrier reste en français (Paramètres › Modèles de documents).</source>
        <translation>Het sjabloon heeft nog geen tekst in {language}: de hoofdtekst van de brief blijft in het Frans (Instellingen › Documentsjablonen).</translation>
    </message>
    <message>
        <source>Choisissez le partenaire destinataire.</source>
        <translation>Kies de ontvangende partner.</translation>
    </message>
    <message>
        <source>Cochez au moins une information.</source>
        <translation>Vink minstens één gegeven aan.</translation>
    </message>
    <message>
        <source>Sans accord de la personne, le courrier ne peut pas partir. Notez son accord dans l&apos;onglet Consentements, ou passez outre avec une raison.</source>
        <translation>Zonder toestemming van de persoon kan de brief niet vertrekken. Noteer haar of zijn toestemming in het tabblad Toestemmingen, of negeer dit met een reden.</translation>
    </message>
    <message>
        <source>Expliquez la raison (au moins {n} caractères).</source>
        <translation>Leg de reden uit (minstens {n} tekens).</translation>
    </message>
    <message>
        <source>Courrier d&apos;orientation — aperçu</source>
        <translation>Doorverwijsbrief — voorbeeld</translation>
    </message>
    <message>
        <source>Aperçu du document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;a été choisie : le document n&apos;a pas été imprimé. Pour garder une copie du document sur l&apos;ordinateur, utilisez « Enregistrer une copie ».</source>
        <translation>Er is geen printer gekozen: het document is niet afgedrukt. Gebruik “Een kopie opslaan” om een kopie van het document op de computer te bewaren.</translation>
    </message>
    <message>
        <source>La copie enregistrée ne sera pas chiffrée : toute personne qui a accès à cet ordinateur ou à cette clé USB pourra la lire. Enregistrez-la seulement si c&apos;est nécessaire, à un endroit sûr, et supprimez-la dès qu&apos;elle n&apos;est plus utile.</source>
        <translation>De opgeslagen kopie wordt niet versleuteld: iedereen met toegang tot deze computer of deze usb-stick kan ze lezen. Sla ze alleen op als het nodig is, op een veilige plaats, en verwijder ze zodra ze niet meer nodig is.</translation>
    </message>
    <message>
        <source>Enregistrer une copie</source>
        <translation>Een kopie opslaan</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite à cet endroit (disque plein, dossier protégé ou clé USB retirée ?). Choisissez un autre endroit.</source>
        <translation>De kopie kon op deze plaats niet worden geschreven (schijf vol, beveiligde map of usb-stick verwijderd?). Kies een andere plaats.</translation>
    </message>
    <message>
        <source>&amp;Choisir où enregistrer…</source>
        <translation>&amp;Kiezen waar opslaan…</translation>
    </message>
    <message>
        <source>É&amp;mettre le document</source>
        <extracomment>tracer(action, go, failed): write the audit entry for ``action`` (``audit.Action.DOCUMENT_PRINTED`` / ``DOCUMENT_SAVED``), then call ``go()``; or call ``failed(error)`` if it could not be written — never both, never neither</extracomment>
        <translation>Document op&amp;maken</translation>
    </message>
    <message>
        <source>Enregistre le document dans le dossier ; il pourra ensuite être imprimé.</source>
        <translation>Slaat het document op in het dossier; daarna kan het worden afgedrukt.</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Een &amp;kopie opslaan…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Émettez d&apos;abord le document.</source>
        <translation>Maak eerst het document op.</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Het document afdrukken</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu commencer. Vérifiez l&apos;imprimante et réessayez.</source>
        <translation>Het afdrukken kon niet starten. Controleer de printer en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas été imprimé</source>
        <translation>Het document is niet afgedrukt</translation>
    </message>
    <message>
        <source>Aucune copie n&apos;a été enregistrée</source>
        <translation>Er is geen kopie opgeslagen</translation>
    </message>
    <message>
        <source>{what} : son passage hors du coffre n&apos;a pas pu être noté au journal. {why}</source>
        <translation>{what}: het verlaten van de kluis kon niet in het logboek worden genoteerd. {why}</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Gevolg</translation>
    </message>
    <message>
        <source>Nouveau &amp;courrier d&apos;orientation…</source>
        <translation type="vanished">Nieuwe &amp;doorverwijsbrief…</translation>
    </message>
    <message>
        <source>A&amp;ttestation de suivi…</source>
        <translation>A&amp;ttest van begeleiding…</translation>
    </message>
    <message>
        <source>&amp;Plan de départ pour la personne…</source>
        <translation>&amp;Vertrekplan voor de persoon…</translation>
    </message>
    <message>
        <source>Résumé pour la personne (&amp;accès)…</source>
        <translation type="vanished">Samenvatting voor de persoon (&amp;inzage)…</translation>
    </message>
    <message>
        <source>Documents émis</source>
        <translation>Uitgegeven documenten</translation>
    </message>
    <message>
        <source>Nouveau courrier d&apos;&amp;orientation…</source>
        <translation>Nieuwe &amp;doorverwijsbrief…</translation>
    </message>
    <message>
        <source>&amp;Résumé pour la personne (accès)…</source>
        <translation>Samenvatting voor de persoon (&amp;inzage)…</translation>
    </message>
    <message>
        <source>&amp;Afficher / réimprimer…</source>
        <translation>&amp;Tonen / opnieuw afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Suite de l&apos;orientation…</source>
        <translation>&amp;Gevolg van de doorverwijzing…</translation>
    </message>
    <message>
        <source>Aucun document émis pour ce dossier.</source>
        <translation>Geen documenten opgemaakt voor dit dossier.</translation>
    </message>
    <message>
        <source>Établi par le ou la coordinateur·rice.</source>
        <translation>Opgemaakt door de coördinator.</translation>
    </message>
    <message>
        <source>le {d}</source>
        <translation>op {d}</translation>
    </message>
    <message>
        <source>Mentionner la date de &amp;naissance</source>
        <translation>De geboortedatum ver&amp;melden</translation>
    </message>
    <message>
        <source>Inclure les données de l&apos;auteur &amp;présumé (décision du ou de la coordinateur·rice)</source>
        <translation>De gegevens van de vermoedelijke &amp;pleger opnemen (beslissing van de coördinator)</translation>
    </message>
    <message>
        <source>Mentionner la &amp;date de naissance</source>
        <translation type="vanished">De &amp;geboortedatum vermelden</translation>
    </message>
    <message>
        <source>Résumé pour la personne</source>
        <translation>Samenvatting voor de persoon</translation>
    </message>
    <message>
        <source>Inclure les données de l&apos;&amp;auteur présumé (décision du ou de la coordinateur·rice)</source>
        <translation type="vanished">De gegevens van de vermoedelijke &amp;pleger opnemen (beslissing van de coördinator)</translation>
    </message>
    <message>
        <source>Relisez l&apos;aperçu : les textes libres des suivis peuvent mentionner d&apos;autres personnes. Vérifiez l&apos;identité de la personne qui fait la demande.</source>
        <translation>Herlees het voorbeeld: de vrije teksten van de opvolgingen kunnen andere personen vermelden. Controleer de identiteit van de persoon die het verzoek doet.</translation>
    </message>
    <message>
        <source>Seul un courrier d&apos;orientation a une suite.</source>
        <translation>Alleen een doorverwijsbrief krijgt een gevolg.</translation>
    </message>
    <message>
        <source>&amp;Destinataire (facultatif) :</source>
        <translation>&amp;Ontvanger (optioneel):</translation>
    </message>
    <message>
        <source>Suite de l&apos;orientation</source>
        <translation>Gevolg van de doorverwijzing</translation>
    </message>
    <message>
        <source>&amp;Suite :</source>
        <translation>&amp;Gevolg:</translation>
    </message>
    <message>
        <source>Choisir ma phrase de passe</source>
        <translation>Mijn wachtzin kiezen</translation>
    </message>
    <message>
        <source>&amp;Enregistrer et ouvrir</source>
        <translation>&amp;Opslaan en openen</translation>
    </message>
    <message>
        <source>Annuler et &amp;verrouiller</source>
        <translation>Annuleren en &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Bienvenue, {name}</source>
        <translation>Welkom, {name}</translation>
    </message>
    <message>
        <source>Vous avez ouvert Balise avec un code à usage unique. Choisissez maintenant votre propre phrase de passe : le code cessera de fonctionner. Ne la communiquez à personne, pas même à la coordination.</source>
        <translation>U hebt Balise geopend met een eenmalige code. Kies nu uw eigen wachtzin: de code werkt dan niet meer. Deel hem met niemand, ook niet met de coördinatie.</translation>
    </message>
    <message>
        <source>Enregistrement de votre phrase de passe…</source>
        <translation>Uw wachtzin wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Logement d&apos;urgence</source>
        <translation>Noodwoning</translation>
    </message>
    <message>
        <source>ex. Appartement A — jamais l&apos;adresse</source>
        <translation>bv. Appartement A — nooit het adres</translation>
    </message>
    <message>
        <source> place(s)</source>
        <translation> plaats(en)</translation>
    </message>
    <message>
        <source>Adresse secrète : n&apos;apparaît que dans ce formulaire</source>
        <translation>Geheim adres: verschijnt alleen in dit formulier</translation>
    </message>
    <message>
        <source>&amp;Capacité :</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>Disponible &amp;du :</source>
        <translation>Beschikbaar &amp;van:</translation>
    </message>
    <message>
        <source>Disponible &amp;jusqu&apos;au :</source>
        <translation>Beschikbaar &amp;tot:</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Prêté par :</source>
        <translation>&amp;Uitgeleend door:</translation>
    </message>
    <message>
        <source>Numéro du dossier</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>C&amp;hercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Sortie d&apos;hébergement</source>
        <translation>Vertrek uit de opvang</translation>
    </message>
    <message>
        <source>Modifier le séjour</source>
        <translation>Verblijf wijzigen</translation>
    </message>
    <message>
        <source>Nouveau séjour</source>
        <translation>Nieuw verblijf</translation>
    </message>
    <message>
        <source>— pas encore connue —</source>
        <translation>— nog niet bekend —</translation>
    </message>
    <message>
        <source>sans adresse</source>
        <translation>zonder adres</translation>
    </message>
    <message>
        <source>Perso&amp;nnes :</source>
        <translation>P&amp;ersonen:</translation>
    </message>
    <message>
        <source>Personnes hébergées</source>
        <translation>Opgevangen personen</translation>
    </message>
    <message>
        <source>&amp;Logement :</source>
        <translation>&amp;Woning:</translation>
    </message>
    <message>
        <source>&amp;Personnes hébergées :</source>
        <translation>&amp;Opgevangen personen:</translation>
    </message>
    <message>
        <source>&amp;Entrée le :</source>
        <translation>&amp;Intrede op:</translation>
    </message>
    <message>
        <source>Sortie p&amp;révue le :</source>
        <translation>&amp;Gepland vertrek op:</translation>
    </message>
    <message>
        <source>S&amp;ortie effective le :</source>
        <translation>&amp;Werkelijk vertrek op:</translation>
    </message>
    <message>
        <source>Des&amp;tination après :</source>
        <translation>&amp;Bestemming na afloop:</translation>
    </message>
    <message>
        <source>Pré&amp;cisions :</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <source>Tapez le numéro du dossier puis « Chercher ».</source>
        <translation>Typ het dossiernummer en klik dan op “Zoeken”.</translation>
    </message>
    <message>
        <source>Choisissez le logement.</source>
        <translation>Kies de woning.</translation>
    </message>
    <message>
        <source>Indiquez la date d&apos;entrée.</source>
        <translation>Geef de datum van intrede op.</translation>
    </message>
    <message>
        <source>Liste d&apos;attente</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source> personne(s)</source>
        <translation> persoon/personen</translation>
    </message>
    <message>
        <source>Demandé &amp;le :</source>
        <translation>Aangevraagd &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Priorité :</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>P&amp;ersonnes :</source>
        <translation type="vanished">P&amp;ersonen:</translation>
    </message>
    <message>
        <source>Indiquez la date de la demande.</source>
        <translation>Geef de datum van de aanvraag op.</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Woning</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Prêté par</source>
        <translation>Uitgeleend door</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Nuits</source>
        <translation>Nachten</translation>
    </message>
    <message>
        <source>Ce soir</source>
        <translation>Vanavond</translation>
    </message>
    <message>
        <source>Logements d&apos;urgence</source>
        <translation>Noodwoningen</translation>
    </message>
    <message>
        <source>&amp;Nouveau logement…</source>
        <translation>&amp;Nieuwe woning…</translation>
    </message>
    <message>
        <source>&amp;Modifier le logement…</source>
        <translation>Woning &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Intrede</translation>
    </message>
    <message>
        <source>Sortie prévue</source>
        <translation>Gepland vertrek</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Séjours</source>
        <translation>Verblijven</translation>
    </message>
    <message>
        <source>Nouveau &amp;séjour…</source>
        <translation>Nieuw &amp;verblijf…</translation>
    </message>
    <message>
        <source>Noter la s&amp;ortie…</source>
        <translation>V&amp;ertrek noteren…</translation>
    </message>
    <message>
        <source>Modifier le sé&amp;jour…</source>
        <translation>Verblijf w&amp;ijzigen…</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Demandé le</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Attente</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Ajouter à la liste d&apos;a&amp;ttente…</source>
        <translation>Aan de wacht&amp;lijst toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Retirer de la liste</source>
        <translation>&amp;Uit de lijst verwijderen</translation>
    </message>
    <message>
        <source>Logements</source>
        <translation>Woningen</translation>
    </message>
    <message>
        <source>Séjours de l&apos;année</source>
        <translation>Verblijven van het jaar</translation>
    </message>
    <message>
        <source>Hébergement d&apos;urgence</source>
        <translation>Noodopvang</translation>
    </message>
    <message>
        <source>Règle de comptage : </source>
        <translation>Telregel: </translation>
    </message>
    <message>
        <source>{n} jour(s)</source>
        <translation>{n} dag(en)</translation>
    </message>
    <message>
        <source>{n} séjour(s) sans date de sortie alors que la sortie prévue est passée : notez la sortie, sinon les nuits comptées gonflent.</source>
        <translation>{n} verblijf/verblijven zonder vertrekdatum terwijl het geplande vertrek voorbij is: noteer het vertrek, anders worden er te veel nachten geteld.</translation>
    </message>
    <message>
        <source>⚠ sortie prévue dépassée</source>
        <translation>⚠ gepland vertrek verstreken</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>Retirer cette demande de la liste d&apos;attente ?</source>
        <translation>Deze aanvraag van de wachtlijst verwijderen?</translation>
    </message>
    <message>
        <source>Type de période</source>
        <translation>Soort periode</translation>
    </message>
    <message>
        <source>1er semestre</source>
        <translation>1e semester</translation>
    </message>
    <message>
        <source>2e semestre</source>
        <translation>2e semester</translation>
    </message>
    <message>
        <source>Semestre</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Dates au choix</source>
        <translation>Vrij te kiezen data</translation>
    </message>
    <message>
        <source>Début de la période</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Fin de la période</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>&amp;Afficher</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Rapport &amp;PDF…</source>
        <translation>&amp;Pdf-rapport…</translation>
    </message>
    <message>
        <source>Exporter en &amp;CSV…</source>
        <translation>Exporteren als &amp;csv…</translation>
    </message>
    <message>
        <source>Objectifs du &amp;financeur…</source>
        <translation>Doelstellingen van de &amp;financier…</translation>
    </message>
    <message>
        <source>P&amp;ériode :</source>
        <extracomment>replaced in tests: the unencrypted-copy warning, and where to save the CSV</extracomment>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>A&amp;nnée :</source>
        <translation>J&amp;aar:</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Les chiffres de la période choisie, comparés à la période précédente, pour les rapports au PSSP et au PCS. Des agrégats seulement : aucun nom.</source>
        <translation>De cijfers van de gekozen periode, vergeleken met de vorige periode, voor de rapporten aan het PSSP en het PCS. Alleen totalen: geen namen.</translation>
    </message>
    <message>
        <source>Calcul des indicateurs…</source>
        <translation>Indicatoren worden berekend…</translation>
    </message>
    <message>
        <source>Préparation du rapport…</source>
        <translation>Rapport wordt voorbereid…</translation>
    </message>
    <message>
        <source>Exporter les indicateurs</source>
        <translation>De indicatoren exporteren</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>Csv-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {file} » : vérifiez le dossier choisi.</source>
        <translation>Kan “{file}” niet schrijven: controleer de gekozen map.</translation>
    </message>
    <message>
        <source>Indicateurs exportés dans « {file} ».</source>
        <translation>Indicatoren geëxporteerd naar “{file}”.</translation>
    </message>
    <message>
        <source>Nouveau dossier</source>
        <extracomment>F1 opens the guide&apos;s part about a new case</extracomment>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Le minimum pour ouvrir le dossier : un nom ou un pseudonyme, la commune, le type de violence et comment la joindre sans danger. Entrée passe au champ suivant, Ctrl+Entrée enregistre.</source>
        <translation>Het minimum om het dossier te openen: een naam of schuilnaam, de gemeente, de soort geweld en hoe ze veilig te bereiken is. Enter gaat naar het volgende veld, Ctrl+Enter slaat op.</translation>
    </message>
    <message>
        <source>ex. Colibri — si elle ne veut pas donner son nom</source>
        <translation>bv. Colibri — als ze haar naam niet wil geven</translation>
    </message>
    <message>
        <source>Contact sûr — comment la joindre sans danger</source>
        <translation>Veilig contact — hoe ze veilig te bereiken is</translation>
    </message>
    <message>
        <source>▸ Compléter maintenant (&amp;facultatif)</source>
        <translation>▸ Nu aanvullen (&amp;optioneel)</translation>
    </message>
    <message>
        <source>Compléments (facultatifs)</source>
        <translation>Aanvullingen (optioneel)</translation>
    </message>
    <message>
        <source>En quelques mots, sans détails identifiants</source>
        <translation>In een paar woorden, zonder identificerende details</translation>
    </message>
    <message>
        <source>Té&amp;léphone :</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>Situation en &amp;bref :</source>
        <translation>Situatie in het &amp;kort:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer et ouvrir le dossier</source>
        <translation>Opslaan en dossier o&amp;penen</translation>
    </message>
    <message>
        <source> Compléter maintenant (&amp;facultatif)</source>
        <translation> Nu aanvullen (&amp;optioneel)</translation>
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
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;Verrouiller</source>
        <extracomment>the steps of the case screen&apos;s idle pre-build not done yet</extracomment>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Verrouiller le coffre ({shortcut})</source>
        <translation>De kluis vergrendelen ({shortcut})</translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;Masquer les noms</source>
        <translation>Namen ver&amp;bergen</translation>
    </message>
    <message>
        <source>Afficher pseudonymes ou initiales à la place des noms, pour travailler dans un lieu public (Ctrl+H)</source>
        <translation>Schuilnamen of initialen tonen in plaats van namen, om op een openbare plaats te werken (Ctrl+H)</translation>
    </message>
    <message>
        <source>Aide (F1)</source>
        <translation>Hulp (F1)</translation>
    </message>
    <message>
        <source>Ouvrir le guide à la partie de cette page (F1)</source>
        <translation>De gids openen bij het deel over deze pagina (F1)</translation>
    </message>
    <message>
        <source>Connecté·e : {name} ({login}) — {role}</source>
        <translation>Aangemeld: {name} ({login}) — {role}</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Vos données enregistrées sont intactes : le coffre n&apos;a pas été modifié par cette erreur. Si le problème se répète, fermez puis rouvrez Balise, et signalez-le à votre coordinateur·rice.</source>
        <translation>Er is een onverwachte fout opgetreden. Uw opgeslagen gegevens zijn intact: de kluis is door deze fout niet gewijzigd. Als het probleem terugkomt, sluit Balise dan af en open het opnieuw, en meld het aan uw coördinator.</translation>
    </message>
    <message>
        <source>Accueil</source>
        <extracomment>the action (app.core.permissions.Perm) a role needs to see the page; None: everyone the section of the user guide (app.ui.help.guide.ANCHORS) F1 opens on this page</extracomment>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>Réseau</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Hébergement</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Balise aide votre service à suivre les situations de violences conjugales et intrafamiliales : les dossiers, les suivis, le risque, les courriers aux partenaires, l&apos;hébergement d&apos;urgence et les activités.</source>
        <translation>Balise helpt uw dienst bij de opvolging van situaties van partnergeweld en intrafamiliaal geweld: de dossiers, de opvolgingen, het risico, de brieven aan partners, de noodopvang en de activiteiten.</translation>
    </message>
    <message>
        <source>Toutes les données sont gardées dans un coffre chiffré sur cet ordinateur. Balise n&apos;utilise pas Internet : rien ne part ailleurs sans que vous le décidiez.</source>
        <translation>Alle gegevens worden bewaard in een versleutelde kluis op deze computer. Balise gebruikt geen internet: niets gaat ergens anders heen zonder dat u dat beslist.</translation>
    </message>
    <message>
        <source>Cette aide s&apos;ouvre avec la touche F1, là où vous êtes : sur chaque page, elle montre d&apos;abord la partie qui parle de cette page. La liste de gauche mène aux autres parties ; la case de recherche trouve un mot.</source>
        <translation>Deze hulp opent met de F1-toets, waar u ook bent: op elke pagina toont ze eerst het deel over die pagina. De lijst links leidt naar de andere delen; het zoekvak vindt een woord.</translation>
    </message>
    <message>
        <source>Premier démarrage</source>
        <translation>Eerste opstart</translation>
    </message>
    <message>
        <source>La première fois, Balise ouvre un assistant qui crée le coffre du service. Il demande :</source>
        <translation>De eerste keer opent Balise een assistent die de kluis van de dienst aanmaakt. Hij vraagt:</translation>
    </message>
    <message>
        <source>le service : son nom, son adresse, sa commune ;</source>
        <translation>de dienst: naam, adres, gemeente;</translation>
    </message>
    <message>
        <source>le ou la coordinateur·rice : son nom et son identifiant ;</source>
        <translation>de coördinator: naam en gebruikersnaam;</translation>
    </message>
    <message>
        <source>une phrase de passe d&apos;au moins 12 caractères : une phrase facile à retenir pour vous et difficile à deviner pour les autres ;</source>
        <translation>een wachtzin van minstens 12 tekens: een zin die u gemakkelijk onthoudt en die anderen moeilijk kunnen raden;</translation>
    </message>
    <message>
        <source>le code de récupération, affiché une seule fois : imprimez-le ou recopiez-le, et rangez-le loin de l&apos;ordinateur.</source>
        <translation>de herstelcode, die maar één keer wordt getoond: druk hem af of schrijf hem over, en berg hem op ver van de computer.</translation>
    </message>
    <message>
        <source>Le code de récupération est le seul moyen d&apos;ouvrir le coffre si la phrase de passe est oubliée. Sans lui et sans phrase de passe, personne ne peut relire les données, pas même le service informatique.</source>
        <translation>De herstelcode is de enige manier om de kluis te openen als de wachtzin vergeten is. Zonder herstelcode en zonder wachtzin kan niemand de gegevens nog lezen, zelfs de informaticadienst niet.</translation>
    </message>
    <message>
        <source>Chaque membre de l&apos;équipe reçoit ensuite son compte et un code à usage unique : à la première ouverture, chacun·e choisit sa propre phrase de passe (voir « Équipe »).</source>
        <translation>Elk teamlid krijgt daarna een account en een eenmalige code: bij de eerste opening kiest iedereen een eigen wachtzin (zie “Team”).</translation>
    </message>
    <message>
        <source>Déverrouiller et verrouiller</source>
        <translation>Ontgrendelen en vergrendelen</translation>
    </message>
    <message>
        <source>L&apos;écran de déverrouillage demande votre identifiant et votre phrase de passe. Tapez-les puis appuyez sur Entrée. Le bouton « Afficher » montre la phrase tapée, pour vérifier.</source>
        <translation>Het ontgrendelscherm vraagt uw gebruikersnaam en uw wachtzin. Typ ze en druk op Enter. De knop “Tonen” laat de getypte zin zien, om te controleren.</translation>
    </message>
    <message>
        <source>Après une erreur, Balise fait attendre un peu avant l&apos;essai suivant, de plus en plus longtemps (30 secondes au plus) : c&apos;est ce qui empêche quelqu&apos;un d&apos;essayer des phrases au hasard.</source>
        <translation>Na een fout laat Balise u even wachten voor de volgende poging, telkens wat langer (maximaal 30 seconden): zo kan niemand op goed geluk wachtzinnen uitproberen.</translation>
    </message>
    <message>
        <source>Phrase de passe oubliée ? Cliquez sur « J&apos;ai oublié ma phrase de passe — utiliser le code de récupération », tapez le code de récupération, puis choisissez une nouvelle phrase de passe.</source>
        <translation>Wachtzin vergeten? Klik op “Ik ben mijn wachtzin vergeten — de herstelcode gebruiken”, typ de herstelcode en kies daarna een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>Pour verrouiller : Ctrl+L ou le bouton « Verrouiller ». Les écrans sont vidés tout de suite ; il faut la phrase de passe pour revenir. Verrouillez dès que vous quittez l&apos;ordinateur, même un instant.</source>
        <translation>Vergrendelen: Ctrl+L of de knop “Vergrendelen”. De schermen worden meteen leeggemaakt; om terug te keren is de wachtzin nodig. Vergrendel zodra u de computer verlaat, ook maar even.</translation>
    </message>
    <message>
        <source>Balise se verrouille aussi tout seul après quelques minutes sans activité (5 minutes au départ, réglable dans Paramètres). Ce que vous étiez en train d&apos;écrire est gardé et vous est proposé au retour.</source>
        <translation>Balise vergrendelt ook vanzelf na enkele minuten zonder activiteit (standaard 5 minuten, in te stellen in Instellingen). Wat u aan het schrijven was, wordt bewaard en bij uw terugkeer opnieuw aangeboden.</translation>
    </message>
    <message>
        <source>Si l&apos;écran dit que le coffre est endommagé, il propose la sauvegarde vérifiée la plus récente, avec sa date : « Restaurer cette sauvegarde… » la remet en place (voir « Sauvegardes et restauration »).</source>
        <translation>Als het scherm meldt dat de kluis beschadigd is, stelt het de meest recente gecontroleerde back-up voor, met de datum ervan: “Deze back-up herstellen…” zet die terug (zie “Back-ups en herstel”).</translation>
    </message>
    <message>
        <source>Travailler au clavier</source>
        <translation>Werken met het toetsenbord</translation>
    </message>
    <message>
        <source>Tout peut se faire sans souris. Les touches à connaître :</source>
        <translation>Alles kan zonder muis. De belangrijkste toetsen:</translation>
    </message>
    <message>
        <source>F1 : cette aide, à la partie de la page où vous êtes ;</source>
        <translation>F1: deze hulp, bij het deel over de pagina waar u bent;</translation>
    </message>
    <message>
        <source>Ctrl+L : verrouiller tout de suite ;</source>
        <translation>Ctrl+L: meteen vergrendelen;</translation>
    </message>
    <message>
        <source>Ctrl+N : nouveau dossier ;</source>
        <translation>Ctrl+N: nieuw dossier;</translation>
    </message>
    <message>
        <source>Ctrl+H : masquer les noms (ou les montrer à nouveau) ;</source>
        <translation>Ctrl+H: de namen verbergen (of weer tonen);</translation>
    </message>
    <message>
        <source>Ctrl+F : rechercher, dans les dossiers et dans le réseau ;</source>
        <translation>Ctrl+F: zoeken, in de dossiers en in het netwerk;</translation>
    </message>
    <message>
        <source>Entrée : ouvrir le dossier ou l&apos;élément choisi dans une liste ;</source>
        <translation>Enter: het gekozen dossier of element in een lijst openen;</translation>
    </message>
    <message>
        <source>Ctrl+Entrée : enregistrer le formulaire ouvert ;</source>
        <translation>Ctrl+Enter: het geopende formulier opslaan;</translation>
    </message>
    <message>
        <source>Échap : fermer une fenêtre ou abandonner un formulaire ;</source>
        <translation>Esc: een venster sluiten of een formulier verlaten;</translation>
    </message>
    <message>
        <source>Alt+1 à Alt+9, puis Alt+0 : les onglets d&apos;un dossier ; Alt+← : revenir à la page d&apos;avant ;</source>
        <translation>Alt+1 tot Alt+9, dan Alt+0: de tabbladen van een dossier; Alt+←: terug naar de vorige pagina;</translation>
    </message>
    <message>
        <source>Ctrl+P : imprimer l&apos;aperçu d&apos;un courrier ;</source>
        <translation>Ctrl+P: het voorbeeld van een brief afdrukken;</translation>
    </message>
    <message>
        <source>Tab et Maj+Tab : passer au champ suivant ou précédent.</source>
        <translation>Tab en Shift+Tab: naar het volgende of vorige veld.</translation>
    </message>
    <message>
        <source>Sur un bouton ou devant un champ, la lettre soulignée s&apos;utilise avec Alt : par exemple, Alt+D sur l&apos;écran de déverrouillage appuie sur « Déverrouiller ».</source>
        <translation>Op een knop of vóór een veld gebruikt u de onderstreepte letter met Alt: zo drukt Alt+O op het ontgrendelscherm op “Ontgrendelen”.</translation>
    </message>
    <message>
        <source>L&apos;accueil rassemble ce qui compte pour votre journée :</source>
        <translation>De startpagina brengt samen wat telt voor uw dag:</translation>
    </message>
    <message>
        <source>vos rendez-vous d&apos;aujourd&apos;hui ;</source>
        <translation>uw afspraken van vandaag;</translation>
    </message>
    <message>
        <source>« À surveiller » : les dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours ;</source>
        <translation>“In het oog te houden”: de dossiers met een hoog of kritiek risico zonder uitgevoerde opvolging in de laatste 14 dagen;</translation>
    </message>
    <message>
        <source>les échéances et les audiences des prochains jours ;</source>
        <translation>de termijnen en zittingen van de komende dagen;</translation>
    </message>
    <message>
        <source>vos dossiers ouverts.</source>
        <translation>uw open dossiers.</translation>
    </message>
    <message>
        <source>Double-cliquez sur une ligne, ou choisissez-la et appuyez sur Entrée, pour ouvrir le dossier. « Voir tous mes dossiers » mène à la page Dossiers, filtrée sur les vôtres.</source>
        <translation>Dubbelklik op een regel, of kies hem en druk op Enter, om het dossier te openen. “Al mijn dossiers bekijken” leidt naar de pagina Dossiers, gefilterd op de uwe.</translation>
    </message>
    <message>
        <source>Dans un lieu public, « Masquer les noms » (Ctrl+H) remplace partout les noms par le pseudonyme ou les initiales.</source>
        <translation>Op een openbare plaats vervangt “Namen verbergen” (Ctrl+H) overal de namen door de schuilnaam of de initialen.</translation>
    </message>
    <message>
        <source>« Nouveau dossier » (Ctrl+N) ouvre un formulaire court, pour ouvrir un dossier en quelques minutes, pendant ou juste après l&apos;entretien. Il demande :</source>
        <translation>“Nieuw dossier” (Ctrl+N) opent een kort formulier om in enkele minuten een dossier te openen, tijdens of net na het gesprek. Het vraagt:</translation>
    </message>
    <message>
        <source>la personne : un prénom, un nom ou seulement un pseudonyme si elle ne veut pas donner son nom ;</source>
        <translation>de persoon: een voornaam, een naam of alleen een schuilnaam als ze haar naam niet wil geven;</translation>
    </message>
    <message>
        <source>la commune et le ou les types de violence (même provisoires) ;</source>
        <translation>de gemeente en de soort(en) geweld (ook voorlopig);</translation>
    </message>
    <message>
        <source>le contact sûr : comment la joindre sans danger (téléphone sûr, moments sûrs, message ou courrier possible, mot de code).</source>
        <translation>het veilige contact: hoe ze zonder gevaar te bereiken is (veilige telefoon, veilige momenten, bericht of brief mogelijk, codewoord).</translation>
    </message>
    <message>
        <source>Le reste est facultatif et peut être complété plus tard. Entrée passe au champ suivant ; Ctrl+Entrée enregistre et ouvre le dossier.</source>
        <translation>De rest is optioneel en kan later worden aangevuld. Enter gaat naar het volgende veld; Ctrl+Enter slaat op en opent het dossier.</translation>
    </message>
    <message>
        <source>Un dossier confidentiel n&apos;est visible que par les intervenant·es qui y sont attaché·es.</source>
        <translation>Een vertrouwelijk dossier is alleen zichtbaar voor de hulpverleners die eraan gekoppeld zijn.</translation>
    </message>
    <message>
        <source>La liste de tous les dossiers que vous pouvez voir. Au départ, elle montre les dossiers ouverts et en pause.</source>
        <translation>De lijst van alle dossiers die u mag zien. Standaard toont ze de open en gepauzeerde dossiers.</translation>
    </message>
    <message>
        <source>La recherche (Ctrl+F) répond pendant la frappe : un nom, un pseudonyme, un numéro de dossier ou un mot écrit dans un suivi. Les accents sont facultatifs : « Helene » trouve « Hélène ».</source>
        <translation>De zoekfunctie (Ctrl+F) antwoordt terwijl u typt: een naam, een schuilnaam, een dossiernummer of een woord uit een opvolging. Accenten zijn niet nodig: “Rene” vindt “René”.</translation>
    </message>
    <message>
        <source>Les filtres affinent la liste : statut, commune, intervenant·e, niveau de risque, période d&apos;ouverture. « Effacer les filtres » revient à la liste de départ.</source>
        <translation>De filters verfijnen de lijst: status, gemeente, hulpverlener, risiconiveau, openingsperiode. “Filters wissen” keert terug naar de oorspronkelijke lijst.</translation>
    </message>
    <message>
        <source>Depuis la recherche, la flèche bas mène à la liste ; Entrée ouvre le dossier choisi. « Nouveau dossier » (Ctrl+N) en crée un.</source>
        <translation>Vanuit het zoekvak leidt de pijl omlaag naar de lijst; Enter opent het gekozen dossier. “Nieuw dossier” (Ctrl+N) maakt er een aan.</translation>
    </message>
    <message>
        <source>L&apos;écran d&apos;un dossier</source>
        <translation>Het scherm van een dossier</translation>
    </message>
    <message>
        <source>En haut : le numéro du dossier, la personne, le statut et le niveau de risque. « ← Retour » (Alt+←) revient à la page d&apos;où vous venez.</source>
        <translation>Bovenaan: het dossiernummer, de persoon, de status en het risiconiveau. “← Terug” (Alt+←) keert terug naar de pagina waar u vandaan komt.</translation>
    </message>
    <message>
        <source>Le bandeau jaune « Contact sûr » reste visible sur chaque onglet : lisez-le avant d&apos;appeler ou d&apos;écrire à la personne.</source>
        <translation>De gele balk “Veilig contact” blijft op elk tabblad zichtbaar: lees hem voordat u de persoon belt of schrijft.</translation>
    </message>
    <message>
        <source>Le dossier est rangé en onglets ; Alt+1 à Alt+9 puis Alt+0 y mènent directement. Ce que vous pouvez modifier dépend de votre rôle.</source>
        <translation>Het dossier is ingedeeld in tabbladen; Alt+1 tot Alt+9 en dan Alt+0 brengen u er rechtstreeks heen. Wat u kunt wijzigen, hangt af van uw rol.</translation>
    </message>
    <message>
        <source>Rien ne se perd : quitter un formulaire modifié demande confirmation, et si Balise se verrouille pendant la saisie, le texte est gardé dans le coffre et proposé au déverrouillage suivant.</source>
        <translation>Niets gaat verloren: een gewijzigd formulier verlaten vraagt om bevestiging, en als Balise tijdens het invoeren vergrendelt, wordt de tekst in de kluis bewaard en bij de volgende ontgrendeling opnieuw aangeboden.</translation>
    </message>
    <message>
        <source>L&apos;essentiel du dossier : situation, intervenant·es, dates. C&apos;est ici qu&apos;on change le statut du dossier : mettre en pause, reprendre, clôturer, rouvrir. Chaque changement demande un motif.</source>
        <translation>De kern van het dossier: situatie, hulpverleners, data. Hier wijzigt u de status van het dossier: pauzeren, hervatten, afsluiten, heropenen. Elke wijziging vraagt een reden.</translation>
    </message>
    <message>
        <source>La coordination y trouve aussi « Effacer définitivement… » quand la personne demande l&apos;effacement de tout son dossier.</source>
        <translation>De coördinatie vindt hier ook “Definitief wissen…”, als de persoon vraagt om haar hele dossier te wissen.</translation>
    </message>
    <message>
        <source>La victime, les enfants et les autres personnes concernées. La fiche de la victime porte son contact sûr : gardez-le à jour.</source>
        <translation>Het slachtoffer, de kinderen en de andere betrokken personen. De fiche van het slachtoffer bevat het veilige contact: houd het up-to-date.</translation>
    </message>
    <message>
        <source>Le ou les auteurs présumés : leur lien avec la victime, s&apos;ils vivent avec elle, s&apos;ils ont accès à des armes, leurs antécédents judiciaires.</source>
        <translation>De vermoedelijke pleger(s): de band met het slachtoffer, of ze samenwonen, of ze toegang hebben tot wapens, hun gerechtelijk verleden.</translation>
    </message>
    <message>
        <source>Les violences rapportées : les types, le premier et le dernier fait connus, les enfants exposés. Écrivez les faits tels qu&apos;ils sont rapportés, sans détail qui permettrait d&apos;identifier d&apos;autres personnes.</source>
        <translation>Het gemelde geweld: de soorten, het eerste en het laatste bekende feit, de blootgestelde kinderen. Schrijf de feiten op zoals ze worden gemeld, zonder details waardoor andere personen herkenbaar worden.</translation>
    </message>
    <message>
        <source>« Nouvelle évaluation… » pose les questions de la grille ; Balise calcule le niveau et montre les facteurs qui ont pesé. Vous pouvez relever le niveau par votre jugement professionnel, avec un motif, mais pas le baisser sous le niveau calculé.</source>
        <translation>“Nieuwe inschatting…” stelt de vragen van het instrument; Balise berekent het niveau en toont de factoren die hebben meegewogen. U kunt het niveau op basis van uw professioneel oordeel verhogen, met een reden, maar niet verlagen tot onder het berekende niveau.</translation>
    </message>
    <message>
        <source>L&apos;historique montre chaque évaluation et la tendance. Le niveau est toujours écrit en toutes lettres, pas seulement en couleur.</source>
        <translation>De geschiedenis toont elke inschatting en de trend. Het niveau staat altijd voluit geschreven, niet alleen in kleur.</translation>
    </message>
    <message>
        <source>Les consentements de la personne : d&apos;accord pour que ses données soient enregistrées, et pour qu&apos;elles soient partagées avec tel partenaire et dans tel but. « Noter un consentement… » en ajoute un ; « Retirer le consentement… » note que la personne le reprend.</source>
        <translation>De toestemmingen van de persoon: akkoord dat haar gegevens worden geregistreerd, en dat ze worden gedeeld met een bepaalde partner voor een bepaald doel. “Toestemming noteren…” voegt er een toe; “Toestemming intrekken…” noteert dat de persoon ze terugneemt.</translation>
    </message>
    <message>
        <source>Sans accord de partage pour un partenaire et un but, Balise refuse le courrier correspondant.</source>
        <translation>Zonder toestemming om te delen voor een partner en een doel weigert Balise de bijbehorende brief.</translation>
    </message>
    <message>
        <source>Les entretiens, appels et rendez-vous. « Nouveau suivi… » note ce qui s&apos;est passé ; « Prochain rendez-vous… » le met dans l&apos;agenda.</source>
        <translation>De gesprekken, oproepen en afspraken. “Nieuwe opvolging…” noteert wat er gebeurd is; “Volgende afspraak…” zet die in de agenda.</translation>
    </message>
    <message>
        <source>Un rendez-vous passé se marque « réalisé » (avec un résumé) ou « manqué », ici ou depuis l&apos;Agenda.</source>
        <translation>Een voorbije afspraak wordt gemarkeerd als “uitgevoerd” (met een samenvatting) of “gemist”, hier of vanuit de Agenda.</translation>
    </message>
    <message>
        <source>La plainte et les mesures de protection : audiences, décisions, interdiction temporaire de résidence. Balise calcule la fin de l&apos;interdiction (10 jours) et rappelle qu&apos;une prolongation ne dépasse pas 3 mois. Les échéances apparaissent à l&apos;Accueil et dans l&apos;Agenda.</source>
        <translation>De klacht en de beschermingsmaatregelen: zittingen, beslissingen, tijdelijk huisverbod. Balise berekent het einde van het huisverbod (10 dagen) en herinnert eraan dat een verlenging niet langer dan 3 maanden duurt. De termijnen verschijnen op de Startpagina en in de Agenda.</translation>
    </message>
    <message>
        <source>Les démarches socio-administratives (CPAS, banque, mutuelle, logement, école…). « Appliquer un ensemble » ajoute d&apos;un coup les démarches habituelles d&apos;une situation, comme « départ du domicile ». Cochez-les « fait » au fur et à mesure.</source>
        <translation>De sociaal-administratieve stappen (OCMW, bank, ziekenfonds, huisvesting, school…). “Een pakket toepassen” voegt in één keer de gebruikelijke stappen van een situatie toe, zoals “Vertrek uit de woning”. Vink ze gaandeweg aan als “gedaan”.</translation>
    </message>
    <message>
        <source>Le plan de départ, préparé avec la personne : où aller, quoi emporter, qui prévenir. Il peut désigner un séjour en hébergement d&apos;urgence. Dans l&apos;onglet Documents, « Plan de départ pour la personne… » en fait une version pour elle.</source>
        <translation>Het vertrekplan, opgesteld met de persoon: waarheen, wat meenemen, wie verwittigen. Het kan naar een verblijf in noodopvang verwijzen. In het tabblad Documenten maakt “Vertrekplan voor de persoon…” er een versie voor haar van.</translation>
    </message>
    <message>
        <source>Documents et courriers</source>
        <translation>Documenten en brieven</translation>
    </message>
    <message>
        <source>« Nouveau courrier d&apos;orientation… » : choisissez le partenaire, puis cochez ce qui peut lui être transmis. Sans accord de partage enregistré pour ce partenaire et ce but, le courrier est refusé, ou émis avec une dérogation motivée qui est tracée.</source>
        <translation>“Nieuwe doorverwijsbrief…”: kies de partner en vink dan aan wat aan hem mag worden doorgegeven. Zonder geregistreerde toestemming om te delen voor die partner en dat doel wordt de brief geweigerd, of uitgegeven met een gemotiveerde afwijking die wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Le courrier s&apos;écrit dans la langue du partenaire (le français, sauf indication contraire). L&apos;aperçu s&apos;affiche à l&apos;écran ; Ctrl+P l&apos;imprime.</source>
        <translation>De brief wordt geschreven in de taal van de partner (Frans, tenzij anders aangegeven). Het voorbeeld verschijnt op het scherm; Ctrl+P drukt het af.</translation>
    </message>
    <message>
        <source>Attention : une copie enregistrée sur le disque ou une clé USB n&apos;est pas chiffrée. Imprimez plutôt, ou rangez la copie en lieu sûr.</source>
        <translation>Let op: een kopie die op de schijf of op een usb-stick wordt opgeslagen, is niet versleuteld. Druk liever af, of berg de kopie veilig op.</translation>
    </message>
    <message>
        <source>La liste montre les documents déjà émis ; « Afficher / réimprimer… » les rouvre. Pour la personne : « Attestation de suivi… », « Plan de départ pour la personne… », et « Résumé pour la personne (accès)… » quand elle demande à voir ce que Balise contient sur elle.</source>
        <translation>De lijst toont de al uitgegeven documenten; “Tonen / opnieuw afdrukken…” opent ze opnieuw. Voor de persoon: “Attest van begeleiding…”, “Vertrekplan voor de persoon…” en “Samenvatting voor de persoon (inzage)…” als ze wil zien wat Balise over haar bevat.</translation>
    </message>
    <message>
        <source>Vos rendez-vous par jour ou par semaine (« Jour », « Semaine », « Précédent », « Aujourd&apos;hui », « Suivant »). « Tout le service » montre aussi ceux des collègues.</source>
        <translation>Uw afspraken per dag of per week (“Dag”, “Week”, “Vorige”, “Vandaag”, “Volgende”). “Hele dienst” toont ook die van de collega&apos;s.</translation>
    </message>
    <message>
        <source>En haut, les rendez-vous passés à marquer « Réalisé… » ou « Manqué », et les échéances dépassées. Entrée ou « Ouvrir le dossier » ouvre le dossier du rendez-vous choisi.</source>
        <translation>Bovenaan de voorbije afspraken die als “Uitgevoerd…” of “Gemist” moeten worden gemarkeerd, en de verstreken termijnen. Enter of “Dossier openen” opent het dossier van de gekozen afspraak.</translation>
    </message>
    <message>
        <source>Réseau (partenaires)</source>
        <translation>Netwerk (partners)</translation>
    </message>
    <message>
        <source>Le répertoire des partenaires : organisations, services et personnes de contact, avec leur secteur et leur commune. La recherche (Ctrl+F) et les filtres aident à trouver.</source>
        <translation>De adreslijst van de partners: organisaties, diensten en contactpersonen, met hun sector en gemeente. De zoekfunctie (Ctrl+F) en de filters helpen zoeken.</translation>
    </message>
    <message>
        <source>« Nouvelle organisation… » et « Modifier… » tiennent le répertoire à jour. Pour une organisation qui ne travaille plus avec vous, décochez « Organisation active » : elle n&apos;est plus proposée pour les courriers, et « Montrer les inactives » la retrouve.</source>
        <translation>“Nieuwe organisatie…” en “Wijzigen…” houden de adreslijst up-to-date. Voor een organisatie die niet meer met u samenwerkt, vinkt u “Actieve organisatie” uit: ze wordt niet meer voorgesteld voor brieven, en “Inactieve tonen” vindt ze terug.</translation>
    </message>
    <message>
        <source>« Importer (CSV)… » et « Exporter (CSV)… » échangent le répertoire avec un tableur comme Excel.</source>
        <translation>“Importeren (csv)…” en “Exporteren (csv)…” wisselen de adreslijst uit met een rekenblad zoals Excel.</translation>
    </message>
    <message>
        <source>Trois listes : les logements, les séjours de l&apos;année et la liste d&apos;attente.</source>
        <translation>Drie lijsten: de woningen, de verblijven van het jaar en de wachtlijst.</translation>
    </message>
    <message>
        <source>Logements : nom, nombre de places, période où il est disponible. L&apos;adresse reste secrète : elle n&apos;apparaît que dans la fiche du logement.</source>
        <translation>Woningen: naam, aantal plaatsen, periode waarin de woning beschikbaar is. Het adres blijft geheim: het staat alleen op de fiche van de woning.</translation>
    </message>
    <message>
        <source>Séjours : liés à un dossier, avec l&apos;entrée, la sortie prévue, la sortie réelle (« Noter la sortie… ») et la destination. Un séjour qui dépasse sa sortie prévue est signalé.</source>
        <translation>Verblijven: gekoppeld aan een dossier, met de aankomst, het geplande vertrek, het werkelijke vertrek (“Vertrek noteren…”) en de bestemming. Een verblijf dat het geplande vertrek overschrijdt, wordt gemeld.</translation>
    </message>
    <message>
        <source>Liste d&apos;attente : les demandes, par priorité et par date ; « Retirer de la liste » quand une solution est trouvée.</source>
        <translation>Wachtlijst: de aanvragen, volgens prioriteit en datum; “Uit de lijst verwijderen” als er een oplossing is gevonden.</translation>
    </message>
    <message>
        <source>L&apos;occupation se lit « 7,5 mois sur 12 ». La règle de comptage est affichée : la nuit d&apos;entrée compte, le jour de sortie non.</source>
        <translation>De bezetting leest u als “7,5 maanden op 12”. De telregel wordt getoond: de nacht van aankomst telt, de dag van vertrek niet.</translation>
    </message>
    <message>
        <source>Ateliers pour enfants, groupes de parole, groupes de parents, sensibilisation, séances en école, formations de professionnel·les, réunions de réseau.</source>
        <translation>Workshops voor kinderen, praatgroepen, oudergroepen, sensibilisering, sessies op school, opleidingen voor professionals, netwerkvergaderingen.</translation>
    </message>
    <message>
        <source>Une activité a une date, ou une règle comme « le premier mercredi du mois ». Pour chaque séance, « Noter les présences… » compte les participant·es sans nom (âge, genre, secteur des professionnel·les).</source>
        <translation>Een activiteit heeft een datum, of een regel zoals “de eerste woensdag van de maand”. Voor elke sessie telt “Aanwezigheden noteren…” de deelnemers zonder naam (leeftijd, gender, sector van de professionals).</translation>
    </message>
    <message>
        <source>Une séance n&apos;est reliée à un dossier que si vous le choisissez (« Relier à un dossier… »). Le plan de formation du réseau liste les professionnel·les formé·es.</source>
        <translation>Een sessie wordt alleen aan een dossier gekoppeld als u daarvoor kiest (“Aan een dossier koppelen…”). Het opleidingsplan van het netwerk vermeldt de opgeleide professionals.</translation>
    </message>
    <message>
        <source>Les chiffres de l&apos;activité du service (pour la coordination) : une année, un semestre ou des dates au choix, comparés à la période précédente. Dossiers, profils, suivis, plaintes, mesures, orientations, hébergement, activités.</source>
        <translation>De cijfers van de activiteit van de dienst (voor de coördinatie): een jaar, een semester of vrij te kiezen data, vergeleken met de vorige periode. Dossiers, profielen, opvolgingen, klachten, maatregelen, doorverwijzingen, opvang, activiteiten.</translation>
    </message>
    <message>
        <source>Seulement des totaux : un nombre de 1 à 4 s&apos;affiche « &lt; 5 », et d&apos;autres cases sont masquées pour qu&apos;on ne puisse pas le retrouver par soustraction.</source>
        <translation>Alleen totalen: een aantal van 1 tot 4 wordt getoond als “&lt; 5”, en andere cellen worden verborgen zodat men het niet door aftrekken kan terugvinden.</translation>
    </message>
    <message>
        <source>« Rapport PDF… » prépare le rapport au papier à lettres du service ; « Exporter en CSV… » donne un fichier pour Excel. Chaque export est noté dans le journal d&apos;audit.</source>
        <translation>“Pdf-rapport…” maakt het rapport op het briefpapier van de dienst; “Exporteren als csv…” levert een bestand voor Excel. Elke export wordt in het auditlogboek genoteerd.</translation>
    </message>
    <message>
        <source>« Objectifs du financeur… » nomme les objectifs du PSSP ou du PCS du service et les indicateurs qui y répondent : la page, le rapport et le fichier commencent alors par une partie par objectif.</source>
        <translation>“Doelstellingen van de financier…” benoemt de doelstellingen van het PSSP of het PCS van de dienst en de indicatoren die erop antwoorden: de pagina, het rapport en het bestand beginnen dan met een deel per doelstelling.</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Les comptes de l&apos;équipe (pour la coordination). « Nouveau compte… » : le nom, l&apos;identifiant et le rôle (coordinateur·rice, assistant·e social·e ou référent·e VIF, éducateur·rice de rue).</source>
        <translation>De accounts van het team (voor de coördinatie). “Nieuwe account…”: de naam, de gebruikersnaam en de rol (coördinator, maatschappelijk werker of referentiepersoon IFG, straathoekwerker).</translation>
    </message>
    <message>
        <source>La personne reçoit un code à usage unique et choisit sa phrase de passe à la première ouverture. « Réinitialiser la phrase de passe… » donne un nouveau code à qui a oublié la sienne.</source>
        <translation>De persoon krijgt een eenmalige code en kiest bij de eerste opening een wachtzin. “Wachtzin opnieuw instellen…” geeft een nieuwe code aan wie de zijne vergeten is.</translation>
    </message>
    <message>
        <source>Quand quelqu&apos;un quitte le service, « Désactiver… » son compte : il ne peut plus rien ouvrir, et son nom reste dans l&apos;historique.</source>
        <translation>Als iemand de dienst verlaat, deactiveert u de account met “Deactiveren…”: de persoon kan niets meer openen, en de naam blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Tout ce qui se fait dans Balise est noté : ouverture d&apos;un dossier, modification, courrier, export, changement de compte ou de réglage. Qui, quand, quoi, quel dossier — jamais de nom de personne suivie.</source>
        <translation>Alles wat in Balise gebeurt, wordt genoteerd: opening van een dossier, wijziging, brief, export, wijziging van een account of een instelling. Wie, wanneer, wat, welk dossier — nooit de naam van een begeleide persoon.</translation>
    </message>
    <message>
        <source>Les filtres choisissent une période, une personne de l&apos;équipe, une action ou un numéro de dossier. « Exporter en CSV… » en fait un fichier.</source>
        <translation>De filters kiezen een periode, een teamlid, een actie of een dossiernummer. “Exporteren als csv…” maakt er een bestand van.</translation>
    </message>
    <message>
        <source>« Vérifier la chaîne » contrôle que personne n&apos;a modifié, supprimé ou déplacé une entrée du journal.</source>
        <translation>“De keten controleren” gaat na dat niemand een regel van het logboek heeft gewijzigd, verwijderd of verplaatst.</translation>
    </message>
    <message>
        <source>Bon à savoir : tous les comptes d&apos;un même coffre partagent la même clé de chiffrement ; ce sont les rôles qui limitent ce que chacun voit.</source>
        <translation>Goed om te weten: alle accounts van eenzelfde kluis delen dezelfde encryptiesleutel; het zijn de rollen die beperken wat iedereen ziet.</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Ma langue : chaque personne choisit la langue de Balise ; elle s&apos;applique tout de suite, sans perdre ce qui est en cours de saisie ;</source>
        <translation>Mijn taal: iedereen kiest de taal van Balise; ze geldt meteen, zonder verlies van wat u aan het invoeren bent;</translation>
    </message>
    <message>
        <source>Verrouillage : le délai de verrouillage automatique, et verrouiller quand la fenêtre est réduite (réglages de toute l&apos;équipe, changés par la coordination) ;</source>
        <translation>Vergrendeling: de wachttijd voor automatische vergrendeling, en vergrendelen als het venster wordt geminimaliseerd (instellingen voor het hele team, gewijzigd door de coördinatie);</translation>
    </message>
    <message>
        <source>Ma phrase de passe : « Changer ma phrase de passe… » ;</source>
        <translation>Mijn wachtzin: “Mijn wachtzin wijzigen…”;</translation>
    </message>
    <message>
        <source>Code de récupération (coordination) : en créer un nouveau si l&apos;ancien a été perdu ou vu ; l&apos;ancien cesse alors de fonctionner ;</source>
        <translation>Herstelcode van de kluis (coördinatie): een nieuwe aanmaken als de oude verloren of gezien is; de oude werkt dan niet meer;</translation>
    </message>
    <message>
        <source>Démarches et modèles de documents (coordination) : la liste des démarches proposées, et le texte des courriers ;</source>
        <translation>Stappen en documentsjablonen (coördinatie): de lijst van voorgestelde stappen, en de tekst van de brieven;</translation>
    </message>
    <message>
        <source>Sauvegardes et conservation : voir les parties qui suivent ;</source>
        <translation>Back-ups en bewaring: zie de volgende delen;</translation>
    </message>
    <message>
        <source>Synchronisation entre portables : voir « Plusieurs portables ».</source>
        <translation>Synchronisatie tussen laptops: zie “Meerdere laptops”.</translation>
    </message>
    <message>
        <source>Sauvegardes et restauration</source>
        <translation>Back-ups en herstel</translation>
    </message>
    <message>
        <source>Chaque jour, peu après le premier déverrouillage, Balise fait une copie chiffrée du coffre, en arrière-plan : vous continuez à travailler. Chaque copie est relue et vérifiée.</source>
        <translation>Elke dag, kort na de eerste ontgrendeling, maakt Balise op de achtergrond een versleutelde kopie van de kluis: u kunt gewoon verder werken. Elke kopie wordt nagelezen en gecontroleerd.</translation>
    </message>
    <message>
        <source>Balise garde la dernière sauvegarde de chacun des 7 derniers jours, des 4 dernières semaines et des 12 derniers mois.</source>
        <translation>Balise bewaart de laatste back-up van elk van de laatste 7 dagen, de laatste 4 weken en de laatste 12 maanden.</translation>
    </message>
    <message>
        <source>Copie externe : dans Paramètres › Sauvegardes…, la coordination choisit une clé USB ou un disque du service ; chaque sauvegarde y est aussi copiée. Rangez la clé loin de l&apos;ordinateur.</source>
        <translation>Externe kopie: in Instellingen › Back-ups… kiest de coördinatie een usb-stick of een schijf van de dienst; elke back-up wordt er ook naartoe gekopieerd. Berg de stick op ver van de computer.</translation>
    </message>
    <message>
        <source>« Sauvegarder maintenant » en fait une tout de suite. Pour revenir en arrière, choisissez une sauvegarde dans la liste puis « Restaurer la sauvegarde choisie… ».</source>
        <translation>“Nu een back-up maken” maakt er meteen een. Om terug te gaan in de tijd kiest u een back-up in de lijst en dan “Gekozen back-up herstellen…”.</translation>
    </message>
    <message>
        <source>Ce qui a été enregistré après la date de la sauvegarde est perdu. Le coffre remplacé n&apos;est jamais supprimé : il est mis de côté. Ouvrez ensuite le coffre avec la phrase de passe valable à la date de la sauvegarde.</source>
        <translation>Wat na de datum van de back-up is opgeslagen, gaat verloren. De vervangen kluis wordt nooit verwijderd: ze wordt apart bewaard. Open daarna de kluis met de wachtzin die op de datum van de back-up geldig was.</translation>
    </message>
    <message>
        <source>Un dossier clôturé est gardé 5 ans après sa clôture. « Conservation et effacement… » (Paramètres, coordination) liste les dossiers qui ont dépassé ce délai ; cochez-les puis « Effacer les dossiers cochés… ».</source>
        <translation>Een afgesloten dossier wordt 5 jaar na de afsluiting bewaard. “Bewaring en wissing…” (Instellingen, coördinatie) toont de dossiers die deze termijn hebben overschreden; vink ze aan en kies dan “Aangevinkte dossiers wissen…”.</translation>
    </message>
    <message>
        <source>À la demande de la personne, la coordination peut aussi effacer un dossier (onglet Résumé) ou un enfant ou une co-victime (onglet Personnes) avec « Effacer définitivement… ».</source>
        <translation>Op verzoek van de persoon kan de coördinatie ook een dossier (tabblad Samenvatting) of een kind of een medeslachtoffer (tabblad Personen) wissen met “Definitief wissen…”.</translation>
    </message>
    <message>
        <source>L&apos;effacement est réel et sans retour : le dossier et tout ce qui s&apos;y rattache disparaissent. Un nom écrit dans le texte d&apos;un suivi ou d&apos;un document n&apos;est pas retrouvé : relisez ces textes.</source>
        <translation>Wissen is echt en onherroepelijk: het dossier en alles wat erbij hoort, verdwijnt. Een naam die in de tekst van een opvolging of een document staat, wordt niet gevonden: lees die teksten na.</translation>
    </message>
    <message>
        <source>Les sauvegardes plus anciennes gardent encore la donnée effacée, chiffrée, pendant environ 12 mois. Une restauration refait automatiquement les effacements faits depuis la sauvegarde.</source>
        <translation>Oudere back-ups bevatten het gewiste gegeven nog, versleuteld, gedurende ongeveer 12 maanden. Een herstel voert de wissingen die sinds de back-up zijn gedaan automatisch opnieuw uit.</translation>
    </message>
    <message>
        <source>Plusieurs portables</source>
        <translation>Meerdere laptops</translation>
    </message>
    <message>
        <source>Chaque portable de l&apos;équipe garde son propre coffre chiffré. Les portables s&apos;échangent des paquets chiffrés par une clé USB ou par un dossier partagé du service, jamais par Internet.</source>
        <translation>Elke laptop van het team heeft een eigen versleutelde kluis. De laptops wisselen versleutelde pakketten uit via een usb-stick of een gedeelde map van de dienst, nooit via internet.</translation>
    </message>
    <message>
        <source>Synchroniser : branchez la clé du service, puis Paramètres › Synchroniser…, choisissez le dossier et « Synchroniser maintenant ». Balise affiche seulement des nombres (modifications envoyées, reçues). Attendez la fin avant de fermer.</source>
        <translation>Synchroniseren: steek de usb-stick van de dienst in, kies dan Instellingen › Synchroniseren…, kies de map en “Nu synchroniseren”. Balise toont alleen aantallen (verzonden en ontvangen wijzigingen). Wacht tot het einde voordat u afsluit.</translation>
    </message>
    <message>
        <source>L&apos;ordre n&apos;a pas d&apos;importance. Si un paquet manque, Balise nomme le portable à synchroniser d&apos;abord. Synchronisez au retour de chaque tournée, et au moins une fois par jour sur le portable de la coordination.</source>
        <translation>De volgorde maakt niet uit. Als er een pakket ontbreekt, noemt Balise de laptop die eerst moet synchroniseren. Synchroniseer na elke ronde, en minstens één keer per dag op de laptop van de coördinatie.</translation>
    </message>
    <message>
        <source>Conflits : si la même information a changé sur deux portables, rien n&apos;est écrasé. Paramètres › « Conflits de synchronisation… » montre les deux valeurs ; choisissez celle à garder.</source>
        <translation>Conflicten: als hetzelfde gegeven op twee laptops is gewijzigd, wordt niets overschreven. Instellingen › “Synchronisatieconflicten…” toont de twee waarden; kies welke u wilt behouden.</translation>
    </message>
    <message>
        <source>Un portable perdu ou volé, le jour même : prévenez la coordination (qui retire ce portable du service), changez les phrases de passe de tous ceux qui l&apos;utilisaient, et prévenez la direction et le ou la délégué·e à la protection des données.</source>
        <translation>Een laptop verloren of gestolen? Nog dezelfde dag: verwittig de coördinatie (die de laptop uit de dienst haalt), wijzig de wachtzinnen van iedereen die hem gebruikte, en verwittig de directie en de functionaris voor gegevensbescherming.</translation>
    </message>
    <message>
        <source>Où sont les données ?</source>
        <translation>Waar staan de gegevens?</translation>
    </message>
    <message>
        <source>Le coffre est un dossier sur cet ordinateur (« coffre », dans le dossier de données de Balise). Il contient la base chiffrée, les clés (elles-mêmes protégées par les phrases de passe), les sauvegardes et le registre des effacements, sans aucun nom.</source>
        <translation>De kluis is een map op deze computer (“coffre”, in de gegevensmap van Balise). Ze bevat de versleutelde databank, de sleutels (zelf beschermd door de wachtzinnen), de back-ups en het register van de wissingen, zonder enige naam.</translation>
    </message>
    <message>
        <source>Le journal technique de Balise, utile au service informatique, ne contient aucune donnée personnelle.</source>
        <translation>Het technische logboek van Balise, nuttig voor de informaticadienst, bevat geen enkel persoonsgegeven.</translation>
    </message>
    <message>
        <source>Ne copiez pas le coffre ailleurs vous-même : utilisez les sauvegardes et la copie externe, qui restent chiffrées.</source>
        <translation>Kopieer de kluis niet zelf naar elders: gebruik de back-ups en de externe kopie, die versleuteld blijven.</translation>
    </message>
    <message>
        <source>Coffre de démonstration : les personnes et dossiers sont fictifs.</source>
        <translation>Demonstratiekluis: de personen en dossiers zijn fictief.</translation>
    </message>
    <message>
        <source>dossiers ouverts</source>
        <translation>open dossiers</translation>
    </message>
    <message>
        <source>suivis prévus cette semaine</source>
        <translation>opvolgingen gepland deze week</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Aucun rendez-vous aujourd&apos;hui.</source>
        <translation>Geen afspraken vandaag.</translation>
    </message>
    <message>
        <source>À surveiller</source>
        <translation>In het oog te houden</translation>
    </message>
    <message>
        <source>Aucun dossier à risque élevé sans contact depuis 14 jours.</source>
        <translation>Geen dossier met hoog risico zonder contact sinds 14 dagen.</translation>
    </message>
    <message>
        <source>Dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours</source>
        <translation>Dossiers met hoog of kritiek risico zonder uitgevoerde opvolging sinds 14 dagen</translation>
    </message>
    <message>
        <source>Afficher les &amp;suivants</source>
        <translation>&amp;Volgende tonen</translation>
    </message>
    <message>
        <source>Mes dossiers ouverts</source>
        <translation>Mijn open dossiers</translation>
    </message>
    <message>
        <source>Aucun dossier ouvert à votre nom.</source>
        <translation>Geen open dossiers op uw naam.</translation>
    </message>
    <message>
        <source>Échéances et audiences</source>
        <translation>Termijnen en zittingen</translation>
    </message>
    <message>
        <source>Aucune échéance dans les {n} prochains jours.</source>
        <translation>Geen termijnen in de komende {n} dagen.</translation>
    </message>
    <message>
        <source>Fins d&apos;interdiction, audiences, démarches et départs des {n} prochains jours, et ceux dépassés sans mise à jour</source>
        <translation>Einde van huisverboden, zittingen, stappen en vertrekken in de komende {n} dagen, en de verstreken zonder update</translation>
    </message>
    <message>
        <source>&amp;Voir tous mes dossiers</source>
        <translation>&amp;Al mijn dossiers bekijken</translation>
    </message>
    <message>
        <source>Bonjour {name}</source>
        <translation>Goedendag {name}</translation>
    </message>
    <message>
        <source>{title} ({n} premiers)</source>
        <translation>{title} (eerste {n})</translation>
    </message>
    <message>
        <source>Ma langue</source>
        <extracomment>emitted after the settings were saved in the vault emitted after the user&apos;s own language was stored: the code</extracomment>
        <translation>Mijn taal</translation>
    </message>
    <message>
        <source>&amp;Appliquer la langue</source>
        <translation>Taal toe&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Langue de Balise :</source>
        <translation>T&amp;aal van Balise:</translation>
    </message>
    <message>
        <source>Chaque personne choisit sa langue ; elle s&apos;applique tout de suite, sans perdre ce qui est en cours de saisie. Les courriers partent dans la langue de leur destinataire (répertoire des partenaires).</source>
        <translation>Iedereen kiest zijn eigen taal; ze geldt meteen, zonder verlies van wat u aan het invoeren bent. Brieven worden verstuurd in de taal van de ontvanger (adreslijst van de partners).</translation>
    </message>
    <message>
        <source>Délai de verrouillage automatique en minutes</source>
        <translation>Wachttijd voor automatische vergrendeling in minuten</translation>
    </message>
    <message>
        <source>Verrouiller quand la fenêtre est &amp;réduite</source>
        <translation>Vergrendelen als het venster wordt &amp;geminimaliseerd</translation>
    </message>
    <message>
        <source>&amp;Enregistrer les réglages</source>
        <translation>Instellingen &amp;opslaan</translation>
    </message>
    <message>
        <source>Ces réglages valent pour toute l&apos;équipe : seule la coordination peut les changer.</source>
        <translation>Deze instellingen gelden voor het hele team: alleen de coördinatie kan ze wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Délai de verrouillage automatique :</source>
        <translation>&amp;Wachttijd voor automatische vergrendeling:</translation>
    </message>
    <message>
        <source>Balise se verrouille seul après quelques minutes sans clavier ni souris. Ctrl+L verrouille tout de suite.</source>
        <translation>Balise vergrendelt vanzelf na enkele minuten zonder toetsenbord of muis. Ctrl+L vergrendelt meteen.</translation>
    </message>
    <message>
        <source>&amp;Changer ma phrase de passe…</source>
        <translation>Mijn wachtzin wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Ma phrase de passe</source>
        <translation>Mijn wachtzin</translation>
    </message>
    <message>
        <source>Re&amp;nouveler le code de récupération…</source>
        <translation>Herstelcode &amp;vernieuwen…</translation>
    </message>
    <message>
        <source>Code de récupération du coffre</source>
        <translation>Herstelcode van de kluis</translation>
    </message>
    <message>
        <source>Si le code imprimé a été perdu ou vu par quelqu&apos;un d&apos;autre, créez-en un nouveau : l&apos;ancien cessera de fonctionner.</source>
        <translation>Als de afgedrukte code verloren is of door iemand anders is gezien, maak dan een nieuwe aan: de oude werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>Un nouveau code de récupération va être créé et l&apos;ancien cessera de fonctionner. Préparez de quoi l&apos;imprimer ou le noter. Continuer ?</source>
        <translation>Er wordt een nieuwe herstelcode aangemaakt en de oude werkt dan niet meer. Zorg dat u hem kunt afdrukken of noteren. Doorgaan?</translation>
    </message>
    <message>
        <source>&amp;Renouveler</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Création du nouveau code…</source>
        <translation>Nieuwe code wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Choisissez une organisation pour voir ses coordonnées.</source>
        <translation>Kies een organisatie om haar contactgegevens te zien.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>Communes desservies</source>
        <translation>Bediende gemeenten</translation>
    </message>
    <message>
        <source>Personnes de contact</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Langue des courriers</source>
        <translation>Taal van de brieven</translation>
    </message>
    <message>
        <source>Modifier l&apos;organisation</source>
        <translation>Organisatie wijzigen</translation>
    </message>
    <message>
        <source>Nouvelle organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Organisation &amp;active (proposée pour les courriers)</source>
        <translation>&amp;Actieve organisatie (voorgesteld voor brieven)</translation>
    </message>
    <message>
        <source>Les courriers à cette organisation sont rédigés dans cette langue</source>
        <translation>De brieven aan deze organisatie worden in deze taal opgesteld</translation>
    </message>
    <message>
        <source>Filtrer les communes…</source>
        <translation>Gemeenten filteren…</translation>
    </message>
    <message>
        <source>Filtrer les communes</source>
        <translation>Gemeenten filteren</translation>
    </message>
    <message>
        <source>A&amp;jouter un contact</source>
        <translation>Contact &amp;toevoegen</translation>
    </message>
    <message>
        <source>Retirer le &amp;contact</source>
        <translation>Contact &amp;verwijderen</translation>
    </message>
    <message>
        <source>E-&amp;mail :</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Reti&amp;rer le contact</source>
        <translation type="vanished">Contact &amp;verwijderen</translation>
    </message>
    <message>
        <source>Ser&amp;vices :</source>
        <translation>&amp;Diensten:</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>Openings&amp;uren:</translation>
    </message>
    <message>
        <source>&amp;Rue :</source>
        <translation>St&amp;raat:</translation>
    </message>
    <message>
        <source>Code postal, &amp;localité :</source>
        <translation>Postcode, &amp;plaats:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation type="vanished">&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes :</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Lan&amp;gue des courriers :</source>
        <translation>Taal van de &amp;brieven:</translation>
    </message>
    <message>
        <source>Aucune commune cochée : l&apos;organisation sert toutes les communes.</source>
        <translation>Geen gemeente aangevinkt: de organisatie bedient alle gemeenten.</translation>
    </message>
    <message>
        <source>Organisation du répertoire</source>
        <translation>Organisatie uit de adreslijst</translation>
    </message>
    <message>
        <source>Importer un répertoire</source>
        <translation>Een adreslijst importeren</translation>
    </message>
    <message>
        <source>« {file} » : {new} organisation(s) à ajouter, {updated} à mettre à jour, {rejected} ligne(s) refusée(s).</source>
        <translation>“{file}”: {new} organisatie(s) toe te voegen, {updated} bij te werken, {rejected} regel(s) geweigerd.</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Lignes refusées</source>
        <translation>Geweigerde regels</translation>
    </message>
    <message>
        <source>&amp;Importer les {n} ligne(s) valable(s)</source>
        <translation>De {n} geldige regel(s) &amp;importeren</translation>
    </message>
    <message>
        <source>Les lignes refusées ne seront pas importées. Corrigez-les dans le fichier et importez-le à nouveau : les organisations déjà présentes seront mises à jour, pas dupliquées.</source>
        <translation>De geweigerde regels worden niet geïmporteerd. Verbeter ze in het bestand en importeer het opnieuw: organisaties die er al zijn, worden bijgewerkt, niet verdubbeld.</translation>
    </message>
    <message>
        <source>Import terminé : {added} ajoutée(s), {updated} mise(s) à jour.</source>
        <translation>Import voltooid: {added} toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>Rechercher une organisation, un service, un contact…</source>
        <translation>Zoek een organisatie, een dienst, een contact…</translation>
    </message>
    <message>
        <source>Rechercher dans le répertoire</source>
        <translation>Zoeken in de adreslijst</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Montrer les &amp;inactives</source>
        <translation>&amp;Inactieve tonen</translation>
    </message>
    <message>
        <source>&amp;Nouvelle organisation…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>Im&amp;porter (CSV)…</source>
        <translation>Im&amp;porteren (csv)…</translation>
    </message>
    <message>
        <source>E&amp;xporter (CSV)…</source>
        <translation>E&amp;xporteren (csv)…</translation>
    </message>
    <message>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Commune :</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>Réseau — répertoire des partenaires</source>
        <translation>Netwerk — adreslijst van partners</translation>
    </message>
    <message>
        <source>Tous les secteurs</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Aucune organisation</source>
        <translation>Geen organisaties</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisatie</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} organisaties</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv *.txt)</source>
        <translation>Csv-bestand (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Exporter le répertoire</source>
        <translation>De adreslijst exporteren</translation>
    </message>
    <message>
        <source>{n} organisation(s) exportée(s) dans « {file} ».</source>
        <translation>{n} organisatie(s) geëxporteerd naar “{file}”.</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Organisations du répertoire</source>
        <translation>Organisaties uit de adreslijst</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactief)</translation>
    </message>
    <message>
        <source>Changer ma phrase de passe</source>
        <translation>Mijn wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Phrase de passe actuelle</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>C&amp;hanger</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Phrase de passe &amp;actuelle :</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <source>Nouvelle phrase de passe</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Tapez votre phrase de passe actuelle.</source>
        <translation>Typ uw huidige wachtzin.</translation>
    </message>
    <message>
        <source>Enregistrement de la nouvelle phrase de passe…</source>
        <translation>Nieuwe wachtzin wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Votre phrase de passe a été changée.</source>
        <translation>Uw wachtzin is gewijzigd.</translation>
    </message>
    <message>
        <source>La phrase de passe actuelle n&apos;est pas la bonne. Réessayez.</source>
        <translation>De huidige wachtzin is niet juist. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Choisissez une phrase facile à retenir pour vous, difficile à deviner pour d&apos;autres : par exemple plusieurs mots sans lien. Au moins {n} caractères ; majuscules, chiffres ou signes ne sont pas obligatoires.</source>
        <translation>Kies een zin die voor u makkelijk te onthouden is en voor anderen moeilijk te raden: bijvoorbeeld enkele woorden zonder verband. Minstens {n} tekens; hoofdletters, cijfers of tekens zijn niet verplicht.</translation>
    </message>
    <message>
        <source>Confirmation de la phrase de passe</source>
        <translation>Bevestiging van de wachtzin</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Bevestiging:</translation>
    </message>
    <message>
        <source>Imprimer le code de récupération</source>
        <translation>De herstelcode afdrukken</translation>
    </message>
    <message>
        <source>Voici le code de récupération du coffre. Il permet d&apos;ouvrir le coffre si une phrase de passe est oubliée. Il ne sera plus jamais affiché.</source>
        <translation>Dit is de herstelcode van de kluis. Hiermee kan de kluis worden geopend als een wachtzin vergeten is. Hij wordt nooit meer getoond.</translation>
    </message>
    <message>
        <source>Code de récupération</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Imprimez-le ou recopiez-le à la main, puis rangez-le en lieu sûr, à part de l&apos;ordinateur portable (par exemple dans une armoire fermée du service). Ne l&apos;enregistrez pas dans un fichier ni dans un courriel.</source>
        <translation>Druk hem af of schrijf hem met de hand over, en berg hem veilig op, apart van de laptop (bijvoorbeeld in een afgesloten kast van de dienst). Bewaar hem niet in een bestand of e-mail.</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;noté le code de récupération en lieu sûr</source>
        <translation>Ik heb de herstelcode veilig &amp;genoteerd</translation>
    </message>
    <message>
        <source>Nouveau code de récupération</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>L&apos;ancien code de récupération ne fonctionne plus.</source>
        <translation>De oude herstelcode werkt niet meer.</translation>
    </message>
    <message>
        <source>Utiliser le code de récupération</source>
        <translation>De herstelcode gebruiken</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <source>Tapez votre identifiant et le code de récupération imprimé lors de la création du coffre (les tirets et les espaces ne comptent pas).</source>
        <translation>Typ uw gebruikersnaam en de herstelcode die bij het aanmaken van de kluis is afgedrukt (streepjes en spaties tellen niet mee).</translation>
    </message>
    <message>
        <source>&amp;Code :</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Le code est correct. Choisissez votre nouvelle phrase de passe.</source>
        <translation>De code is juist. Kies uw nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Vérifier le code</source>
        <translation>Code contro&amp;leren</translation>
    </message>
    <message>
        <source>Tapez votre identifiant et le code de récupération.</source>
        <translation>Typ uw gebruikersnaam en de herstelcode.</translation>
    </message>
    <message>
        <source>Vérification du code…</source>
        <translation>Code wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Conservation et effacement</source>
        <extracomment>emitted after a purge (lists on screen may show erased cases)</extracomment>
        <translation>Bewaring en wissing</translation>
    </message>
    <message>
        <source>Clôturé le</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>À effacer depuis le</source>
        <translation>Te wissen sinds</translation>
    </message>
    <message>
        <source>Dossiers à effacer</source>
        <translation>Te wissen dossiers</translation>
    </message>
    <message>
        <source>Tout &amp;cocher</source>
        <translation>Alles &amp;aanvinken</translation>
    </message>
    <message>
        <source>Tout &amp;décocher</source>
        <translation>Alles &amp;uitvinken</translation>
    </message>
    <message>
        <source>&amp;Effacer les dossiers cochés…</source>
        <translation>Aangevinkte dossiers &amp;wissen…</translation>
    </message>
    <message>
        <source>Règle du service : un dossier clôturé est conservé {n} ans après sa clôture, puis effacé (RGPD, art. 5 : limitation de la conservation). Les dossiers ci-dessous ont dépassé ce délai. L&apos;effacement est définitif : personnes, auteurs, suivis, documents et brouillons du dossier disparaissent du coffre ; une sauvegarde est faite ensuite, et les sauvegardes plus anciennes disparaissent par la rotation.</source>
        <translation>Regel van de dienst: een afgesloten dossier wordt {n} jaar na de afsluiting bewaard en daarna gewist (AVG, art. 5: opslagbeperking). De dossiers hieronder hebben deze termijn overschreden. De wissing is definitief: personen, plegers, opvolgingen, documenten en concepten van het dossier verdwijnen uit de kluis; daarna wordt een back-up gemaakt, en oudere back-ups verdwijnen via de rotatie.</translation>
    </message>
    <message>
        <source>Effacer définitivement {n} dossier(s) et tout ce qu&apos;ils contiennent ? Cette action ne peut pas être annulée.</source>
        <translation>{n} dossier(s) en alles wat ze bevatten definitief wissen? Deze actie kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Effacer {n} dossier(s)</source>
        <translation>{n} dossier(s) wissen</translation>
    </message>
    <message>
        <source>Nouvelle démarche</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <extracomment>the objective in the form (None: a new one) replaced in tests: asks before deleting an objective</extracomment>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>&amp;Nouvel objectif</source>
        <translation>Nieu&amp;we doelstelling</translation>
    </message>
    <message>
        <source>&amp;Monter</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>&amp;Descendre</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>ex. OS 1.2, OO 3</source>
        <translation>bv. OS 1.2, OO 3</translation>
    </message>
    <message>
        <source>Indicateurs attachés</source>
        <translation>Gekoppelde indicatoren</translation>
    </message>
    <message>
        <source>{section} — {indicator}</source>
        <translation>{section} — {indicator}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Objectifs :</source>
        <translation>&amp;Doelstellingen:</translation>
    </message>
    <message>
        <source>&amp;Programme :</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>Desc&amp;ription :</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Co&amp;de :</source>
        <translation type="vanished">&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Descri&amp;ption :</source>
        <translation type="vanished">&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Indica&amp;teurs attachés (cochez avec la barre d&apos;espace) :</source>
        <translation>Gekoppelde indica&amp;toren (aanvinken met de spatiebalk):</translation>
    </message>
    <message>
        <source>Les objectifs du PSSP ou du PCS tels que le financeur les écrit, et les indicateurs qui rendent compte de chacun : le rapport les présente en tête.</source>
        <translation>De doelstellingen van het PSSP of het PCS zoals de financier ze schrijft, en de indicatoren die over elk ervan verslag uitbrengen: het rapport toont ze bovenaan.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif « {heading} » ? Les chiffres restent.</source>
        <translation>De doelstelling “{heading}” verwijderen? De cijfers blijven.</translation>
    </message>
    <message>
        <source>Ensembles types :</source>
        <translation>Standaardpakketten:</translation>
    </message>
    <message>
        <source>Le nouvel intitulé s&apos;affichera aussi dans les {n} dossier(s) qui utilisent cette démarche.</source>
        <translation>De nieuwe naam verschijnt ook in de {n} dossier(s) die deze stap gebruiken.</translation>
    </message>
    <message>
        <source>Abandonner cette modification du catalogue ?</source>
        <translation>Deze wijziging van de catalogus laten vallen?</translation>
    </message>
    <message>
        <source>Catalogue des démarches socio-administratives</source>
        <translation>Catalogus van sociaal-administratieve stappen</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Ensembles types</source>
        <translation>Standaardpakketten</translation>
    </message>
    <message>
        <source>Catalogue des démarches</source>
        <translation>Catalogus van stappen</translation>
    </message>
    <message>
        <source>A&amp;jouter une démarche…</source>
        <translation>Stap &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Changer l&apos;&amp;intitulé…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Les démarches proposées dans les dossiers. Un nouvel intitulé s&apos;affiche aussi dans les dossiers qui utilisent déjà la démarche ; une démarche retirée n&apos;est plus proposée mais reste visible dans ces dossiers.</source>
        <translation>De stappen die in de dossiers worden voorgesteld. Een nieuwe naam verschijnt ook in de dossiers die de stap al gebruiken; een verwijderde stap wordt niet meer voorgesteld maar blijft zichtbaar in die dossiers.</translation>
    </message>
    <message>
        <source>{label} (retirée)</source>
        <translation>{label} (verwijderd)</translation>
    </message>
    <message>
        <source>Réta&amp;blir</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Modèles de documents</source>
        <translation>Documentsjablonen</translation>
    </message>
    <message>
        <source>Langue du texte</source>
        <translation>Taal van de tekst</translation>
    </message>
    <message>
        <source>Champs disponibles</source>
        <translation>Beschikbare velden</translation>
    </message>
    <message>
        <source>Double-clic ou Entrée : insérer le champ dans le texte</source>
        <translation>Dubbelklik of Enter: het veld in de tekst invoegen</translation>
    </message>
    <message>
        <source>A&amp;perçu…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Enregistrer le &amp;modèle</source>
        <translation>&amp;Sjabloon opslaan</translation>
    </message>
    <message>
        <source>Revenir au texte d&apos;&amp;origine</source>
        <translation type="vanished">Terug naar de &amp;oorspronkelijke tekst</translation>
    </message>
    <message>
        <source>Do&amp;cument :</source>
        <translation type="vanished">Do&amp;cument:</translation>
    </message>
    <message>
        <source>&amp;Objet / titre :</source>
        <translation>&amp;Onderwerp / titel:</translation>
    </message>
    <message>
        <source>&amp;Texte :</source>
        <translation type="vanished">&amp;Tekst:</translation>
    </message>
    <message>
        <source>Revenir au texte d&apos;ori&amp;gine</source>
        <translation>Te&amp;rug naar de oorspronkelijke tekst</translation>
    </message>
    <message>
        <source>Doc&amp;ument :</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Te&amp;xte :</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Les champs entre accolades, comme {personne}, sont remplacés à l&apos;impression. Une ligne vide sépare deux paragraphes.</source>
        <translation>De velden tussen accolades, zoals {personne}, worden bij het afdrukken vervangen. Een lege regel scheidt twee alinea&apos;s.</translation>
    </message>
    <message>
        <source>Seuls les courriers d&apos;orientation partent dans la langue du partenaire.</source>
        <translation>Alleen doorverwijsbrieven worden in de taal van de partner verstuurd.</translation>
    </message>
    <message>
        <source>Pas de texte en {language} : les courriers dans cette langue reprennent le texte français ci-dessous. Enregistrez-le traduit pour qu&apos;ils soient entièrement en {language}.</source>
        <translation>Geen tekst in {language}: brieven in die taal nemen de Franse tekst hieronder over. Sla hem vertaald op zodat ze volledig in {language} zijn.</translation>
    </message>
    <message>
        <source>Texte d&apos;origine.</source>
        <translation>Oorspronkelijke tekst.</translation>
    </message>
    <message>
        <source>Texte modifié.</source>
        <translation>Gewijzigde tekst.</translation>
    </message>
    <message>
        <source>Modèle enregistré.</source>
        <translation>Sjabloon opgeslagen.</translation>
    </message>
    <message>
        <source>Informations transmises (exemple)</source>
        <translation>Doorgegeven gegevens (voorbeeld)</translation>
    </message>
    <message>
        <source>Exemple de rubrique</source>
        <translation>Voorbeeldrubriek</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Aperçu du modèle</source>
        <translation>Voorbeeld van het sjabloon</translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <extracomment>a new account was created: its one-time code, to show once an existing account was saved</extracomment>
        <translation>Nieuwe account</translation>
    </message>
    <message>
        <source>Modifier le compte</source>
        <translation>Account wijzigen</translation>
    </message>
    <message>
        <source>ex. k.benali</source>
        <translation>bv. k.benali</translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>&amp;Nom complet :</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Co&amp;mmune :</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>&amp;Créer le compte</source>
        <translation>Account &amp;aanmaken</translation>
    </message>
    <message>
        <source>Balise créera un code à usage unique : remettez-le en main propre. À sa première ouverture, la personne choisira sa propre phrase de passe.</source>
        <translation>Balise maakt een eenmalige code aan: overhandig die persoonlijk. Bij de eerste opening kiest de persoon haar of zijn eigen wachtzin.</translation>
    </message>
    <message>
        <source>L&apos;identifiant d&apos;un compte ne change pas.</source>
        <translation>De gebruikersnaam van een account verandert niet.</translation>
    </message>
    <message>
        <source>Création du compte et de son code…</source>
        <translation>Account en code worden aangemaakt…</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Code à usage unique</source>
        <translation>Eenmalige code</translation>
    </message>
    <message>
        <source>Compte de {name} — identifiant : {login}</source>
        <translation>Account van {name} — gebruikersnaam: {login}</translation>
    </message>
    <message>
        <source>Remettez ce code en main propre, jamais par courriel ni par message. Il ne sera plus affiché. La personne ouvre Balise avec son identifiant et ce code, puis choisit tout de suite sa propre phrase de passe ; le code cesse alors de fonctionner. Code perdu : réinitialisez la phrase de passe du compte.</source>
        <translation>Overhandig deze code persoonlijk, nooit via e-mail of bericht. Hij wordt niet meer getoond. De persoon opent Balise met haar of zijn gebruikersnaam en deze code, en kiest meteen een eigen wachtzin; de code werkt dan niet meer. Code verloren: stel de wachtzin van de account opnieuw in.</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;remis le code</source>
        <translation>Ik heb de code &amp;overhandigd</translation>
    </message>
    <message>
        <source>Désactivé le {date}</source>
        <translation>Gedeactiveerd op {date}</translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Actif — code à usage unique pas encore utilisé</source>
        <translation>Actief — eenmalige code nog niet gebruikt</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Comptes de l&apos;équipe</source>
        <translation>Accounts van het team</translation>
    </message>
    <message>
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;Nieuwe account…</translation>
    </message>
    <message>
        <source>Dés&amp;activer…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <source>Réinitialiser la &amp;phrase de passe…</source>
        <translation>Wachtzin opnieuw &amp;instellen…</translation>
    </message>
    <message>
        <source>Chaque personne a son propre compte et sa propre phrase de passe. Un compte désactivé ne peut plus ouvrir le coffre ; son historique est conservé.</source>
        <translation>Iedereen heeft een eigen account en een eigen wachtzin. Een gedeactiveerde account kan de kluis niet meer openen; de geschiedenis ervan blijft bewaard.</translation>
    </message>
    <message>
        <source>Ré&amp;activer…</source>
        <translation>Opnieuw &amp;activeren…</translation>
    </message>
    <message>
        <source>Désactiver le compte de {name} ? Sa phrase de passe n&apos;ouvrira plus le coffre. Son historique est conservé et le compte pourra être réactivé.</source>
        <translation>De account van {name} deactiveren? De wachtzin opent de kluis dan niet meer. De geschiedenis blijft bewaard en de account kan opnieuw worden geactiveerd.</translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Réactiver le compte de {name} ? Un nouveau code à usage unique sera créé.</source>
        <translation>De account van {name} opnieuw activeren? Er wordt een nieuwe eenmalige code aangemaakt.</translation>
    </message>
    <message>
        <source>&amp;Réactiver</source>
        <translation>&amp;Opnieuw activeren</translation>
    </message>
    <message>
        <source>Remplacer la phrase de passe de {name} par un nouveau code à usage unique ? L&apos;ancienne phrase de passe cessera de fonctionner.</source>
        <translation>De wachtzin van {name} vervangen door een nieuwe eenmalige code? De oude wachtzin werkt dan niet meer.</translation>
    </message>
    <message>
        <source>&amp;Réinitialiser</source>
        <translation>&amp;Opnieuw instellen</translation>
    </message>
    <message>
        <source>Désactivation du compte…</source>
        <translation>Account wordt gedeactiveerd…</translation>
    </message>
    <message>
        <source>Réactivation du compte…</source>
        <translation>Account wordt opnieuw geactiveerd…</translation>
    </message>
    <message>
        <source>Création d&apos;un nouveau code…</source>
        <translation>Nieuwe code wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Réessayez dans {n} s</source>
        <translation>Probeer opnieuw over {n} s</translation>
    </message>
    <message>
        <source>Balise — coffre chiffré</source>
        <extracomment>an unlock was tried from this screen (the controller&apos;s gc.freeze() is done only before: nothing of a passphrase may be frozen) called with the attempt, which it starts when it is ready (the controller: once the main window&apos;s modules are loaded and the heap is frozen, issue #10); None: the attempt starts at once the backup offered after damage (None: nothing offered)</extracomment>
        <translation>Balise — versleutelde kluis</translation>
    </message>
    <message>
        <source>Comment se déverrouiller, et que faire en cas d&apos;oubli (F1)</source>
        <translation>Hoe ontgrendelen, en wat te doen als u het vergeten bent (F1)</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Restaurer cette &amp;sauvegarde…</source>
        <extracomment>what a restore did, shown above the form on the restored vault</extracomment>
        <translation>Deze &amp;back-up herstellen…</translation>
    </message>
    <message>
        <source>Remplacer le coffre endommagé par la sauvegarde vérifiée la plus récente</source>
        <translation>De beschadigde kluis vervangen door de meest recente gecontroleerde back-up</translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;oublié ma phrase de passe — utiliser le code de récupération</source>
        <translation>Ik ben mijn wachtzin &amp;vergeten — de herstelcode gebruiken</translation>
    </message>
    <message>
        <source>Les données sont chiffrées. Identifiez-vous pour les ouvrir.</source>
        <translation>De gegevens zijn versleuteld. Meld u aan om ze te openen.</translation>
    </message>
    <message>
        <source>Déverrouillage…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <source>Tapez votre phrase de passe.</source>
        <translation>Typ uw wachtzin.</translation>
    </message>
    <message>
        <source>Message d&apos;erreur</source>
        <extracomment>height kept free below a window for a task bar, and above it for its title bar (where the platform&apos;s available geometry already leaves out the task bar, the window is only a little shorter than it could be)</extracomment>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Afficher ou masquer la phrase de passe</source>
        <translation>De wachtzin tonen of verbergen</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Solidité de la phrase de passe</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>DÉMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Coffre de démonstration : données fictives uniquement.</source>
        <translation>Demonstratiekluis: alleen fictieve gegevens.</translation>
    </message>
    <message>
        <source>Création du coffre</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <source>Le coffre chiffré de votre service est en cours de création.</source>
        <translation>De versleutelde kluis van uw dienst wordt aangemaakt.</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>La protection de la phrase de passe est calculée pour résister aux tentatives de devinette : cela prend quelques secondes.</source>
        <translation>De beveiliging van de wachtzin wordt zo berekend dat ze raadpogingen weerstaat: dat duurt enkele seconden.</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Création du coffre chiffré…</source>
        <translation>Versleutelde kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Le code de récupération</source>
        <translation>De herstelcode</translation>
    </message>
    <message>
        <source>À noter maintenant : il ne sera plus affiché.</source>
        <translation>Noteer hem nu: hij wordt niet meer getoond.</translation>
    </message>
    <message>
        <source>Balise — création du coffre</source>
        <extracomment>another language was chosen on the welcome page: the code (the controller installs it and shows the wizard again, in that language) F1 opens the guide&apos;s part about the first start</extracomment>
        <translation>Balise — kluis aanmaken</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; Vo&amp;rige</translation>
    </message>
    <message>
        <source>Bienvenue dans Balise</source>
        <extracomment>stable id used by the pages and in the HTML (never translated) 1: a chapter; 2: a part of the chapter above it (the tabs of a case) the anchors, in the order of the guide (the same in every language) the section of each tab of the case screen, in the order of the tabs where F1 opens the guide on the unlock screen</extracomment>
        <translation>Welkom bij Balise</translation>
    </message>
    <message>
        <source>Le suivi des personnes victimes de violences intrafamiliales.</source>
        <translation>De opvolging van slachtoffers van intrafamiliaal geweld.</translation>
    </message>
    <message>
        <source>Langue de Balise</source>
        <translation>Taal van Balise</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Balise aide votre service à suivre les dossiers d&apos;accompagnement : suivis, démarches, orientations vers les partenaires, courriers.</source>
        <translation>Balise helpt uw dienst om de begeleidingsdossiers op te volgen: opvolgingen, stappen, doorverwijzingen naar partners, brieven.</translation>
    </message>
    <message>
        <source>Tout est enregistré sur cet ordinateur portable, dans un coffre chiffré. Rien n&apos;est envoyé sur Internet. Sans phrase de passe, le coffre est illisible, même si l&apos;ordinateur est volé.</source>
        <translation>Alles wordt op deze laptop opgeslagen, in een versleutelde kluis. Er wordt niets over het internet verstuurd. Zonder wachtzin is de kluis onleesbaar, ook als de computer gestolen wordt.</translation>
    </message>
    <message>
        <source>Nous allons créer le coffre de votre service en quelques étapes : le service, le compte du ou de la coordinateur·rice, puis sa phrase de passe.</source>
        <translation>We maken de kluis van uw dienst in enkele stappen aan: de dienst, de account van de coördinator en daarna de wachtzin.</translation>
    </message>
    <message>
        <source>Votre service</source>
        <translation>Uw dienst</translation>
    </message>
    <message>
        <source>Ces informations figureront sur les courriers du service.</source>
        <translation>Deze gegevens komen op de brieven van de dienst.</translation>
    </message>
    <message>
        <source>par exemple : Plan de cohésion sociale d&apos;Aywaille</source>
        <translation>bijvoorbeeld: Plan de cohésion sociale d&apos;Aywaille</translation>
    </message>
    <message>
        <source>Tapez le nom ou le code postal</source>
        <translation>Typ de naam of de postcode</translation>
    </message>
    <message>
        <source>&amp;Nom du service * :</source>
        <translation>&amp;Naam van de dienst *:</translation>
    </message>
    <message>
        <source>C&amp;ommune :</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>* obligatoire</source>
        <translation>* verplicht</translation>
    </message>
    <message>
        <source>Choisissez la commune dans la liste (tapez quelques lettres).</source>
        <translation>Kies de gemeente uit de lijst (typ enkele letters).</translation>
    </message>
    <message>
        <source>Cette adresse de courriel semble incomplète.</source>
        <translation>Dit e-mailadres lijkt onvolledig.</translation>
    </message>
    <message>
        <source>Le compte du ou de la coordinateur·rice</source>
        <translation>De account van de coördinator</translation>
    </message>
    <message>
        <source>Cette personne gère les comptes de l&apos;équipe et le code de récupération.</source>
        <translation>Deze persoon beheert de accounts van het team en de herstelcode.</translation>
    </message>
    <message>
        <source>&amp;Prénom et nom * :</source>
        <translation>&amp;Voornaam en naam *:</translation>
    </message>
    <message>
        <source>&amp;Identifiant * :</source>
        <translation>&amp;Gebruikersnaam *:</translation>
    </message>
    <message>
        <source>L&apos;identifiant sert à ouvrir Balise. Il est proposé à partir du nom ; vous pouvez le modifier.</source>
        <translation>Met de gebruikersnaam opent u Balise. Hij wordt voorgesteld op basis van de naam; u kunt hem wijzigen.</translation>
    </message>
    <message>
        <source>Indiquez le prénom et le nom.</source>
        <translation>Geef de voornaam en de naam op.</translation>
    </message>
    <message>
        <source>La phrase de passe</source>
        <translation>De wachtzin</translation>
    </message>
    <message>
        <source>Elle ouvre le coffre. Personne ne peut la retrouver à votre place.</source>
        <translation>Hij opent de kluis. Niemand kan hem in uw plaats terugvinden.</translation>
    </message>
    <message>
        <source>&amp;Créer le coffre</source>
        <translation>Kluis aan&amp;maken</translation>
    </message>
    <message>
        <source>Envoyé : {n} modification(s) dans {p} paquet(s).</source>
        <extracomment>exit statuses of ``balise sync`` (documented in its --help and the README)</extracomment>
        <translation>Verzonden: {n} wijziging(en) in {p} pakket(ten).</translation>
    </message>
    <message>
        <source>Reçu : {n} modification(s) de {p} paquet(s).</source>
        <translation>Ontvangen: {n} wijziging(en) uit {p} pakket(ten).</translation>
    </message>
    <message>
        <source>Effacements : {sent} envoyé(s), {done} refait(s) sur ce portable (inscrits dans son registre des effacements).</source>
        <translation>Wissingen: {sent} verzonden, {done} opnieuw uitgevoerd op deze laptop (ingeschreven in zijn register van wissingen).</translation>
    </message>
    <message>
        <source>{n} conflit(s) à trancher : ouvrez Balise, Paramètres, « Conflits de synchronisation ».</source>
        <translation>{n} conflict(en) op te lossen: open Balise, Instellingen, “Synchronisatieconflicten”.</translation>
    </message>
    <message>
        <source>Ce portable n&apos;a encore jamais synchronisé : indiquez le dossier d&apos;échange avec --folder DOSSIER.</source>
        <translation>Deze laptop heeft nog nooit gesynchroniseerd: geef de uitwisselingsmap op met --folder MAP.</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>{nom} — références {lettre}, inscrit le {date}</source>
        <translation>{nom} — referenties {lettre}, geregistreerd op {date}</translation>
    </message>
    <message>
        <source>sans lettre</source>
        <translation>zonder letter</translation>
    </message>
    <message>
        <source> (ce portable)</source>
        <translation> (deze laptop)</translation>
    </message>
    <message>
        <source> — RETIRÉ le {date}</source>
        <translation> — UIT DE DIENST op {date}</translation>
    </message>
    <message>
        <source>tous les dossiers</source>
        <translation>alle dossiers</translation>
    </message>
    <message>
        <source>seulement les dossiers de : {personnes}</source>
        <translation>alleen de dossiers van: {personnes}</translation>
    </message>
    <message>
        <source>Faites aussi, aujourd&apos;hui : changez les phrases de passe de toutes les personnes qui utilisaient ce portable et renouvelez le code de récupération ; prévenez la direction et le ou la délégué·e à la protection des données. Le portable retiré garde ce qu&apos;il contenait, chiffré : tant que personne ne connaît une de ses phrases de passe, cela reste illisible.</source>
        <extracomment>said wherever a laptop is revoked (screen, command, README): what else to do</extracomment>
        <translation>Doe vandaag ook dit: wijzig de wachtzinnen van alle personen die deze laptop gebruikten en vernieuw de herstelcode; verwittig de directie en de functionaris voor gegevensbescherming. De uit de dienst gehaalde laptop behoudt wat hij bevatte, versleuteld: zolang niemand een van zijn wachtzinnen kent, blijft dat onleesbaar.</translation>
    </message>
    <message>
        <source>Aucun portable ne porte ce nom ou cette lettre : « {nom} ».</source>
        <translation>Geen enkele laptop heeft deze naam of deze letter: “{nom}”.</translation>
    </message>
    <message>
        <source>Plusieurs portables portent ce nom : donnez leur lettre.</source>
        <translation>Meerdere laptops hebben deze naam: geef hun letter.</translation>
    </message>
    <message>
        <source>Donnez --name et --out pour inscrire un portable.</source>
        <translation>Geef --name en --out om een laptop te registreren.</translation>
    </message>
    <message>
        <source>--users va avec --scope assigned.</source>
        <translation>--users hoort bij --scope assigned.</translation>
    </message>
    <message>
        <source>Copie du coffre pour le nouveau portable…</source>
        <translation>Kopie van de kluis voor de nieuwe laptop…</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} ») : copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise.</source>
        <translation>Laptop “{nom}” geregistreerd (referenties “…-{lettre}”): kopieer de map {dossier} naar deze laptop en open ze met Balise.</translation>
    </message>
    <message>
        <source>Aucun portable inscrit : ce coffre n&apos;a été copié sur aucun autre.</source>
        <translation>Geen laptop geregistreerd: deze kluis is naar geen enkele andere gekopieerd.</translation>
    </message>
    <message>
        <source>Donnez --laptop : le nom ou la lettre du portable.</source>
        <translation>Geef --laptop: de naam of de letter van de laptop.</translation>
    </message>
    <message>
        <source>Portable « {nom} » retiré du service.</source>
        <translation>Laptop “{nom}” uit de dienst gehaald.</translation>
    </message>
    <message>
        <source>Synchroniser ce portable avec les autres portables du service par un dossier (clé USB, dossier partagé) : envoie ses modifications, applique celles des autres.</source>
        <translation>Deze laptop synchroniseren met de andere laptops van de dienst via een map (usb-stick, gedeelde map): verstuurt de eigen wijzigingen en past die van de andere toe.</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  synchronisé : tout ce qui était dans le dossier a été appliqué
  1  en partie : un paquet manque, est abîmé, vient d&apos;une autre version ou d&apos;un
     portable retiré (le message le dit ; les autres paquets sont appliqués),
     ou erreur inattendue
  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent
     (ou aucun dossier indiqué ni retenu), portable retiré du service</source>
        <translation>exitcodes:
  0  gesynchroniseerd: alles wat in de map stond, is toegepast
  1  gedeeltelijk: een pakket ontbreekt, is beschadigd, komt van een andere versie of van een
     verwijderde laptop (de melding zegt het; de andere pakketten zijn toegepast),
     of onverwachte fout
  2  geweigerd: onjuiste wachtzin, kluis niet gevonden, map ontbreekt
     (of geen map opgegeven of onthouden), laptop uit de dienst gehaald</translation>
    </message>
    <message>
        <source>dossier d&apos;échange du service (clé USB, dossier partagé) ; sans cette option, le dernier dossier qui a servi à synchroniser ce portable (retenu sur ce portable, comme dans l&apos;écran « Synchroniser »)</source>
        <translation>uitwisselingsmap van de dienst (usb-stick, gedeelde map); zonder deze optie de laatste map waarmee deze laptop synchroniseerde (onthouden op deze laptop, zoals in het scherm “Synchroniseren”)</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  synchronisé : tout ce qui était dans le dossier a été appliqué
  1  en partie : un paquet manque, est abîmé, vient d&apos;une autre version ou d&apos;un
     portable retiré (le message le dit ; les autres paquets sont appliqués),
     ou erreur inattendue
  2  refusé : phrase de passe incorrecte, coffre introuvable, dossier absent,
     portable retiré du service</source>
        <translation type="vanished">exitcodes:
  0  gesynchroniseerd: alles wat in de map stond, is toegepast
  1  gedeeltelijk: een pakket ontbreekt, is beschadigd, komt van een andere versie of van een
     verwijderde laptop (de melding zegt het; de andere pakketten zijn toegepast),
     of onverwachte fout
  2  geweigerd: onjuiste wachtzin, kluis niet gevonden, map ontbreekt,
     laptop uit de dienst gehaald</translation>
    </message>
    <message>
        <source>dossier d&apos;échange du service (clé USB, dossier partagé)</source>
        <translation type="vanished">uitwisselingsmap van de dienst (usb-stick, gedeelde map)</translation>
    </message>
    <message>
        <source>Portables du service (coordination) : les lister, en inscrire un nouveau (copie du coffre), en retirer un perdu ou volé.</source>
        <translation>Laptops van de dienst (coördinatie): ze oplijsten, een nieuwe registreren (kopie van de kluis), een verloren of gestolen laptop uit de dienst halen.</translation>
    </message>
    <message>
        <source>codes de sortie :
  0  fait
  2  refusé : phrase de passe incorrecte, pas la coordination, dossier non vide,
     portable inconnu ou déjà retiré, ce portable-ci
  3  impossible : disque plein, en lecture seule ou accès refusé</source>
        <translation>exitcodes:
  0  gedaan
  2  geweigerd: onjuiste wachtzin, niet de coördinatie, map niet leeg,
     onbekende of al verwijderde laptop, deze laptop zelf
  3  onmogelijk: schijf vol, alleen-lezen of toegang geweigerd</translation>
    </message>
    <message>
        <source>« list » : lister ; « enrol » : inscrire ; « revoke » : retirer</source>
        <translation>“list”: oplijsten; “enrol”: registreren; “revoke”: uit de dienst halen</translation>
    </message>
    <message>
        <source>nom du nouveau portable (enrol)</source>
        <translation>naam van de nieuwe laptop (enrol)</translation>
    </message>
    <message>
        <source>dossier vide où écrire la copie pour le nouveau portable (enrol)</source>
        <translation>lege map waarin de kopie voor de nieuwe laptop wordt geschreven (enrol)</translation>
    </message>
    <message>
        <source>nom ou lettre du portable à retirer (revoke)</source>
        <translation>naam of letter van de laptop die uit de dienst moet (revoke)</translation>
    </message>
    <message>
        <source>« all » : tous les dossiers ; « assigned » : seulement les dossiers des personnes de --users (enrol)</source>
        <translation>“all”: alle dossiers; “assigned”: alleen de dossiers van de personen van --users (enrol)</translation>
    </message>
    <message>
        <source>IDENTIFIANT,IDENTIFIANT</source>
        <translation>GEBRUIKERSNAAM,GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>identifiants des personnes dont le portable contient les dossiers (enrol)</source>
        <translation>gebruikersnamen van de personen van wie de laptop de dossiers bevat (enrol)</translation>
    </message>
    <message>
        <source>Ce conflit n&apos;existe plus.</source>
        <translation>Dit conflict bestaat niet meer.</translation>
    </message>
    <message>
        <source>Seuls la coordination et les intervenants du dossier peuvent trancher ce conflit.</source>
        <translation>Alleen de coördinatie en de hulpverleners van het dossier kunnen dit conflict oplossen.</translation>
    </message>
    <message>
        <source>Ce conflit a déjà été tranché.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>Choisissez la valeur d&apos;un des deux portables.</source>
        <translation>Kies de waarde van een van de twee laptops.</translation>
    </message>
    <message>
        <source>Ce conflit concerne une table inconnue de cette version.</source>
        <translation>Dit conflict betreft een tabel die deze versie niet kent.</translation>
    </message>
    <message>
        <source>(fiche supprimée)</source>
        <translation>(fiche verwijderd)</translation>
    </message>
    <message>
        <source>(fiche entière)</source>
        <translation>(volledige fiche)</translation>
    </message>
    <message>
        <source>Synchronisation entre portables</source>
        <translation>Synchronisatie tussen laptops</translation>
    </message>
    <message>
        <source>&amp;Synchroniser…</source>
        <translation type="vanished">&amp;Synchroniseren…</translation>
    </message>
    <message>
        <source>Sync&amp;hroniser…</source>
        <translation>Syn&amp;chroniseren…</translation>
    </message>
    <message>
        <source>Conflits de s&amp;ynchronisation…</source>
        <translation>S&amp;ynchronisatieconflicten…</translation>
    </message>
    <message>
        <source>Portables du ser&amp;vice…</source>
        <translation>&amp;Laptops van de dienst…</translation>
    </message>
    <message>
        <source>Échangez les dossiers avec les autres portables du service (clé USB, dossier</source>
        <translation>Wissel de dossiers uit met de andere laptops van de dienst (usb-stick, gedeelde</translation>
    </message>
    <message>
        <source>partagé) : Balise y dépose les modifications de ce portable, applique les autres.</source>
        <translation>map): Balise zet er de wijzigingen van deze laptop in en past die van de andere toe.</translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Dossier d&apos;échange</source>
        <translation>Uitwisselingsmap</translation>
    </message>
    <message>
        <source>Dossier de la clé USB ou dossier partagé</source>
        <translation>Map op de usb-stick of gedeelde map</translation>
    </message>
    <message>
        <source>&amp;Choisir le dossier…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>Branchez la clé USB du service (ou ouvrez le dossier partagé), puis synchronisez. Seuls des nombres sont affichés, jamais de noms.</source>
        <translation>Sluit de usb-stick van de dienst aan (of open de gedeelde map) en synchroniseer daarna. Er worden alleen aantallen getoond, nooit namen.</translation>
    </message>
    <message>
        <source>Le dossier « {dossier} » n&apos;est pas branché : branchez la clé USB ou choisissez un autre dossier.</source>
        <translation>De map “{dossier}” is niet aangesloten: sluit de usb-stick aan of kies een andere map.</translation>
    </message>
    <message>
        <source>Dossier d&apos;échange du service</source>
        <translation>Uitwisselingsmap van de dienst</translation>
    </message>
    <message>
        <source>Choisissez le dossier d&apos;échange du service.</source>
        <translation>Kies de uitwisselingsmap van de dienst.</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Conflits à trancher</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <source>Aucun conflit n&apos;attend.</source>
        <translation>Er wacht geen enkel conflict.</translation>
    </message>
    <message>
        <source>Une même information a été changée sur deux portables. Rien n&apos;a été écrasé : choisissez la valeur à garder ; elle sera envoyée aux autres portables à la prochaine synchronisation.</source>
        <translation>Eenzelfde gegeven is op twee laptops gewijzigd. Er is niets overschreven: kies de waarde die u wilt behouden; ze wordt bij de volgende synchronisatie naar de andere laptops verstuurd.</translation>
    </message>
    <message>
        <source>fiche entière</source>
        <translation>volledige fiche</translation>
    </message>
    <message>
        <source>Dossier {dossier} — {champ} ({table})
  « {premier} » : {valeur1}
  « {second} » : {valeur2}
  vu le {quand}, écrit le {ecrit}</source>
        <translation>Dossier {dossier} — {champ} ({table})
  “{premier}”: {valeur1}
  “{second}”: {valeur2}
  gezien op {quand}, geschreven op {ecrit}</translation>
    </message>
    <message>
        <source>Garder la valeur de « {portable} »</source>
        <translation>De waarde van “{portable}” behouden</translation>
    </message>
    <message>
        <source>Tél. {phone}</source>
        <extracomment>the letterhead takes the top of the first page down to this line</extracomment>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Aide de Balise</source>
        <extracomment>the background of a word found by the search (black text on it: contrast &gt; 12:1)</extracomment>
        <translation>Hulp bij Balise</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Un mot, par exemple « sauvegarde » (Ctrl+F)</source>
        <translation>Een woord, bijvoorbeeld “back-up” (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher dans l&apos;aide</source>
        <translation>Zoeken in de hulp</translation>
    </message>
    <message>
        <source>Sommaire de l&apos;aide</source>
        <translation>Inhoud van de hulp</translation>
    </message>
    <message>
        <source>Texte de l&apos;aide</source>
        <translation>Tekst van de hulp</translation>
    </message>
    <message>
        <source>Trouvé dans {n} partie(s)</source>
        <translation>Gevonden in {n} deel/delen</translation>
    </message>
    <message>
        <source>Aucune partie ne contient ce mot</source>
        <translation>Geen enkel deel bevat dit woord</translation>
    </message>
    <message>
        <source>Rien trouvé. Essayez un autre mot, ou effacez la recherche.</source>
        <translation>Niets gevonden. Probeer een ander woord, of wis de zoekopdracht.</translation>
    </message>
    <message>
        <source>Portables du service</source>
        <translation>Laptops van de dienst</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Lettre des références</source>
        <translation>Letter van de referenties</translation>
    </message>
    <message>
        <source>Contient</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <source>Inscrit le</source>
        <translation>Geregistreerd op</translation>
    </message>
    <message>
        <source>&amp;Inscrire un portable…</source>
        <translation>Laptop &amp;registreren…</translation>
    </message>
    <message>
        <source>&amp;Retirer du service (perdu, volé)…</source>
        <translation>&amp;Uit de dienst halen (verloren, gestolen)…</translation>
    </message>
    <message>
        <source>Chaque portable du service garde une copie chiffrée du coffre et l&apos;échange avec les autres par un dossier (Synchroniser). Un portable perdu ou volé se retire ici : ses paquets écrits ensuite sont refusés partout.</source>
        <translation>Elke laptop van de dienst bewaart een versleutelde kopie van de kluis en wisselt die met de andere uit via een map (Synchroniseren). Een verloren of gestolen laptop haalt u hier uit de dienst: de pakketten die hij daarna schrijft, worden overal geweigerd.</translation>
    </message>
    <message>
        <source>retiré le {date}</source>
        <translation>uit de dienst op {date}</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>seules les phrases de passe des personnes cochées et la vôtre l&apos;ouvrent.</source>
        <translation>alleen de wachtzinnen van de aangevinkte personen en de uwe openen ze.</translation>
    </message>
    <message>
        <source>les mêmes phrases de passe l&apos;ouvrent.</source>
        <translation>dezelfde wachtzinnen openen ze.</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise : {ouverture}</source>
        <translation>Laptop “{nom}” geregistreerd (referenties “…-{lettre}”). Kopieer de map {dossier} naar deze laptop en open ze met Balise: {ouverture}</translation>
    </message>
    <message>
        <source>&amp;seulement les dossiers de :</source>
        <translation>alleen de dossiers &amp;van:</translation>
    </message>
    <message>
        <source>Un portable qui ne contient que les dossiers de certaines personnes n&apos;en reçoit jamais d&apos;autres : volé, il en expose moins. Les fiches d&apos;auteurs y suivent le rôle de ces personnes, et seules leurs phrases de passe (et la vôtre) l&apos;ouvrent.</source>
        <translation>Een laptop die alleen de dossiers van bepaalde personen bevat, krijgt er nooit andere: bij diefstal stelt hij er minder bloot. De fiches van plegers volgen er de rol van die personen, en alleen hun wachtzinnen (en de uwe) openen hem.</translation>
    </message>
    <message>
        <source>Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier {dossier} sur ce portable et ouvrez-le avec Balise : les mêmes phrases de passe l&apos;ouvrent.</source>
        <translation type="vanished">Laptop “{nom}” geregistreerd (referenties “…-{lettre}”). Kopieer de map {dossier} naar deze laptop en open ze met Balise: dezelfde wachtzinnen openen ze.</translation>
    </message>
    <message>
        <source>Retirer « {nom} » du service ? Ses paquets écrits à partir de maintenant seront refusés par tous les portables. Cela ne se défait pas.</source>
        <translation>“{nom}” uit de dienst halen? De pakketten die hij vanaf nu schrijft, worden door alle laptops geweigerd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Retirer du service</source>
        <translation>&amp;Uit de dienst halen</translation>
    </message>
    <message>
        <source>Inscrire un portable</source>
        <translation>Een laptop registreren</translation>
    </message>
    <message>
        <source>par exemple : portable de rue 2</source>
        <translation>bijvoorbeeld: straatlaptop 2</translation>
    </message>
    <message>
        <source>un dossier vide (sur une clé USB…)</source>
        <translation>een lege map (op een usb-stick…)</translation>
    </message>
    <message>
        <source>C&amp;hoisir…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Nom du portable :</source>
        <translation>&amp;Naam van de laptop:</translation>
    </message>
    <message>
        <source>&amp;Dossier de la copie :</source>
        <translation>&amp;Map voor de kopie:</translation>
    </message>
    <message>
        <source>&amp;tous les dossiers</source>
        <translation>&amp;alle dossiers</translation>
    </message>
    <message>
        <source>seulement les dossiers &amp;de :</source>
        <translation type="vanished">alleen de dossiers &amp;van:</translation>
    </message>
    <message>
        <source>Personnes dont ce portable contient les dossiers</source>
        <translation>Personen van wie deze laptop de dossiers bevat</translation>
    </message>
    <message>
        <source>Ce portable contient :</source>
        <translation>Deze laptop bevat:</translation>
    </message>
    <message>
        <source>&amp;Inscrire</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Balise écrit dans le dossier une copie chiffrée du coffre pour le nouveau portable, avec les mêmes comptes et phrases de passe. Les dossiers créés sur ce portable auront leur propre lettre dans la référence.</source>
        <translation>Balise schrijft in de map een versleutelde kopie van de kluis voor de nieuwe laptop, met dezelfde accounts en wachtzinnen. De dossiers die op deze laptop worden aangemaakt, krijgen een eigen letter in hun referentie.</translation>
    </message>
    <message>
        <source>Un portable qui ne contient que les dossiers de certaines personnes n&apos;en reçoit jamais d&apos;autres : volé, il en expose moins. Les fiches d&apos;auteurs y suivent le rôle de ces personnes.</source>
        <translation type="vanished">Een laptop die alleen de dossiers van bepaalde personen bevat, krijgt er nooit andere: bij diefstal stelt hij er minder bloot. De fiches van plegers volgen er de rol van die personen.</translation>
    </message>
    <message>
        <source>Dossier de la copie pour le nouveau portable</source>
        <translation>Map voor de kopie voor de nieuwe laptop</translation>
    </message>
    <message>
        <source>Donnez un nom à ce portable.</source>
        <translation>Geef deze laptop een naam.</translation>
    </message>
    <message>
        <source>Choisissez le dossier de la copie.</source>
        <translation>Kies de map voor de kopie.</translation>
    </message>
    <message>
        <source>Violence physique</source>
        <translation>Fysiek geweld</translation>
    </message>
    <message>
        <source>Violence psychologique</source>
        <translation>Psychisch geweld</translation>
    </message>
    <message>
        <source>Violence sexuelle</source>
        <translation>Seksueel geweld</translation>
    </message>
    <message>
        <source>Violence économique</source>
        <translation>Economisch geweld</translation>
    </message>
    <message>
        <source>Violence administrative</source>
        <translation>Administratief geweld</translation>
    </message>
    <message>
        <source>Cyberviolence / violence numérique</source>
        <translation>Cybergeweld / digitaal geweld</translation>
    </message>
    <message>
        <source>Négligence</source>
        <translation>Verwaarlozing</translation>
    </message>
    <message>
        <source>Mariage forcé</source>
        <translation>Gedwongen huwelijk</translation>
    </message>
    <message>
        <source>Violence liée à l&apos;honneur</source>
        <translation>Eergerelateerd geweld</translation>
    </message>
    <message>
        <source>Police / SAPV</source>
        <translation>Politie / slachtofferbejegening</translation>
    </message>
    <message>
        <source>CPAS</source>
        <translation>OCMW</translation>
    </message>
    <message>
        <source>La personne elle-même</source>
        <translation>De persoon zelf</translation>
    </message>
    <message>
        <source>École / crèche / PMS</source>
        <translation>School / kinderdagverblijf / CLB</translation>
    </message>
    <message>
        <source>Hôpital / CPVS / médecin</source>
        <translation>Ziekenhuis / ZSG / arts</translation>
    </message>
    <message>
        <source>Ligne d&apos;écoute (0800 30 030)</source>
        <translation>Hulplijn (0800 30 030)</translation>
    </message>
    <message>
        <source>Partenaire du réseau</source>
        <translation>Netwerkpartner</translation>
    </message>
    <message>
        <source>Proche / famille</source>
        <translation>Naaste / familie</translation>
    </message>
    <message>
        <source>Justice : parquet, maisons de justice, tribunaux</source>
        <translation>Justitie: parket, justitiehuizen, rechtbanken</translation>
    </message>
    <message>
        <source>Aide aux victimes (SAV, accueil des victimes)</source>
        <translation>Slachtofferhulp (CAW, slachtofferonthaal)</translation>
    </message>
    <message>
        <source>CPVS – Centre de prise en charge des violences sexuelles</source>
        <translation>ZSG – Zorgcentrum na Seksueel Geweld</translation>
    </message>
    <message>
        <source>Ligne d&apos;écoute</source>
        <translation>Hulplijn</translation>
    </message>
    <message>
        <source>Aide juridique (BAJ, avocats)</source>
        <translation>Juridische bijstand (BJB, advocaten)</translation>
    </message>
    <message>
        <source>Logement (AIS, sociétés de logement)</source>
        <translation>Huisvesting (SVK, huisvestingsmaatschappijen)</translation>
    </message>
    <message>
        <source>Santé (médecins, hôpitaux, santé mentale, mutuelles)</source>
        <translation>Gezondheid (artsen, ziekenhuizen, geestelijke gezondheid, ziekenfondsen)</translation>
    </message>
    <message>
        <source>Écoles, crèches, AMO, maisons de jeunes</source>
        <translation>Scholen, kinderdagverblijven, AMO, jeugdhuizen</translation>
    </message>
    <message>
        <source>La victime présente-t-elle actuellement des blessures ?</source>
        <translation>Heeft het slachtoffer op dit moment verwondingen?</translation>
    </message>
    <message>
        <source>La victime a-t-elle peur d&apos;être tuée par l&apos;auteur ?</source>
        <translation>Is het slachtoffer bang om door de pleger gedood te worden?</translation>
    </message>
    <message>
        <source>Une séparation a-t-elle eu lieu récemment ou est-elle envisagée ?</source>
        <translation>Is er onlangs een scheiding geweest of wordt die overwogen?</translation>
    </message>
    <message>
        <source>Y a-t-il un conflit autour de la garde ou des contacts avec les enfants ?</source>
        <translation>Is er een conflict over het hoederecht of het contact met de kinderen?</translation>
    </message>
    <message>
        <source>La victime est-elle enceinte ou a-t-elle un bébé de moins de 18 mois ?</source>
        <translation>Is het slachtoffer zwanger of heeft ze een baby jonger dan 18 maanden?</translation>
    </message>
    <message>
        <source>Les violences sont-elles devenues plus fréquentes ou plus graves ?</source>
        <translation>Is het geweld frequenter of ernstiger geworden?</translation>
    </message>
    <message>
        <source>L&apos;auteur suit-il, surveille-t-il ou harcèle-t-il la victime (appels, messages, visites) ?</source>
        <translation>Volgt, bespiedt of belaagt de pleger het slachtoffer (oproepen, berichten, bezoeken)?</translation>
    </message>
    <message>
        <source>La victime est-elle coupée de sa famille, de ses proches ou de toute aide ?</source>
        <translation>Is het slachtoffer afgesneden van familie, naasten of elke vorm van hulp?</translation>
    </message>
    <message>
        <source>La victime a-t-elle déjà été étranglée, étouffée ou empêchée de respirer ?</source>
        <translation>Is het slachtoffer ooit gewurgd, verstikt of belet om te ademen?</translation>
    </message>
    <message>
        <source>La victime a-t-elle subi des violences sexuelles de la part de l&apos;auteur ?</source>
        <translation>Heeft het slachtoffer seksueel geweld door de pleger ondergaan?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il menacé de tuer la victime ou un proche ?</source>
        <translation>Heeft de pleger gedreigd het slachtoffer of een naaste te doden?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il déjà menacé la victime de mort avec une arme ou un objet dangereux ?</source>
        <translation>Heeft de pleger het slachtoffer ooit met een wapen of een gevaarlijk voorwerp met de dood bedreigd?</translation>
    </message>
    <message>
        <source>L&apos;auteur possède-t-il une arme ou peut-il facilement s&apos;en procurer une ?</source>
        <translation>Heeft de pleger een wapen of kan hij er gemakkelijk een krijgen?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il déjà fait du mal aux enfants ou menacé de leur en faire ?</source>
        <translation>Heeft de pleger de kinderen ooit pijn gedaan of gedreigd dat te doen?</translation>
    </message>
    <message>
        <source>Vit-il dans le ménage un enfant qui n&apos;est pas celui de l&apos;auteur ?</source>
        <translation>Woont er in het gezin een kind dat niet van de pleger is?</translation>
    </message>
    <message>
        <source>L&apos;auteur consomme-t-il de l&apos;alcool ou des drogues de manière problématique ?</source>
        <translation>Gebruikt de pleger op problematische wijze alcohol of drugs?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il des troubles psychiques connus ?</source>
        <translation>Heeft de pleger gekende psychische stoornissen?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il menacé de se suicider ou tenté de le faire ?</source>
        <translation>Heeft de pleger gedreigd zelfmoord te plegen of het geprobeerd?</translation>
    </message>
    <message>
        <source>L&apos;auteur a-t-il des antécédents judiciaires ou a-t-il déjà enfreint une interdiction ou une mesure de protection ?</source>
        <translation>Heeft de pleger een gerechtelijk verleden of heeft hij ooit een verbod of beschermingsmaatregel overtreden?</translation>
    </message>
    <message>
        <source>L&apos;auteur est-il d&apos;une jalousie excessive ou contrôle-t-il ses faits et gestes ?</source>
        <translation>Is de pleger overdreven jaloers of controleert hij al haar doen en laten?</translation>
    </message>
    <message>
        <source>L&apos;auteur contrôle-t-il l&apos;argent ou l&apos;empêche-t-il d&apos;accéder à ses ressources ?</source>
        <translation>Controleert de pleger het geld of belet hij haar de toegang tot haar middelen?</translation>
    </message>
    <message>
        <source>Y a-t-il un contexte de violence liée à l&apos;honneur ou de mariage forcé ?</source>
        <translation>Is er een context van eergerelateerd geweld of gedwongen huwelijk?</translation>
    </message>
    <message>
        <source>La victime se sent-elle déprimée ou a-t-elle des idées suicidaires ?</source>
        <translation>Voelt het slachtoffer zich depressief of heeft ze zelfmoordgedachten?</translation>
    </message>
    <message>
        <source>Signalement du départ du domicile à la police</source>
        <translation>Melding van het vertrek uit de woning bij de politie</translation>
    </message>
    <message>
        <source>Certificat médical (constat des lésions)</source>
        <translation>Medisch attest (vaststelling van de letsels)</translation>
    </message>
    <message>
        <source>CPAS – demande de revenu d&apos;intégration (RIS)</source>
        <translation>OCMW – aanvraag van een leefloon</translation>
    </message>
    <message>
        <source>CPAS – adresse de référence</source>
        <translation>OCMW – referentieadres</translation>
    </message>
    <message>
        <source>Changement d&apos;adresse à la commune</source>
        <translation>Adreswijziging bij de gemeente</translation>
    </message>
    <message>
        <source>Banque – blocage des comptes joints</source>
        <translation>Bank – blokkering van de gezamenlijke rekeningen</translation>
    </message>
    <message>
        <source>Banque – révocation des procurations</source>
        <translation>Bank – herroeping van de volmachten</translation>
    </message>
    <message>
        <source>Banque – ouverture d&apos;un compte personnel</source>
        <translation>Bank – opening van een persoonlijke rekening</translation>
    </message>
    <message>
        <source>Mutuelle (affiliation personnelle, changement de titulaire)</source>
        <translation>Ziekenfonds (eigen aansluiting, wijziging van titularis)</translation>
    </message>
    <message>
        <source>Allocations familiales – changement d&apos;allocataire</source>
        <translation>Kinderbijslag – wijziging van bijslagtrekkende</translation>
    </message>
    <message>
        <source>Demande de logement social</source>
        <translation>Aanvraag van een sociale woning</translation>
    </message>
    <message>
        <source>Requête au tribunal de la famille (enfants, résidence)</source>
        <translation>Verzoekschrift bij de familierechtbank (kinderen, verblijf)</translation>
    </message>
    <message>
        <source>BAJ / avocat</source>
        <translation>BJB / advocaat</translation>
    </message>
    <message>
        <source>Dossier de séjour (protection du droit de séjour)</source>
        <translation>Verblijfsdossier (bescherming van het verblijfsrecht)</translation>
    </message>
    <message>
        <source>École et crèche (inscription, sécurité, personnes autorisées)</source>
        <translation>School en kinderdagverblijf (inschrijving, veiligheid, gemachtigde personen)</translation>
    </message>
</context>
</TS>
