<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRegistry</name>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Neuer &amp;Klient…</translation>
    </message>
    <message>
        <source>Add a client to the practice</source>
        <translation>Einen Klienten in die Praxis aufnehmen</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue &amp;Sitzung…</translation>
    </message>
    <message>
        <source>Schedule a coaching session</source>
        <translation>Eine Coaching-Sitzung planen</translation>
    </message>
    <message>
        <source>&amp;Log a completed session…</source>
        <translation>Gehaltene Sitzung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record a session that has just taken place</source>
        <translation>Eine gerade gehaltene Sitzung festhalten</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Neue &amp;Vereinbarung…</translation>
    </message>
    <message>
        <source>Draft a coaching agreement for a client</source>
        <translation>Eine Coachingvereinbarung für einen Klienten entwerfen</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>Klienten &amp;importieren…</translation>
    </message>
    <message>
        <source>Add clients from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Klienten aus einer Tabelle (CSV) oder einem Adressbuch (vCard) übernehmen</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>Create a new, empty practice vault</source>
        <translation>Einen neuen, leeren Praxis-Tresor anlegen</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another practice vault</source>
        <translation>Einen anderen Praxis-Tresor öffnen</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this vault</source>
        <translation>Eine neue Passphrase für diesen Tresor wählen</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault to a folder you choose</source>
        <translation>Eine verschlüsselte Kopie des Tresors in einen Ordner Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>&amp;Merge another vault…</source>
        <translation>Anderen Tresor &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Take in the changes of another copy of this vault (from another computer or a sync tool)</source>
        <translation>Die Änderungen einer anderen Kopie dieses Tresors übernehmen (von einem anderen Computer oder einem Sync-Dienst)</translation>
    </message>
    <message>
        <source>Merge &amp;conflicts to review…</source>
        <translation>Zusammenführungs&amp;konflikte prüfen…</translation>
    </message>
    <message>
        <source>Fields changed in both copies of the vault: the value kept and the other one</source>
        <translation>In beiden Kopien des Tresors geänderte Felder: der behaltene Wert und der andere</translation>
    </message>
    <message>
        <source>Practice pro&amp;file…</source>
        <translation>Pra&amp;xisprofil…</translation>
    </message>
    <message>
        <source>Your name, credentials and the practice terms your agreements print</source>
        <translation>Ihr Name, Ihre Zertifizierungen und die Praxisbedingungen in Ihren Vereinbarungen</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>When CoachDesk locks itself, and where backups go</source>
        <translation>Wann CoachDesk sich sperrt und wohin Sicherungen gehen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Sper&amp;ren</translation>
    </message>
    <message>
        <source>Save, close the vault and clear the screen</source>
        <translation>Speichern, den Tresor schließen und den Bildschirm leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Save and close CoachDesk</source>
        <translation>Speichern und CoachDesk schließen</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search clients, notes, goals and action items</source>
        <translation>Klienten, Notizen, Ziele und Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>Über &amp;CoachDesk</translation>
    </message>
    <message>
        <source>The version of CoachDesk and how it keeps your data</source>
        <translation>Die Version von CoachDesk und wie es Ihre Daten aufbewahrt</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation>Klient wählen</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Name des Klienten</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>Kein Klient passt.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
</context>
<context>
    <name>ConsentOffer</name>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent</source>
        <translation>Die Einwilligung des Klienten erfassen</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation>„{name}“ in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>The document could not be made</source>
        <translation>Das Dokument konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>{document}{about}: {error}</source>
        <translation>{document}{about}: {error}</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write “{name}” in {folder}: {reason}.

Choose another folder, or check that this one exists and that you may write to it.</source>
        <translation>„{name}“ konnte nicht in {folder} geschrieben werden: {reason}.

Wählen Sie einen anderen Ordner oder prüfen Sie, ob dieser existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The document was not exported</source>
        <translation>Das Dokument wurde nicht exportiert</translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation>Das Dokument wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>The print was not recorded</source>
        <translation>Der Druck wurde nicht festgehalten</translation>
    </message>
    <message>
        <source>The pages went to the printer, but CoachDesk could not record it: %1</source>
        <translation>Die Seiten gingen an den Drucker, aber CoachDesk konnte das nicht festhalten: %1</translation>
    </message>
    <message>
        <source>The document cannot leave the vault</source>
        <translation>Das Dokument darf den Tresor nicht verlassen</translation>
    </message>
    <message>
        <source>Export {document}</source>
        <translation>{document} exportieren</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes you made?</source>
        <translation>Ihre Änderungen speichern?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed here is lost.</source>
        <translation>Wenn Sie sie verwerfen, geht das hier Eingegebene verloren.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your practice at a glance</source>
        <translation>Ihre Praxis auf einen Blick</translation>
    </message>
    <message>
        <source>Today&apos;s and the coming week&apos;s sessions, action items falling due, agreements awaiting signature, consents about to expire and your coaching hours will be gathered here.</source>
        <translation>Hier erscheinen die Sitzungen von heute und der kommenden Woche, fällige Aufgaben, Vereinbarungen, die auf Unterschrift warten, bald ablaufende Einwilligungen und Ihre Coaching-Stunden.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Your clients will be listed here, with their last and next session, their organisation and their current engagement.</source>
        <translation>Hier stehen Ihre Klienten, mit ihrer letzten und nächsten Sitzung, ihrer Organisation und ihrem laufenden Coaching-Auftrag.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Your coaching sessions will be listed here, upcoming and past, each with its private notes, the summary shared with the client and the action items agreed.</source>
        <translation>Hier stehen Ihre Coaching-Sitzungen, anstehende und vergangene, jede mit ihren privaten Notizen, der mit dem Klienten geteilten Zusammenfassung und den vereinbarten Aufgaben.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Your coaching agreements will be listed here with their status, from draft to signed to completed, including three-way agreements with a sponsoring organisation.</source>
        <translation>Hier stehen Ihre Coachingvereinbarungen mit ihrem Stand, vom Entwurf über die Unterschrift bis zum Abschluss, auch Dreiecksverträge mit einem Auftraggeber.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterverweisungen</translation>
    </message>
    <message>
        <source>Referrals to other professionals will be kept here, each with its reason, the client&apos;s consent and its follow-up.</source>
        <translation>Hier werden Weiterverweisungen an andere Fachleute festgehalten, jede mit ihrem Anlass, der Einwilligung des Klienten und der Nachverfolgung.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>The professionals you refer clients to, such as therapists, doctors and lawyers, will be kept here with their contact details and specialties.</source>
        <translation>Hier stehen die Fachleute, an die Sie Klienten verweisen, etwa Therapeuten, Ärzte und Anwälte, mit Kontaktdaten und Fachgebieten.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>The organisations that sponsor coaching will be listed here, with their contacts and the engagements they pay for.</source>
        <translation>Hier stehen die Organisationen, die Coaching beauftragen, mit ihren Ansprechpersonen und den Coaching-Aufträgen, die sie bezahlen.</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ethik</translation>
    </message>
    <message>
        <source>Your ethics record will be kept here: conflicts of interest and your decisions, consents expiring or withdrawn, disclosures and boundary incidents.</source>
        <translation>Hier wird Ihr Ethik-Protokoll geführt: Interessenkonflikte und Ihre Entscheidungen, ablaufende oder widerrufene Einwilligungen, Offenlegungen und Grenzverletzungen.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Your coaching-hours log for credential applications, with your progress towards ACC, PCC and MCC, will be produced here.</source>
        <translation>Hier entsteht Ihr Coaching-Stundennachweis für Zertifizierungsanträge, mit Ihrem Fortschritt zu ACC, PCC und MCC.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Your invoices and credit notes will be listed here, numbered without gaps when issued, with what each client or sponsor has paid and what is still owed.</source>
        <translation>Hier stehen Ihre Rechnungen und Rechnungskorrekturen, lückenlos nummeriert bei Ausstellung, mit dem, was jeder Klient oder Auftraggeber bezahlt hat und noch schuldet.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Choose another file</source>
        <translation>Andere Datei wählen</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}. Replace it?</source>
        <translation>„{name}“ gibt es in {folder} schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>Credit note</source>
        <translation>Rechnungskorrektur</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Language of CoachDesk</source>
        <translation>Sprache von CoachDesk</translation>
    </message>
    <message>
        <source>Applies the next time CoachDesk starts.</source>
        <translation>Gilt ab dem nächsten Start von CoachDesk.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Same as mine</source>
        <translation>Wie meine</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>{name}, rendered</source>
        <translation>{name}, dargestellt</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Edit the {lower} as Markdown</source>
        <translation>{name} als Markdown bearbeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the {lower} as they will read ({keys})</source>
        <translation>{name} so zeigen, wie sie gelesen werden ({keys})</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # heading, - list</source>
        <translation>Markdown: **fett**, *kursiv*, # Überschrift, - Liste</translation>
    </message>
    <message>
        <source>{action} {lower}</source>
        <translation>{action}: {name}</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>{name}: {option}</source>
        <translation>{name}: {option}</translation>
    </message>
</context>
<context>
    <name>PackageLeft</name>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
    </message>
    <message>
        <source>None of %1 left</source>
        <translation>Keine von %1 übrig</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>{engagement}: {package}</source>
        <translation>{engagement}: {package}</translation>
    </message>
    <message>
        <source>Sessions left in the package</source>
        <translation>Verbleibende Sitzungen im Paket</translation>
    </message>
    <message>
        <source>Sessions held, and no-shows when the agreement charges them, use the package</source>
        <translation>Gehaltene Sitzungen und – wenn die Vereinbarung sie berechnet – Nichterscheinen zählen gegen das Paket</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paket: %1</translation>
    </message>
</context>
<context>
    <name>PackageWords</name>
    <message numerus="yes">
        <source>, %n beyond the package</source>
        <translation>
            <numerusform>, %n über das Paket hinaus</numerusform>
            <numerusform>, %n über das Paket hinaus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n gebucht</numerusform>
            <numerusform>%n gebucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>PDF mit einem Passwort schützen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>At least {count} characters. The PDF opens only with this password: send it to the recipient another way than the file, for example by phone.</source>
        <translation>Mindestens {count} Zeichen. Das PDF öffnet sich nur mit diesem Passwort: Teilen Sie es dem Empfänger auf einem anderen Weg als die Datei mit, zum Beispiel telefonisch.</translation>
    </message>
    <message>
        <source>Protect and export</source>
        <translation>Schützen und exportieren</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Das Passwort braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Vorschau – {title}</translation>
    </message>
    <message>
        <source>Preview of the {lower}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Make the pages as wide as the window</source>
        <translation>Die Seiten so breit wie das Fenster anzeigen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file (Ctrl+S)</source>
        <translation>Dieses Dokument als PDF-Datei speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print this document on a printer you choose (Ctrl+P)</source>
        <translation>Dieses Dokument auf einem Drucker Ihrer Wahl drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Mit Passwort schützen</translation>
    </message>
    <message>
        <source>Encrypt the exported PDF so it opens only with a password you choose</source>
        <translation>Das exportierte PDF verschlüsseln, sodass es sich nur mit einem Passwort Ihrer Wahl öffnet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>No printer is set up on this computer. Add one in the system settings and try again, or export the document as a PDF.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Richten Sie in den Systemeinstellungen einen ein und versuchen Sie es erneut, oder exportieren Sie das Dokument als PDF.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>der Drucker</translation>
    </message>
    <message>
        <source>Check that it is switched on, connected and has paper, or choose another printer.</source>
        <translation>Prüfen Sie, ob er eingeschaltet und verbunden ist und Papier hat, oder wählen Sie einen anderen Drucker.</translation>
    </message>
    <message>
        <source>The pages chosen are not in this document: it has %1.</source>
        <translation>Die gewählten Seiten gibt es in diesem Dokument nicht: Es hat %1.</translation>
    </message>
    <message>
        <source>Printing could not start on “%1”.</source>
        <translation>Der Druck auf „%1“ konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>“%1” refused the next page.</source>
        <translation>„%1“ hat die nächste Seite abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” did not accept the pages.</source>
        <translation>„%1“ hat die Seiten nicht angenommen.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>Seite %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Sent %1 to “%2”. Check that it printed in full.</source>
        <translation>%1 an „%2“ gesendet. Prüfen Sie, ob alles gedruckt wurde.</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Who receives it?</source>
        <translation>Wer erhält es?</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Name who receives this {lower}. CoachDesk records it, with the basis for sharing it, in the ledger of what left the vault (Ethics › Sent out).</source>
        <translation>Geben Sie an, wer „{title}“ erhält. CoachDesk hält das mit der Grundlage der Weitergabe im Ausgangsprotokoll fest (Ethik › Versandt).</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>On what basis</source>
        <translation>Auf welcher Grundlage</translation>
    </message>
    <message>
        <source>What the client agreed to, or the agreement</source>
        <translation>Einwilligung des Klienten oder die Vereinbarung</translation>
    </message>
    <message>
        <source>Choose a legal ground only when the law or a risk of harm requires sharing without the client&apos;s consent; record the disclosure in Ethics › Disclosures too.</source>
        <translation>Wählen Sie eine rechtliche Grundlage nur, wenn das Gesetz oder eine Gefährdung die Weitergabe ohne Einwilligung des Klienten verlangt; erfassen Sie die Offenlegung auch unter Ethik › Offenlegungen.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Required by law or a court order</source>
        <translation>Gesetzlich oder gerichtlich angeordnet</translation>
    </message>
    <message>
        <source>Illegal activity</source>
        <translation>Rechtswidrige Handlung</translation>
    </message>
    <message>
        <source>Risk of harm to the client</source>
        <translation>Gefahr für den Klienten selbst</translation>
    </message>
    <message>
        <source>Risk of harm to others</source>
        <translation>Gefahr für andere</translation>
    </message>
    <message>
        <source>Name who receives it, or choose “%1”.</source>
        <translation>Geben Sie an, wer es erhält, oder wählen Sie „%1“.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Add the first…</source>
        <translation>Den ersten anlegen…</translation>
    </message>
    <message>
        <source>Filter {lower}</source>
        <translation>{title} filtern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected {noun} (Del)</source>
        <translation>Ausgewählten Eintrag löschen (Entf)</translation>
    </message>
    <message>
        <source>Cannot delete this {noun}</source>
        <translation>Löschen nicht möglich: {noun}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ValidatingForm</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>Problem bei {field}</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Same as yours (or type a city, e.g. Lisbon)</source>
        <translation>Wie Ihre (oder Stadt, z. B. Lissabon)</translation>
    </message>
</context>
<context>
    <name>ZoneText</name>
    <message>
        <source>{time} in {city}</source>
        <translation>{time} in {city}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>the same time as you</source>
        <translation>dieselbe Uhrzeit wie bei Ihnen</translation>
    </message>
    <message>
        <source>{hours} ahead of you</source>
        <translation>{hours} vor Ihnen</translation>
    </message>
    <message>
        <source>{hours} behind you</source>
        <translation>{hours} hinter Ihnen</translation>
    </message>
</context>
</TS>
