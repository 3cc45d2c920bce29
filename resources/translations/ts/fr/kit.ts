<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionRegistry</name>
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
        <source>New &amp;client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>Add a client to the practice</source>
        <translation>Ajouter un client au cabinet</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>Schedule a coaching session</source>
        <translation>Planifier une séance de coaching</translation>
    </message>
    <message>
        <source>&amp;Log a completed session…</source>
        <translation>Consigner une séance &amp;tenue…</translation>
    </message>
    <message>
        <source>Record a session that has just taken place</source>
        <translation>Enregistrer une séance qui vient d&apos;avoir lieu</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Nouvelle con&amp;vention…</translation>
    </message>
    <message>
        <source>Draft a coaching agreement for a client</source>
        <translation>Rédiger une convention de coaching pour un client</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Add clients from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Ajouter des clients depuis un tableur (CSV) ou un carnet d&apos;adresses (vCard)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <source>Create a new, empty practice vault</source>
        <translation>Créer un nouveau coffre vide pour le cabinet</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>Open another practice vault</source>
        <translation>Ouvrir un autre coffre du cabinet</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this vault</source>
        <translation>Choisir une nouvelle phrase secrète pour ce coffre</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault to a folder you choose</source>
        <translation>Écrire une copie chiffrée du coffre dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>&amp;Merge another vault…</source>
        <translation>&amp;Fusionner un autre coffre…</translation>
    </message>
    <message>
        <source>Take in the changes of another copy of this vault (from another computer or a sync tool)</source>
        <translation>Reprendre les modifications d&apos;une autre copie de ce coffre (d&apos;un autre ordinateur ou d&apos;un outil de synchronisation)</translation>
    </message>
    <message>
        <source>Merge &amp;conflicts to review…</source>
        <translation>&amp;Conflits de fusion à revoir…</translation>
    </message>
    <message>
        <source>Fields changed in both copies of the vault: the value kept and the other one</source>
        <translation>Champs modifiés dans les deux copies du coffre&#xa0;: la valeur conservée et l&apos;autre</translation>
    </message>
    <message>
        <source>Practice pro&amp;file…</source>
        <translation>Profil du ca&amp;binet…</translation>
    </message>
    <message>
        <source>Your name, credentials and the practice terms your agreements print</source>
        <translation>Votre nom, vos accréditations et les conditions du cabinet imprimées dans vos conventions</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;références…</translation>
    </message>
    <message>
        <source>When CoachDesk locks itself, and where backups go</source>
        <translation>Quand CoachDesk se verrouille et où vont les sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Save, close the vault and clear the screen</source>
        <translation>Enregistrer, fermer le coffre et vider l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Save and close CoachDesk</source>
        <translation>Enregistrer et fermer CoachDesk</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search clients, notes, goals and action items</source>
        <translation>Rechercher dans les clients, notes, objectifs et actions</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>À &amp;propos de CoachDesk</translation>
    </message>
    <message>
        <source>The version of CoachDesk and how it keeps your data</source>
        <translation>La version de CoachDesk et la façon dont il conserve vos données</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation>Choisir un client</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Saisissez une partie du nom</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
</context>
<context>
    <name>ConsentOffer</name>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer le consentement…</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent</source>
        <translation>Enregistrer le consentement du client</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation>« {name} » enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Le document n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>{document}{about}: {error}</source>
        <translation>{document}{about}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Could not write “{name}” in {folder}: {reason}.

Choose another folder, or check that this one exists and that you may write to it.</source>
        <translation>Impossible d&apos;écrire « {name} » dans {folder}&#xa0;: {reason}.

Choisissez un autre dossier, ou vérifiez que celui-ci existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The document was not exported</source>
        <translation>Le document n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation>Le document n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <source>The print was not recorded</source>
        <translation>L&apos;impression n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>The pages went to the printer, but CoachDesk could not record it: %1</source>
        <translation>Les pages sont parties à l&apos;imprimante, mais CoachDesk n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The document cannot leave the vault</source>
        <translation>Le document ne peut pas quitter le coffre</translation>
    </message>
    <message>
        <source>Export {document}</source>
        <translation>Exporter {document}</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes you made?</source>
        <translation>Enregistrer vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>Si vous les abandonnez, ce que vous avez saisi ici sera perdu.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your practice at a glance</source>
        <translation>Votre cabinet en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Today&apos;s and the coming week&apos;s sessions, action items falling due, agreements awaiting signature, consents about to expire and your coaching hours will be gathered here.</source>
        <translation>Les séances du jour et de la semaine à venir, les actions à échéance, les conventions en attente de signature, les consentements sur le point d&apos;expirer et vos heures de coaching seront réunis ici.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Your clients will be listed here, with their last and next session, their organisation and their current engagement.</source>
        <translation>Vos clients seront listés ici, avec leur dernière et leur prochaine séance, leur organisation et leur accompagnement en cours.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Your coaching sessions will be listed here, upcoming and past, each with its private notes, the summary shared with the client and the action items agreed.</source>
        <translation>Vos séances de coaching seront listées ici, à venir et passées, chacune avec ses notes privées, le résumé partagé avec le client et les actions convenues.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Your coaching agreements will be listed here with their status, from draft to signed to completed, including three-way agreements with a sponsoring organisation.</source>
        <translation>Vos conventions de coaching seront listées ici avec leur statut, du brouillon à la signature puis à la clôture, y compris les contrats tripartites avec un commanditaire.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Referrals to other professionals will be kept here, each with its reason, the client&apos;s consent and its follow-up.</source>
        <translation>Les orientations vers d&apos;autres professionnels seront conservées ici, chacune avec son motif, le consentement du client et son suivi.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>The professionals you refer clients to, such as therapists, doctors and lawyers, will be kept here with their contact details and specialties.</source>
        <translation>Les professionnels vers qui vous orientez vos clients, comme les thérapeutes, médecins et avocats, seront conservés ici avec leurs coordonnées et spécialités.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>The organisations that sponsor coaching will be listed here, with their contacts and the engagements they pay for.</source>
        <translation>Les organisations qui financent du coaching seront listées ici, avec leurs contacts et les accompagnements qu&apos;elles paient.</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Éthique</translation>
    </message>
    <message>
        <source>Your ethics record will be kept here: conflicts of interest and your decisions, consents expiring or withdrawn, disclosures and boundary incidents.</source>
        <translation>Votre registre éthique sera tenu ici&#xa0;: conflits d&apos;intérêts et vos décisions, consentements expirant ou retirés, divulgations et incidents de cadre.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Your coaching-hours log for credential applications, with your progress towards ACC, PCC and MCC, will be produced here.</source>
        <translation>Votre journal des heures de coaching pour les demandes d&apos;accréditation, avec votre progression vers ACC, PCC et MCC, sera produit ici.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Your invoices and credit notes will be listed here, numbered without gaps when issued, with what each client or sponsor has paid and what is still owed.</source>
        <translation>Vos factures et avoirs seront listés ici, numérotés sans trou à l&apos;émission, avec ce que chaque client ou commanditaire a payé et ce qui reste dû.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose another file</source>
        <translation>Choisissez un autre fichier</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>« {name} » existe déjà dans {folder}. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Relance de paiement</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language of CoachDesk</source>
        <translation>Langue de CoachDesk</translation>
    </message>
    <message>
        <source>Applies the next time CoachDesk starts.</source>
        <translation>S’applique au prochain démarrage de CoachDesk.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Same as mine</source>
        <translation>Comme la mienne</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>{name}, rendered</source>
        <translation>{name}, mis en forme</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Edit the {lower} as Markdown</source>
        <translation>Modifier « {name} » en Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the {lower} as they will read ({keys})</source>
        <translation>Afficher « {name} » tel qu&apos;il sera lu ({keys})</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # heading, - list</source>
        <translation>Markdown&#xa0;: **gras**, *italique*, # titre, - liste</translation>
    </message>
    <message>
        <source>{action} {lower}</source>
        <translation>{action}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Rien d&apos;écrit pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>{name}: {option}</source>
        <translation>{name}&#xa0;: {option}</translation>
    </message>
</context>
<context>
    <name>PackageLeft</name>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 sur %2 restantes</translation>
    </message>
    <message>
        <source>None of %1 left</source>
        <translation>Aucune sur %1 restante</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>{engagement}: {package}</source>
        <translation>{engagement}&#xa0;: {package}</translation>
    </message>
    <message>
        <source>Sessions left in the package</source>
        <translation>Séances restantes du forfait</translation>
    </message>
    <message>
        <source>Sessions held, and no-shows when the agreement charges them, use the package</source>
        <translation>Les séances tenues, et les absences lorsque la convention les facture, consomment le forfait</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Forfait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PackageWords</name>
    <message numerus="yes">
        <source>, %n beyond the package</source>
        <translation>
            <numerusform>, %n au-delà du forfait</numerusform>
            <numerusform>, %n au-delà du forfait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n réservée</numerusform>
            <numerusform>%n réservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Protéger le PDF par un mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>At least {count} characters. The PDF opens only with this password: send it to the recipient another way than the file, for example by phone.</source>
        <translation>Au moins {count} caractères. Le PDF ne s&apos;ouvre qu&apos;avec ce mot de passe&#xa0;: transmettez-le au destinataire autrement que le fichier, par exemple par téléphone.</translation>
    </message>
    <message>
        <source>Protect and export</source>
        <translation>Protéger et exporter</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Le mot de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Aperçu — {title}</translation>
    </message>
    <message>
        <source>Preview of the {lower}</source>
        <translation>Aperçu&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Make the pages as wide as the window</source>
        <translation>Afficher les pages aussi larges que la fenêtre</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer ce document en fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print this document on a printer you choose (Ctrl+P)</source>
        <translation>Imprimer ce document sur l&apos;imprimante de votre choix (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Protéger par mot de passe</translation>
    </message>
    <message>
        <source>Encrypt the exported PDF so it opens only with a password you choose</source>
        <translation>Chiffrer le PDF exporté pour qu&apos;il ne s&apos;ouvre qu&apos;avec un mot de passe de votre choix</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>No printer is set up on this computer. Add one in the system settings and try again, or export the document as a PDF.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Ajoutez-en une dans les réglages du système et réessayez, ou exportez le document en PDF.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and has paper, or choose another printer.</source>
        <translation>Vérifiez qu&apos;elle est allumée, connectée et qu&apos;elle a du papier, ou choisissez une autre imprimante.</translation>
    </message>
    <message>
        <source>The pages chosen are not in this document: it has %1.</source>
        <translation>Les pages choisies ne sont pas dans ce document&#xa0;: il en compte %1.</translation>
    </message>
    <message>
        <source>Printing could not start on “%1”.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer sur « %1 ».</translation>
    </message>
    <message>
        <source>“%1” refused the next page.</source>
        <translation>« %1 » a refusé la page suivante.</translation>
    </message>
    <message>
        <source>“%1” did not accept the pages.</source>
        <translation>« %1 » n&apos;a pas accepté les pages.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>La page %1 n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Sent %1 to “%2”. Check that it printed in full.</source>
        <translation>Envoi de %1 à « %2 ». Vérifiez que tout a été imprimé.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Who receives it?</source>
        <translation>Qui le reçoit&#xa0;?</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Name who receives this {lower}. CoachDesk records it, with the basis for sharing it, in the ledger of what left the vault (Ethics › Sent out).</source>
        <translation>Indiquez qui reçoit « {title} ». CoachDesk l&apos;enregistre, avec le fondement du partage, dans le registre des sorties (Éthique › Envoyés).</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation>Sur quel fondement</translation>
    </message>
    <message>
        <source>What the client agreed to, or the agreement</source>
        <translation>Ce que le client a accepté, ou la convention</translation>
    </message>
    <message>
        <source>Choose a legal ground only when the law or a risk of harm requires sharing without the client&apos;s consent; record the disclosure in Ethics › Disclosures too.</source>
        <translation>Ne choisissez un fondement légal que si la loi ou un risque de préjudice impose un partage sans le consentement du client&#xa0;; consignez aussi la divulgation dans Éthique › Divulgations.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Required by law or a court order</source>
        <translation>Exigé par la loi ou une décision de justice</translation>
    </message>
    <message>
        <source>Illegal activity</source>
        <translation>Activité illégale</translation>
    </message>
    <message>
        <source>Risk of harm to the client</source>
        <translation>Risque de préjudice pour le client</translation>
    </message>
    <message>
        <source>Risk of harm to others</source>
        <translation>Risque de préjudice pour autrui</translation>
    </message>
    <message>
        <source>Name who receives it, or choose “%1”.</source>
        <translation>Indiquez qui le reçoit, ou choisissez « %1 ».</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Add the first…</source>
        <translation>Ajouter le premier…</translation>
    </message>
    <message>
        <source>Filter {lower}</source>
        <translation>Filtrer&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected {noun} (Del)</source>
        <translation>Supprimer l&apos;élément sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Cannot delete this {noun}</source>
        <translation>Suppression impossible&#xa0;: {noun}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ValidatingForm</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>Problème&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Same as yours (or type a city, e.g. Lisbon)</source>
        <translation>Comme la vôtre (ou une ville, p. ex. Lisbonne)</translation>
    </message>
</context>
<context>
    <name>ZoneText</name>
    <message>
        <source>{time} in {city}</source>
        <translation>{time} à {city}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>the same time as you</source>
        <translation>la même heure que vous</translation>
    </message>
    <message>
        <source>{hours} ahead of you</source>
        <translation>{hours} d&apos;avance sur vous</translation>
    </message>
    <message>
        <source>{hours} behind you</source>
        <translation>{hours} de retard sur vous</translation>
    </message>
</context>
</TS>
