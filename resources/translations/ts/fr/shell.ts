<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>CoachDesk is a practice desk for independent coaches and mentors: clients, sessions, agreements, referrals and the ethics record in one place.</source>
        <translation>CoachDesk est le bureau des coachs et mentors indépendants&#xa0;: clients, séances, conventions, orientations et registre déontologique réunis en un seul endroit.</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file on this computer. CoachDesk works offline and your data never leaves the computer unencrypted.</source>
        <translation>Tout est conservé dans un seul fichier chiffré sur cet ordinateur. CoachDesk fonctionne hors ligne et vos données ne quittent jamais l&apos;ordinateur en clair.</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>À propos de CoachDesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Built with PySide6 {pyside} on Qt {qt}.</source>
        <translation>Réalisé avec PySide6 {pyside} sur Qt {qt}.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The backup was restored. The damaged file was renamed “%1” and kept.</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé a été renommé «&#xa0;%1&#xa0;» et conservé.</translation>
    </message>
    <message>
        <source>The backup was restored. %1</source>
        <translation>La sauvegarde a été restaurée. %1</translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation>Vos dernières modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>If you lock now without saving, the changes since the last save are lost. Save a copy elsewhere to keep them.</source>
        <translation>Si vous verrouillez maintenant sans enregistrer, les modifications depuis le dernier enregistrement sont perdues. Enregistrez une copie ailleurs pour les garder.</translation>
    </message>
    <message>
        <source>Lock without saving</source>
        <translation>Verrouiller sans enregistrer</translation>
    </message>
    <message>
        <source>If you quit now without saving, the changes since the last save are lost. Save a copy elsewhere to keep them.</source>
        <translation>Si vous quittez maintenant sans enregistrer, les modifications depuis le dernier enregistrement sont perdues. Enregistrez une copie ailleurs pour les garder.</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Enregistrer une copie ailleurs…</translation>
    </message>
    <message>
        <source>Now working on {path}</source>
        <translation>Vous travaillez désormais sur {path}</translation>
    </message>
    <message>
        <source>Back up the vault into</source>
        <translation>Sauvegarder le coffre dans</translation>
    </message>
    <message>
        <source>{name} backup {moment}</source>
        <translation>{name} sauvegarde {moment}</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sauvegarde non écrite</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Could not save {file}: something unexpected went wrong ({error}). Nothing was lost: your changes are kept in memory. Try again, or save a copy elsewhere.</source>
        <translation>Impossible d&apos;enregistrer {file}&#xa0;: une erreur inattendue s&apos;est produite ({error}). Rien n&apos;est perdu&#xa0;: vos modifications sont gardées en mémoire. Réessayez, ou enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <source>{file} is open read-only: changes cannot be saved to it. Your changes are kept in this window only; save a copy elsewhere to keep them and go on working on the copy.</source>
        <translation>{file} est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas y être enregistrées. Vos modifications n&apos;existent que dans cette fenêtre&#xa0;; enregistrez une copie ailleurs pour les garder et continuez à travailler sur la copie.</translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <source>Demo practice</source>
        <translation>Cabinet de démonstration</translation>
    </message>
    <message>
        <source>The demo could not be started. Run “coachdesk --demo”.</source>
        <translation>La démo n&apos;a pas pu démarrer. Lancez «&#xa0;coachdesk --demo&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DemoProgressWindow</name>
    <message>
        <source>CoachDesk demo</source>
        <translation>Démo CoachDesk</translation>
    </message>
    <message>
        <source>Building the demo practice: fictional clients, agreements, sessions and referrals. This takes a few seconds.</source>
        <translation>Création du cabinet de démonstration&#xa0;: clients, conventions, séances et orientations fictifs. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Building the demo practice</source>
        <translation>Création du cabinet de démonstration</translation>
    </message>
</context>
<context>
    <name>InvoicingForm</name>
    <message>
        <source>&lt;b&gt;For your invoices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pour vos factures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>TVA facturée</translation>
    </message>
    <message>
        <source>Exempt as a small business</source>
        <translation>Franchise en base de TVA</translation>
    </message>
    <message>
        <source>Reverse charge (business customers in the EU)</source>
        <translation>Autoliquidation (clients professionnels dans l&apos;UE)</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Hors champ de la TVA</translation>
    </message>
    <message>
        <source>How your invoices stand to VAT; each invoice can differ.</source>
        <translation>Le régime de TVA de vos factures&#xa0;; chaque facture peut différer.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>e.g. 20 or 5.5</source>
        <translation>p. ex. 20 ou 5.5</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <source>Printed on exempt invoices; leave empty for your country&apos;s wording.</source>
        <translation>Imprimée sur les factures exonérées&#xa0;; laissez vide pour la mention de votre pays.</translation>
    </message>
    <message>
        <source>Exemption wording</source>
        <translation>Mention d&apos;exonération</translation>
    </message>
    <message>
        <source>{year} or {yy} for the year, {seq} or {seq:4} for the running number (2026-0001); {computer} for the computer&apos;s tag when you invoice from more than one computer ({year}-{computer}{seq:4} gives 2026-L0001).</source>
        <translation>{year} ou {yy} pour l&apos;année, {seq} ou {seq:4} pour le numéro courant (2026-0001)&#xa0;; {computer} pour le repère de l&apos;ordinateur si vous facturez depuis plusieurs ordinateurs ({year}-{computer}{seq:4} donne 2026-L0001).</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>e.g. FR40123456789</source>
        <translation>p. ex. FR40123456789</translation>
    </message>
    <message>
        <source>Your VAT number</source>
        <translation>Votre n° de TVA</translation>
    </message>
    <message>
        <source>e.g. SIRET, HRB or company number</source>
        <translation>p. ex. SIRET, RCS ou numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>N° d&apos;entreprise</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>e.g. VAT exempt: small business</source>
        <translation>p. ex. TVA non applicable (franchise en base)</translation>
    </message>
    <message>
        <source>Fixed since the first invoice was issued: numbers run on without gaps. You can still give each computer its own series by adding {computer}.</source>
        <translation>Fixé depuis l&apos;émission de la première facture&#xa0;: les numéros se suivent sans trou. Vous pouvez encore donner sa propre série à chaque ordinateur en ajoutant {computer}.</translation>
    </message>
    <message>
        <source>Fixed since the first invoice was issued: numbers run on without gaps.</source>
        <translation>Fixé depuis l&apos;émission de la première facture&#xa0;: les numéros se suivent sans trou.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Déontologie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>In the area list, the arrow keys move between areas.</source>
        <translation>Dans la liste des espaces, les flèches passent d&apos;un espace à l&apos;autre.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Espace affiché</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
    </message>
    <message>
        <source>Go to {area}</source>
        <translation>Aller à {area}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <source>Merge conflicts to review</source>
        <translation>Conflits de fusion à examiner</translation>
    </message>
    <message>
        <source>These fields were changed in both copies of the vault. The newer change was kept; the other copy&apos;s value is shown beside it. Copy anything you need into the record, then mark the conflicts as reviewed.</source>
        <translation>Ces champs ont été modifiés dans les deux copies du coffre. La modification la plus récente a été gardée&#xa0;; la valeur de l&apos;autre copie figure à côté. Reportez dans la fiche ce dont vous avez besoin, puis marquez les conflits comme examinés.</translation>
    </message>
    <message>
        <source>No merge conflicts to review. When a field was changed in both copies, it is listed here.</source>
        <translation>Aucun conflit à examiner. Un champ modifié dans les deux copies apparaît ici.</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Tout marquer comme examiné</translation>
    </message>
</context>
<context>
    <name>MergeDialogs</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept (newer)</source>
        <translation>Gardée (plus récente)</translation>
    </message>
    <message>
        <source>The other copy&apos;s value</source>
        <translation>Valeur de l&apos;autre copie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Passphrase of the other copy</source>
        <translation>Phrase secrète de l&apos;autre copie</translation>
    </message>
    <message>
        <source>“%1” opens with another passphrase. Enter it to merge:</source>
        <translation>«&#xa0;%1&#xa0;» s&apos;ouvre avec une autre phrase secrète. Saisissez-la pour fusionner&#xa0;:</translation>
    </message>
    <message>
        <source>Merge another copy of this vault</source>
        <translation>Fusionner une autre copie de ce coffre</translation>
    </message>
    <message>
        <source>Other copies of your vault</source>
        <translation>Autres copies de votre coffre</translation>
    </message>
    <message>
        <source>A sync tool made copies of this vault when it was changed in two places:</source>
        <translation>Un outil de synchronisation a créé des copies de ce coffre, modifié à deux endroits&#xa0;:</translation>
    </message>
    <message>
        <source>They may hold changes this vault lacks. CoachDesk can merge them once it opens the vault where it can be saved.</source>
        <translation>Elles peuvent contenir des modifications absentes de ce coffre. CoachDesk pourra les fusionner une fois le coffre ouvert à un endroit où il peut être enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>A sync tool made %n copy(ies) of this vault when it was changed on two computers at once:</source>
        <translation>
            <numerusform>Un outil de synchronisation a créé %n copie de ce coffre, modifié sur deux ordinateurs à la fois&#xa0;:</numerusform>
            <numerusform>Un outil de synchronisation a créé %n copies de ce coffre, modifié sur deux ordinateurs à la fois&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>CoachDesk can merge their changes into this vault. Each merged copy is then moved into the vault&apos;s backups folder.</source>
        <translation>CoachDesk peut fusionner leurs modifications dans ce coffre. Chaque copie fusionnée est ensuite déplacée dans le dossier des sauvegardes du coffre.</translation>
    </message>
    <message>
        <source>Merge them into this vault</source>
        <translation>Les fusionner dans ce coffre</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>“%1” was merged but could not be moved: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été fusionné mais n&apos;a pas pu être déplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not merged. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été fusionné. %2</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
    <message>
        <source>Both copies issued invoice numbers that the other copy also gave: %1. Nothing was merged and neither copy was changed. An issued invoice is never renumbered (it may have been sent), so these copies cannot become one vault: keep both as they are, and ask your accountant how to correct the duplicate numbers (a credit note does not free a number). Then give each computer its own number series ({computer} in the invoice number pattern). See &apos;Invoices on two computers&apos; in the guide to sync folders (docs/sync.md).</source>
        <translation>Les deux copies ont attribué des numéros de facture que l&apos;autre copie a aussi attribués&#xa0;: %1. Rien n&apos;a été fusionné et aucune copie n&apos;a été modifiée. Une facture émise n&apos;est jamais renumérotée (elle a peut-être été envoyée)&#xa0;: ces copies ne peuvent donc pas devenir un seul coffre. Gardez-les telles quelles et demandez à votre expert-comptable comment corriger les numéros en double (un avoir ne libère pas de numéro). Donnez ensuite à chaque ordinateur sa propre série ({computer} dans le modèle de numéro de facture). Voir «&#xa0;Invoices on two computers&#xa0;» dans le guide des dossiers synchronisés (docs/sync.md).</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <source>Merged</source>
        <translation>Fusion terminée</translation>
    </message>
    <message>
        <source>The changes from “%1” are now in this vault.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» sont maintenant dans ce coffre.</translation>
    </message>
    <message>
        <source>The other changes are now in this vault.</source>
        <translation>Les autres modifications sont maintenant dans ce coffre.</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Examiner les conflits…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated</source>
        <translation>
            <numerusform>%n fiche mise à jour</numerusform>
            <numerusform>%n fiches mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n fiche supprimée</numerusform>
            <numerusform>%n fiches supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of deleted or erased clients not taken</source>
        <translation>
            <numerusform>%n fiche de clients supprimés non reprise</numerusform>
            <numerusform>%n fiches de clients supprimés non reprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, CoachDesk saves, closes the vault and asks for the passphrase again. Never turns this off.</source>
        <translation>Sans clavier ni souris pendant ce temps, CoachDesk enregistre, ferme le coffre et redemande la phrase secrète. «&#xa0;Jamais&#xa0;» désactive ce verrouillage.</translation>
    </message>
    <message>
        <source>Folder offered for backups</source>
        <translation>Dossier proposé pour les sauvegardes</translation>
    </message>
    <message>
        <source>Your home folder</source>
        <translation>Votre dossier personnel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use home folder</source>
        <translation>Utiliser le dossier personnel</translation>
    </message>
    <message>
        <source>Where Back up now… starts; you can still pick another folder there.</source>
        <translation>Dossier d&apos;où part «&#xa0;Sauvegarder maintenant…&#xa0;»&#xa0;; vous pourrez toujours en choisir un autre.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Verrouiller après inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation>Dossier des &amp;sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time CoachDesk starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de CoachDesk.</translation>
    </message>
    <message>
        <source>Offer this folder for backups</source>
        <translation>Proposer ce dossier pour les sauvegardes</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Practice profile</source>
        <translation>Profil du cabinet</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only vault</source>
        <translation>Coffre en lecture seule</translation>
    </message>
    <message>
        <source>This vault is open read-only: changes cannot be saved. Save a copy… to work on it.</source>
        <translation>Ce coffre est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées. Enregistrez une copie pour travailler dessus.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Save a copy of the vault</source>
        <translation>Enregistrer une copie du coffre</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
</context>
<context>
    <name>SaveFailureDialog</name>
    <message>
        <source>{name} copy {date}</source>
        <translation>{name} copie {date}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>CoachDesk could not save your vault</source>
        <translation>CoachDesk n&apos;a pas pu enregistrer votre coffre</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Merge the other changes into mine</source>
        <translation>Fusionner les autres modifications dans les miennes</translation>
    </message>
    <message>
        <source>Keep this window&apos;s version</source>
        <translation>Garder la version de cette fenêtre</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Enregistrer une copie ailleurs…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The save did not finish.</source>
        <translation>L&apos;enregistrement n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Tried again at %1: still not saved.</source>
        <translation>Nouvel essai (%1)&#xa0;: toujours pas enregistré.</translation>
    </message>
    <message>
        <source>Nothing has been lost yet: everything you entered is still open in CoachDesk, until you close it. The vault file itself is unchanged. Save a copy on a drive CoachDesk can write to, and CoachDesk goes on working on the copy.</source>
        <translation>Rien n&apos;est encore perdu&#xa0;: tout ce que vous avez saisi reste ouvert dans CoachDesk jusqu&apos;à sa fermeture. Le fichier du coffre lui-même est inchangé. Enregistrez une copie sur un disque où CoachDesk peut écrire, et CoachDesk continue sur cette copie.</translation>
    </message>
    <message>
        <source>Nothing has been lost: everything you entered is still open in CoachDesk. Keep CoachDesk open until it is saved: fix the problem and try again, or save a copy on another drive or in another folder.</source>
        <translation>Rien n&apos;est perdu&#xa0;: tout ce que vous avez saisi reste ouvert dans CoachDesk. Gardez CoachDesk ouvert jusqu&apos;à l&apos;enregistrement&#xa0;: corrigez le problème et réessayez, ou enregistrez une copie sur un autre disque ou dans un autre dossier.</translation>
    </message>
    <message>
        <source>The vault file itself holds your work as it was at %1.</source>
        <translation>Le fichier du coffre contient votre travail enregistré à %1.</translation>
    </message>
    <message>
        <source>Saving needs about %1 of free space on that disk (about the size of the vault).</source>
        <translation>L&apos;enregistrement demande environ %1 d&apos;espace libre sur ce disque (à peu près la taille du coffre).</translation>
    </message>
    <message>
        <source>Nothing has been lost: everything you entered is still open in CoachDesk.</source>
        <translation>Rien n&apos;est perdu&#xa0;: tout ce que vous avez saisi reste ouvert dans CoachDesk.</translation>
    </message>
    <message>
        <source>The file on disk is now %1, last changed at %2.</source>
        <translation>Le fichier sur le disque fait maintenant %1, dernière modification&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message>
        <source>Save a copy of the vault</source>
        <translation>Enregistrer une copie du coffre</translation>
    </message>
    <message>
        <source>A copy was saved as “%1” in %2, and CoachDesk now works on it: later changes are saved there, and it is the vault opened next. It opens with the same passphrase and recovery key.</source>
        <translation>Une copie a été enregistrée sous «&#xa0;%1&#xa0;» dans %2, et CoachDesk travaille désormais dessus&#xa0;: les modifications suivantes y sont enregistrées, et c&apos;est ce coffre qui s&apos;ouvrira la prochaine fois. Il s&apos;ouvre avec la même phrase secrète et la même clé de récupération.</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Not saved — click for details</source>
        <translation>Non enregistré — cliquez pour le détail</translation>
    </message>
    <message>
        <source>Everything is saved in the encrypted vault file.</source>
        <translation>Tout est enregistré dans le fichier chiffré du coffre.</translation>
    </message>
    <message>
        <source>Changes are saved automatically a moment after you stop typing.</source>
        <translation>Les modifications sont enregistrées automatiquement peu après la saisie.</translation>
    </message>
    <message>
        <source>Encrypting and writing the vault file.</source>
        <translation>Chiffrement et écriture du fichier du coffre.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <source>Note amendment</source>
        <translation>Avenant à la note</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Type a name, or a few words from a note, goal or action item.</source>
        <translation>Saisissez un nom, ou quelques mots d&apos;une note, d&apos;un objectif ou d&apos;une action.</translation>
    </message>
    <message>
        <source>Every word has to match: try fewer words, or the start of a word.</source>
        <translation>Chaque mot doit correspondre&#xa0;: essayez moins de mots, ou le début d&apos;un mot.</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ pour naviguer · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search clients, notes, goals and action items</source>
        <translation>Rechercher clients, notes, objectifs et actions</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %n results</source>
        <translation>
            <numerusform>Les %n meilleurs résultats</numerusform>
            <numerusform>Les %n meilleurs résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>Aucun résultat pour «&#xa0;{query}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <source>{name} rescue {moment}</source>
        <translation>{name} secours {moment}</translation>
    </message>
    <message>
        <source>A rescue copy was saved</source>
        <translation>Une copie de secours a été enregistrée</translation>
    </message>
    <message>
        <source>When CoachDesk last closed, the vault file could not be written, so the latest changes were saved in an encrypted rescue copy:

%1

It opens with the same passphrase and recovery key. Open it to go on with those changes.</source>
        <translation>À la dernière fermeture de CoachDesk, le fichier du coffre n&apos;a pas pu être écrit&#xa0;; les dernières modifications ont donc été enregistrées dans une copie de secours chiffrée&#xa0;:

%1

Elle s&apos;ouvre avec la même phrase secrète et la même clé de récupération. Ouvrez-la pour reprendre ces modifications.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Cabinet</translation>
    </message>
</context>
</TS>
