<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>the passphrase you unlock with now</source>
        <translation>la phrase secrète utilisée actuellement</translation>
    </message>
    <message>
        <source>I give the recovery key instead</source>
        <translation>Je donne plutôt la clé de récupération</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>la même, à nouveau</translation>
    </message>
    <message>
        <source>Also replace the recovery key (and the encryption key)</source>
        <translation>Remplacer aussi la clé de récupération (et la clé de chiffrement)</translation>
    </message>
    <message>
        <source>Choose this if your old passphrase or recovery key may be known to someone: old copies of the vault then stop opening with them. You will be shown a new recovery key.</source>
        <translation>Choisissez ceci si quelqu&apos;un a pu connaître votre ancienne phrase secrète ou clé de récupération&#xa0;: les anciennes copies du coffre ne s&apos;ouvriront plus avec elles. Une nouvelle clé de récupération vous sera montrée.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>To make sure it is you, give the passphrase you unlock with now. The vault and its backups will then open with the new passphrase only. The recovery key keeps working unless you replace it too.</source>
        <translation>Pour vérifier que c&apos;est bien vous, saisissez la phrase secrète utilisée actuellement. Le coffre et ses sauvegardes ne s&apos;ouvriront ensuite qu&apos;avec la nouvelle phrase secrète. La clé de récupération reste valable, sauf si vous la remplacez aussi.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (from your recovery sheet)</source>
        <translation>XXXX-XXXX-… (de votre fiche de récupération)</translation>
    </message>
    <message>
        <source>Give your current passphrase (or the recovery key) first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète actuelle (ou la clé de récupération).</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Une phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
</context>
<context>
    <name>DamagedVaultPage</name>
    <message>
        <source>Choose one of its backups below to restore.</source>
        <translation>Choisissez ci-dessous l&apos;une de ses sauvegardes à restaurer.</translation>
    </message>
    <message>
        <source>No backups were found beside it. If you keep a copy elsewhere (another drive, a backup you made with File → Back up now), go back and open that copy.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée à côté. Si vous avez une copie ailleurs (un autre disque, une sauvegarde faite par Fichier → Sauvegarder maintenant), revenez en arrière et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>Restoring a backup writes it to a new file of your choice, which opens with the same passphrase; nothing is overwritten. The damaged file is then renamed to say so and kept, and CoachDesk opens the restored one from then on.</source>
        <translation>Restaurer une sauvegarde l&apos;écrit dans un nouveau fichier de votre choix, qui s&apos;ouvre avec la même phrase secrète&#xa0;; rien n&apos;est écrasé. Le fichier endommagé est ensuite renommé pour le signaler et conservé, et CoachDesk ouvre désormais le fichier restauré.</translation>
    </message>
    <message>
        <source>Restore selected backup to a new file…</source>
        <translation>Restaurer la sauvegarde choisie dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Sauvegardes, les plus récentes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>This vault cannot be opened</source>
        <translation>Ce coffre ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Saved %1 · %2</source>
        <translation>Enregistrée le %1 · %2</translation>
    </message>
    <message>
        <source>(kept before an upgrade)</source>
        <translation>(conservée avant une mise à jour)</translation>
    </message>
    <message>
        <source>Reading what it holds…</source>
        <translation>Lecture du contenu…</translation>
    </message>
    <message>
        <source>Could not be opened with what you typed: it may be damaged too.</source>
        <translation>Impossible de l&apos;ouvrir avec ce que vous avez saisi&#xa0;: elle est peut-être endommagée aussi.</translation>
    </message>
    <message>
        <source>Empty: from before any data was entered</source>
        <translation>Vide&#xa0;: antérieure à toute saisie</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>{clients}, {sessions}</source>
        <translation>{clients}, {sessions}</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>dernière modification le %1</translation>
    </message>
    <message>
        <source>{name} restored</source>
        <translation>{name} restauré</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurer la sauvegarde sous</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Imprimer la fiche de récupération…</translation>
    </message>
    <message>
        <source>Print one page with the key and how to use it (Ctrl+P)</source>
        <translation>Imprimer une page avec la clé et son mode d&apos;emploi (Ctrl+P)</translation>
    </message>
    <message>
        <source>I have stored the new recovery key somewhere safe</source>
        <translation>J&apos;ai rangé la nouvelle clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. This one is shown only now: print it, or write it down, and keep it apart from this computer.</source>
        <translation>L&apos;ancienne clé de récupération ne fonctionne plus. Celle-ci n&apos;est montrée que maintenant&#xa0;: imprimez-la ou notez-la, et gardez-la à l&apos;écart de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PassphraseChange</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation>La phrase secrète n&apos;a pas été changée. %1</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged backup(s) still open with the old one.</source>
        <translation>
            <numerusform>%n sauvegarde endommagée s&apos;ouvre encore avec l&apos;ancienne.</numerusform>
            <numerusform>%n sauvegardes endommagées s&apos;ouvrent encore avec l&apos;ancienne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set a new passphrase?</source>
        <translation>Définir une nouvelle phrase secrète&#xa0;?</translation>
    </message>
    <message>
        <source>You unlocked with the recovery key.</source>
        <translation>Vous avez déverrouillé avec la clé de récupération.</translation>
    </message>
    <message>
        <source>If you have forgotten your passphrase, set a new one now, so you need not use the recovery key next time. If someone else may have seen the key, also replace it.</source>
        <translation>Si vous avez oublié votre phrase secrète, définissez-en une nouvelle maintenant pour ne pas avoir besoin de la clé de récupération la prochaine fois. Si quelqu&apos;un d&apos;autre a pu voir la clé, remplacez-la aussi.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Alex Moreau</source>
        <translation>p. ex. Alex Moreau</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>e.g. Moreau Coaching &amp; Mentoring</source>
        <translation>p. ex. Moreau Coaching &amp; Mentoring</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Accréditations</translation>
    </message>
    <message>
        <source>e.g. ICF PCC</source>
        <translation>p. ex. ICF PCC</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Organisme professionnel</translation>
    </message>
    <message>
        <source>e.g. International Coaching Federation</source>
        <translation>p. ex. International Coaching Federation</translation>
    </message>
    <message>
        <source>Code of ethics</source>
        <translation>Code de déontologie</translation>
    </message>
    <message>
        <source>e.g. ICF Code of Ethics (2025)</source>
        <translation>p. ex. Code de déontologie de l&apos;ICF (2025)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Degrees, accreditations, training</source>
        <translation>Diplômes, accréditations, formations</translation>
    </message>
    <message>
        <source>Complaints route</source>
        <translation>Voie de réclamation</translation>
    </message>
    <message>
        <source>Who a client can turn to if something goes wrong</source>
        <translation>À qui un client peut s&apos;adresser en cas de problème</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Usual session length</source>
        <translation>Durée habituelle d&apos;une séance</translation>
    </message>
    <message>
        <source>&lt;b&gt;For your agreements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pour vos conventions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. France</source>
        <translation>p. ex. France</translation>
    </message>
    <message>
        <source>The law that governs your agreements, and the data-protection authority named in them.</source>
        <translation>Le droit applicable à vos conventions, et l&apos;autorité de protection des données qui y est citée.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>The language your documents print in, unless a client has a language of their own.</source>
        <translation>La langue de vos documents, sauf si un client a la sienne.</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>e.g. Zoom for sessions, Signal for messages</source>
        <translation>p. ex. Zoom pour les séances, Signal pour les messages</translation>
    </message>
    <message>
        <source>Services with client data</source>
        <translation>Services traitant des données clients</translation>
    </message>
    <message>
        <source>e.g. Proton Mail (e-mail), Zoom (video)</source>
        <translation>p. ex. Proton Mail (e-mail), Zoom (vidéo)</translation>
    </message>
    <message>
        <source>Data-protection authority</source>
        <translation>Autorité de protection des données</translation>
    </message>
    <message>
        <source>Leave empty to name the authority of your country</source>
        <translation>Laissez vide pour citer l&apos;autorité de votre pays</translation>
    </message>
    <message>
        <source>Limitation of liability</source>
        <translation>Limitation de responsabilité</translation>
    </message>
    <message>
        <source>Leave empty for the wording in the clause template</source>
        <translation>Laissez vide pour la formulation du modèle de clause</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Imprimer la fiche de récupération…</translation>
    </message>
    <message>
        <source>Print one page with the key and how to use it (Ctrl+P)</source>
        <translation>Imprimer une page avec la clé et son mode d&apos;emploi (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF on a USB stick or another place apart</source>
        <translation>Enregistrer la fiche en PDF sur une clé USB ou un autre support à part</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>J&apos;ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens the vault. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé ouvre le coffre. Elle n&apos;est montrée que maintenant. Notez-la ou imprimez-la, et gardez-la à l&apos;écart de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>PDF documents ({pattern})</source>
        <translation>Documents PDF ({pattern})</translation>
    </message>
    <message>
        <source>The sheet was not printed. %1</source>
        <translation>La fiche n&apos;a pas été imprimée. %1</translation>
    </message>
    <message>
        <source>That is the vault&apos;s own folder: anyone who has the vault would have its key too. Choose another place, such as a USB stick you keep apart, or print the sheet.</source>
        <translation>C&apos;est le dossier même du coffre&#xa0;: quiconque aurait le coffre aurait aussi sa clé. Choisissez un autre endroit, par exemple une clé USB rangée à part, ou imprimez la fiche.</translation>
    </message>
    <message>
        <source>The vault is in the sync folder “%1”, and so is that place: the key would be copied wherever the vault is. Choose a place outside it, or print the sheet.</source>
        <translation>Le coffre est dans le dossier synchronisé «&#xa0;%1&#xa0;», et cet endroit aussi&#xa0;: la clé serait copiée partout où se trouve le coffre. Choisissez un endroit en dehors, ou imprimez la fiche.</translation>
    </message>
    <message>
        <source>{name} recovery sheet</source>
        <translation>{name} fiche de récupération</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1.</source>
        <translation>La fiche n&apos;a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file: the key belongs on paper.</source>
        <translation>Enregistrée dans %1. Imprimez-la, puis supprimez le fichier&#xa0;: la clé a sa place sur papier.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d&apos;ajouter symboles, chiffres ou majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont liées.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et années qui vous sont liées.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;» n&apos;aident pas beaucoup.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>la même, à nouveau</translation>
    </message>
    <message>
        <source>Keep it in:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Create your practice vault</source>
        <translation>Créez le coffre de votre cabinet</translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sessions and notes in one encrypted file on this computer. Nothing leaves it unencrypted.</source>
        <translation>CoachDesk conserve vos clients, séances et notes dans un seul fichier chiffré sur cet ordinateur. Rien n&apos;en sort en clair.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can recover your data without this passphrase or the recovery key you will be shown next.&lt;/b&gt; A few unrelated words make a strong passphrase.</source>
        <translation>&lt;b&gt;Rien ne peut récupérer vos données sans cette phrase secrète ou la clé de récupération qui vous sera montrée ensuite.&lt;/b&gt; Quelques mots sans rapport entre eux font une phrase secrète solide.</translation>
    </message>
    <message>
        <source>Fill in later</source>
        <translation>Remplir plus tard</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et commencer</translation>
    </message>
    <message>
        <source>About you and your practice</source>
        <translation>Vous et votre cabinet</translation>
    </message>
    <message>
        <source>This appears on your agreements and letters: your credentials, the code of ethics you follow, and where a client can turn with a complaint. You can change it later.</source>
        <translation>Ces informations figurent sur vos conventions et lettres&#xa0;: vos accréditations, le code de déontologie que vous suivez, et à qui un client peut adresser une réclamation. Vous pourrez les modifier plus tard.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <source>Use recovery key instead of the passphrase</source>
        <translation>Utiliser la clé de récupération au lieu de la phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Nouveau coffre…</translation>
    </message>
    <message>
        <source>Unlock {file}</source>
        <translation>Déverrouiller {file}</translation>
    </message>
    <message>
        <source>Vault file: {path}</source>
        <translation>Fichier du coffre&#xa0;: {path}</translation>
    </message>
    <message>
        <source>This is a demo vault with a fictional practice. Its passphrase is &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Ceci est un coffre de démonstration avec un cabinet fictif. Sa phrase secrète est &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new practice</source>
        <translation>nouveau cabinet</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (from your recovery sheet)</source>
        <translation>XXXX-XXXX-… (de votre fiche de récupération)</translation>
    </message>
    <message>
        <source>Keep the vault in</source>
        <translation>Enregistrer le coffre dans</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>VaultFiles</name>
    <message>
        <source>CoachDesk vaults ({pattern});;All files (*)</source>
        <translation>Coffres CoachDesk ({pattern});;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
