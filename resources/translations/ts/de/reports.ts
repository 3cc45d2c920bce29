<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplicationPack</name>
    <message>
        <source>Choose where to save the application pack</source>
        <translation>Speicherort für die Antragsunterlagen wählen</translation>
    </message>
    <message>
        <source>Credential application pack</source>
        <translation>Antragsunterlagen zur Zertifizierung</translation>
    </message>
    <message>
        <source>The application pack was not saved</source>
        <translation>Die Antragsunterlagen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {reason}.

Choose another folder, or check that you may write to it.</source>
        <translation>In {folder} konnte nicht geschrieben werden: {reason}.

Wählen Sie einen anderen Ordner oder prüfen Sie, ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Application pack saved</source>
        <translation>Antragsunterlagen gespeichert</translation>
    </message>
    <message>
        <source>Saved in {folder}:
{names}

Each file is recorded in Ethics ▸ Sent out.</source>
        <translation>Gespeichert in {folder}:
{names}

Jede Datei ist unter Ethik ▸ Versandt protokolliert.</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Your upcoming sessions as an iCalendar (.ics) file for Google Calendar, Outlook or Apple Calendar. Importing a newer file updates the events instead of adding copies.</source>
        <translation>Ihre anstehenden Sitzungen als iCalendar-Datei (.ics) für Google Kalender, Outlook oder Apple Kalender. Eine neuere Datei aktualisiert beim Import die Termine, statt Kopien anzulegen.</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the upcoming sessions as an .ics file</source>
        <translation>Die anstehenden Sitzungen als .ics-Datei speichern</translation>
    </message>
    <message>
        <source>Use client names in titles</source>
        <translation>Klientennamen in Titeln verwenden</translation>
    </message>
    <message>
        <source>Otherwise titles show only the client&apos;s initials (“Coaching session · Z.Ø.”), so a calendar you share or sync does not name your clients. Notes never go into the file.</source>
        <translation>Sonst zeigen Titel nur die Initialen („Coaching-Sitzung · Z.Ø.“), damit ein geteilter oder synchronisierter Kalender Ihre Klienten nicht nennt. Notizen kommen nie in die Datei.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 Minuten vorher</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Erinnerung:</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Anstehende Sitzungen</translation>
    </message>
    <message>
        <source>No upcoming sessions yet: the file would hold no events.</source>
        <translation>Noch keine anstehenden Sitzungen: Die Datei enthielte keine Termine.</translation>
    </message>
</context>
<context>
    <name>CredentialCard</name>
    <message>
        <source>{credential} progress</source>
        <translation>Fortschritt {credential}</translation>
    </message>
    <message>
        <source>✓ All met</source>
        <translation>✓ Alles erfüllt</translation>
    </message>
    <message>
        <source>{met} of {required} met</source>
        <translation>{met} von {required} erfüllt</translation>
    </message>
</context>
<context>
    <name>CredentialsView</name>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Zertifikate (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>JPEG-Bilder (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attach certificate</source>
        <translation>Zertifikat anhängen</translation>
    </message>
    <message>
        <source>Certificate not attached</source>
        <translation>Zertifikat nicht angehängt</translation>
    </message>
    <message>
        <source>Could not read “{name}”: {reason}.</source>
        <translation>„{name}“ konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Zertifikat nicht gespeichert</translation>
    </message>
    <message>
        <source>Save a copy of the certificate</source>
        <translation>Eine Kopie des Zertifikats speichern</translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation>Zertifikat nicht entfernt</translation>
    </message>
    <message>
        <source>Core Competencies</source>
        <translation>Kernkompetenzen</translation>
    </message>
    <message>
        <source>Coaching Ethics</source>
        <translation>Coaching-Ethik</translation>
    </message>
    <message>
        <source>Resource Development</source>
        <translation>Ressourcenentwicklung</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Verband</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Group of {n}</source>
        <translation>Gruppe von {n}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Stand der Anforderungen</translation>
    </message>
    <message>
        <source>Measured by ICF&apos;s rules as checked on {day}; each line says what is met and what is missing.</source>
        <translation>Gemessen an den ICF-Regeln, Stand {day}; jede Zeile zeigt, was erfüllt ist und was fehlt.</translation>
    </message>
    <message>
        <source>Application pack…</source>
        <translation>Antragsunterlagen…</translation>
    </message>
    <message>
        <source>Save one PDF of this evidence, the log as CSV and your CCE certificates in a folder</source>
        <translation>Ein PDF dieser Nachweise, den Nachweis als CSV und Ihre CCE-Zertifikate in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Supervision and practice</source>
        <translation>Supervision und Praxis</translation>
    </message>
    <message>
        <source>Supervision period from</source>
        <translation>Supervisionszeitraum von</translation>
    </message>
    <message>
        <source>Supervision period to</source>
        <translation>Supervisionszeitraum bis</translation>
    </message>
    <message>
        <source>Hours of coaching per supervision hour</source>
        <translation>Coaching-Stunden je Supervisionsstunde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>· 1 hour of supervision per</source>
        <translation>· 1 Stunde Supervision je</translation>
    </message>
    <message>
        <source>hours of coaching</source>
        <translation>Coaching-Stunden</translation>
    </message>
    <message>
        <source>Credentials held</source>
        <translation>Erworbene Zertifizierungen</translation>
    </message>
    <message>
        <source>The credentials you hold, since when, and when each is due for renewal.</source>
        <translation>Ihre Zertifizierungen, seit wann Sie sie haben und wann jede zu verlängern ist.</translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation>Zertifizierung hinzufügen…</translation>
    </message>
    <message>
        <source>No credential yet. Add the one you hold to see what its renewal asks.</source>
        <translation>Noch keine Zertifizierung. Fügen Sie Ihre hinzu, um zu sehen, was die Verlängerung verlangt.</translation>
    </message>
    <message>
        <source>Mentor coaching received</source>
        <translation>Erhaltenes Mentor-Coaching</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Sitzung hinzufügen…</translation>
    </message>
    <message>
        <source>Mentor coaching sessions you receive will be listed here.</source>
        <translation>Hier erscheinen die Mentor-Coaching-Sitzungen, die Sie erhalten.</translation>
    </message>
    <message>
        <source>Continuing coach education</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translation>Kurs hinzufügen…</translation>
    </message>
    <message>
        <source>Courses and events will be listed here with their CCE units and certificates.</source>
        <translation>Hier erscheinen Kurse und Veranstaltungen mit ihren CCE-Einheiten und Zertifikaten.</translation>
    </message>
    <message>
        <source>Supervision received</source>
        <translation>Erhaltene Supervision</translation>
    </message>
    <message>
        <source>Sessions with your supervisor; the ratio above is measured on them.</source>
        <translation>Sitzungen mit Ihrem Supervisor; das Verhältnis oben wird daran gemessen.</translation>
    </message>
    <message>
        <source>Supervision sessions you receive will be listed here.</source>
        <translation>Hier erscheinen die Supervisionssitzungen, die Sie erhalten.</translation>
    </message>
    <message>
        <source>Attach certificate…</source>
        <translation>Zertifikat anhängen…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Write the certificate to a file you choose (recorded in the outbound ledger)</source>
        <translation>Das Zertifikat in eine Datei Ihrer Wahl schreiben (im Ausgangsprotokoll erfasst)</translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation>Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Löschen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Delete your {body} {level} from the credentials held?</source>
        <translation>Ihre {body} {level} aus den erworbenen Zertifizierungen löschen?</translation>
    </message>
    <message>
        <source>Delete the mentor coaching session of {day} with {mentor}?</source>
        <translation>Die Mentor-Coaching-Sitzung vom {day} mit {mentor} löschen?</translation>
    </message>
    <message>
        <source> Its certificate is deleted with it.</source>
        <translation> Das Zertifikat wird mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete “{title}” ({day})?</source>
        <translation>„{title}“ ({day}) löschen?</translation>
    </message>
    <message>
        <source>Delete the supervision session of {day} with {supervisor}?</source>
        <translation>Die Supervisionssitzung vom {day} mit {supervisor} löschen?</translation>
    </message>
    <message>
        <source>No ICF credential held yet: add it under Credentials held.</source>
        <translation>Noch keine ICF-Zertifizierung: Fügen Sie sie unter Erworbene Zertifizierungen hinzu.</translation>
    </message>
    <message>
        <source>You hold ICF&apos;s highest credential.</source>
        <translation>Sie haben die höchste ICF-Zertifizierung.</translation>
    </message>
    <message>
        <source>Ratio not saved</source>
        <translation>Verhältnis nicht gespeichert</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>EarlierHoursDialog</name>
    <message>
        <source>Hours before CoachDesk</source>
        <translation>Stunden vor CoachDesk</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <source>Earlier log lines</source>
        <translation>Frühere Nachweiszeilen</translation>
    </message>
    <message>
        <source>Lines from the log you kept before CoachDesk, in ICF&apos;s columns. They print in the hours log marked as entered, and count in the totals and the progress towards each credential.</source>
        <translation>Zeilen aus dem Nachweis, den Sie vor CoachDesk geführt haben, in den Spalten der ICF. Sie erscheinen im Stundennachweis als eingetragen markiert und zählen in den Summen und im Fortschritt zu jeder Zertifizierung.</translation>
    </message>
    <message>
        <source>No earlier lines yet: add one, or import your earlier log as CSV.</source>
        <translation>Noch keine früheren Zeilen: Fügen Sie eine hinzu oder importieren Sie Ihren früheren Nachweis als CSV.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>A CSV in the hours log&apos;s own columns; every row is checked before anything is added</source>
        <translation>Eine CSV in den Spalten des Stundennachweises; jede Zeile wird geprüft, bevor etwas hinzugefügt wird</translation>
    </message>
    <message>
        <source>Delete the earlier line “%1”? Its hours leave the log.</source>
        <translation>Die frühere Zeile „%1“ löschen? Ihre Stunden verlassen den Nachweis.</translation>
    </message>
    <message>
        <source>Import an earlier hours log (CSV)</source>
        <translation>Früheren Stundennachweis importieren (CSV)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>The file is too large for an hours log.</source>
        <translation>Die Datei ist für einen Stundennachweis zu groß.</translation>
    </message>
</context>
<context>
    <name>EarlierLineDialog</name>
    <message>
        <source>Earlier log line</source>
        <translation>Frühere Nachweiszeile</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>E-mail or phone, as ICF asks</source>
        <translation>E-Mail oder Telefon, wie von der ICF verlangt</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Klientenname</translation>
    </message>
    <message>
        <source>Individual/Group</source>
        <translation>Einzel/Gruppe</translation>
    </message>
    <message>
        <source>No. in group</source>
        <translation>Anzahl in der Gruppe</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Bezahlte Stunden</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation>Pro-bono-Stunden</translation>
    </message>
</context>
<context>
    <name>EducationDialog</name>
    <message>
        <source>New course or event</source>
        <translation>Neuer Kurs oder neue Veranstaltung</translation>
    </message>
    <message>
        <source>Edit course or event</source>
        <translation>Kurs oder Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Ethics in everyday coaching</source>
        <translation>z. B. Ethik im Coaching-Alltag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>CCE units</source>
        <translation>CCE-Einheiten</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>z. B. 1,5</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>HeldCredentialDialog</name>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>New credential</source>
        <translation>Neue Zertifizierung</translation>
    </message>
    <message>
        <source>Edit credential</source>
        <translation>Zertifizierung bearbeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>Verleihender Verband</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>e.g. ACC, PCC, MCC</source>
        <translation>z. B. ACC, PCC, MCC</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>Verliehen am</translation>
    </message>
    <message>
        <source>Renewal due on</source>
        <translation>Verlängerung fällig am</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Verlängerung fällig</translation>
    </message>
</context>
<context>
    <name>HoursLog</name>
    <message>
        <source>Client name</source>
        <translation>Klientenname</translation>
    </message>
    <message>
        <source>Individual/Group</source>
        <translation>Einzel/Gruppe</translation>
    </message>
    <message>
        <source>Group of {number}</source>
        <translation>Gruppe von {number}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzel</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Bezahlte Stunden</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation>Pro-bono-Stunden</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1 (entered)</source>
        <translation>%1 (eingetragen)</translation>
    </message>
    <message>
        <source>Not claimable: %1, %2 hours — %3</source>
        <translation>Nicht anrechenbar: %1, %2 Stunden — %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>In group</source>
        <translation>In der Gruppe</translation>
    </message>
    <message>
        <source>In
group</source>
        <translation>In der
Gruppe</translation>
    </message>
    <message>
        <source>Start
date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End
date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Paid
hours</source>
        <translation>Bezahlt
(Std.)</translation>
    </message>
    <message>
        <source>Pro bono
hours</source>
        <translation>Pro bono
(Std.)</translation>
    </message>
    <message>
        <source>Entered by you from an earlier log (hours before CoachDesk)</source>
        <translation>Von Ihnen aus einem früheren Nachweis eingetragen (Stunden vor CoachDesk)</translation>
    </message>
    <message>
        <source>Logged as an alias: the organisation&apos;s contact verifies these hours</source>
        <translation>Unter Alias erfasst: Die Kontaktperson der Organisation bestätigt diese Stunden</translation>
    </message>
    <message>
        <source>{hours} coaching hours ({paid} paid, {pro_bono} pro bono) · {clients} · {recent} hours since {since}</source>
        <translation>{hours} Coaching-Stunden ({paid} bezahlt, {pro_bono} pro bono) · {clients} · {recent} Stunden seit {since}</translation>
    </message>
    <message>
        <source>{achieved} / {required} h</source>
        <translation>{achieved} / {required} Std.</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <source>{hours} h to go</source>
        <translation>noch {hours} Std.</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Coaching-hours log</source>
        <translation>Coaching-Stundennachweis</translation>
    </message>
    <message>
        <source>Completed sessions in the ICF credential format: one row per client or group (up to 15 participants counted). Only claimable hours are listed and counted; the rest is shown apart.</source>
        <translation>Abgeschlossene Sitzungen im Format der ICF-Zertifizierung: eine Zeile je Klient oder Gruppe (bis zu 15 Teilnehmende gezählt). Nur anrechenbare Stunden werden aufgeführt und gezählt; der Rest erscheint gesondert.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the log as a spreadsheet (CSV) in the ICF columns</source>
        <translation>Den Nachweis als Tabelle (CSV) in den Spalten der ICF speichern</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the log as a PDF with your details and the totals</source>
        <translation>Den Nachweis als PDF mit Ihren Angaben und den Summen speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the log with your details and the totals (Ctrl+P)</source>
        <translation>Den Nachweis mit Ihren Angaben und den Summen drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>not set: from your first session</source>
        <translation>nicht festgelegt: ab Ihrer ersten Sitzung</translation>
    </message>
    <message>
        <source>not set: up to today</source>
        <translation>nicht festgelegt: bis heute</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>No hours logged</source>
        <translation>Keine Stunden erfasst</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Not claimable</source>
        <translation>Nicht anrechenbar</translation>
    </message>
    <message>
        <source>Earlier hours…</source>
        <translation>Frühere Stunden…</translation>
    </message>
    <message>
        <source>Enter or import log lines for hours coached before CoachDesk</source>
        <translation>Nachweiszeilen für Stunden vor CoachDesk eintragen oder importieren</translation>
    </message>
    <message>
        <source>Verification letter…</source>
        <translation>Bestätigungsschreiben…</translation>
    </message>
    <message>
        <source>A letter for an organisation&apos;s contact to sign, verifying hours logged under aliases</source>
        <translation>Ein Schreiben, mit dem die Kontaktperson einer Organisation die unter Alias erfassten Stunden bestätigt</translation>
    </message>
    <message>
        <source>No completed sessions in this period.</source>
        <translation>Keine abgeschlossenen Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No completed sessions yet. Each client you coach will be listed here with their paid and pro bono hours once a session is marked completed.</source>
        <translation>Noch keine abgeschlossenen Sitzungen. Jeder Klient, den Sie coachen, erscheint hier mit seinen bezahlten und Pro-bono-Stunden, sobald eine Sitzung als abgeschlossen markiert ist.</translation>
    </message>
    <message>
        <source>Total: {totals}</source>
        <translation>Gesamt: {totals}</translation>
    </message>
</context>
<context>
    <name>KeepClientDialog</name>
    <message>
        <source>Keep a client&apos;s records</source>
        <translation>Unterlagen eines Klienten aufbewahren</translation>
    </message>
    <message>
        <source>Keep records</source>
        <translation>Unterlagen aufbewahren</translation>
    </message>
    <message>
        <source>{client}&apos;s records stay in the vault past the retention period. Say why (for example a complaint or a legal claim still open, or the client asked you to keep them): the reason is recorded. With a review date, they are listed here again on that day.</source>
        <translation>Die Unterlagen von {client} bleiben über die Aufbewahrungsfrist hinaus im Tresor. Geben Sie den Grund an (etwa eine noch offene Beschwerde oder Rechtsforderung, oder der Klient hat Sie darum gebeten): Er wird protokolliert. Mit einem Prüfdatum erscheinen sie an diesem Tag wieder hier.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why the records are kept</source>
        <translation>Warum die Unterlagen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Prüfen am</translation>
    </message>
    <message>
        <source>Without a review date, the client is not listed again.</source>
        <translation>Ohne Prüfdatum erscheint der Klient nicht wieder.</translation>
    </message>
</context>
<context>
    <name>MentoringDialog</name>
    <message>
        <source>New mentor coaching session</source>
        <translation>Neue Mentor-Coaching-Sitzung</translation>
    </message>
    <message>
        <source>Edit mentor coaching session</source>
        <translation>Mentor-Coaching-Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>e.g. Mara Quist</source>
        <translation>z. B. Mara Quist</translation>
    </message>
    <message>
        <source>Mentor&apos;s credential</source>
        <translation>Zertifizierung des Mentors</translation>
    </message>
    <message>
        <source>e.g. PCC, MCC</source>
        <translation>z. B. PCC, MCC</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>1 for one-to-one; ICF counts groups of at most 10</source>
        <translation>1 für Einzelsitzungen; die ICF zählt Gruppen von höchstens 10</translation>
    </message>
    <message>
        <source>Participants (1: one-to-one)</source>
        <translation>Teilnehmende (1: einzeln)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress towards ICF credentials</source>
        <translation>Fortschritt zu den ICF-Zertifizierungen</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>{title} heading</source>
        <translation>Überschrift {title}</translation>
    </message>
    <message>
        <source>Could not write “{file}” in {folder}: {reason}.

Choose another folder, or check that this one exists and that you may write to it.</source>
        <translation>„{file}“ konnte nicht in {folder} geschrieben werden: {reason}.

Wählen Sie einen anderen Ordner oder prüfen Sie, ob dieser existiert und Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient</numerusform>
            <numerusform>%n Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to go</source>
        <translation>
            <numerusform>noch %n Klient</numerusform>
            <numerusform>noch %n Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming session(s) will be exported.</source>
        <translation>
            <numerusform>%n anstehende Sitzung wird exportiert.</numerusform>
            <numerusform>%n anstehende Sitzungen werden exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Progress towards ICF credentials</source>
        <translation>Fortschritt zu den ICF-Zertifizierungen</translation>
    </message>
    <message>
        <source>Hours and records</source>
        <translation>Stunden und Unterlagen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Measured on the log&apos;s claimable lines. ACC and PCC also ask for hours in the last {months} months; MCC does not.</source>
        <translation>Gemessen an den anrechenbaren Zeilen des Nachweises. ACC und PCC verlangen auch Stunden in den letzten {months} Monaten, MCC nicht.</translation>
    </message>
    <message>
        <source>Measured on the log&apos;s claimable lines in the period chosen. ACC and PCC also ask for hours in the last {months} months (since {since}); MCC does not.</source>
        <translation>Gemessen an den anrechenbaren Zeilen des Nachweises im gewählten Zeitraum. ACC und PCC verlangen auch Stunden in den letzten {months} Monaten (seit {since}), MCC nicht.</translation>
    </message>
    <message>
        <source>Measured on the log&apos;s claimable lines. ACC and PCC also ask for hours in the last {months} months (since {since}); MCC does not.</source>
        <translation>Gemessen an den anrechenbaren Zeilen des Nachweises. ACC und PCC verlangen auch Stunden in den letzten {months} Monaten (seit {since}), MCC nicht.</translation>
    </message>
    <message>
        <source>Export the coaching-hours log as {kind}</source>
        <translation>Coaching-Stundennachweis als {kind} exportieren</translation>
    </message>
    <message>
        <source>Coaching-hours log</source>
        <translation>Coaching-Stundennachweis</translation>
    </message>
    <message>
        <source>The hours log was not saved</source>
        <translation>Der Stundennachweis wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved “{file}” in {folder}.</source>
        <translation>„{file}“ in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>Der Kalender wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved “{file}” in {folder}: {events}, titles with client names.</source>
        <translation>„{file}“ in {folder} gespeichert: {events}, Titel mit Klientennamen.</translation>
    </message>
    <message>
        <source>Saved “{file}” in {folder}: {events}, titles with initials only.</source>
        <translation>„{file}“ in {folder} gespeichert: {events}, Titel nur mit Initialen.</translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>{credential}: {requirement}</source>
        <translation>{credential}: {requirement}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Last engagement ended</source>
        <translation>Ende des letzten Coaching-Auftrags</translation>
    </message>
    <message>
        <source>Last agreement</source>
        <translation>Letzte Vereinbarung</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Kept: {reason}, review on {day}</source>
        <translation>Aufbewahrt: {reason}, Prüfung am {day}</translation>
    </message>
    <message>
        <source>Kept: {reason}</source>
        <translation>Aufbewahrt: {reason}</translation>
    </message>
    <message>
        <source>Review due (kept on {day}: {reason})</source>
        <translation>Prüfung fällig (aufbewahrt am {day}: {reason})</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Frist endete</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Clients whose records have been kept for the whole retention period after their last activity: erase their records, or keep them with a reason.</source>
        <translation>Klienten, deren Unterlagen nach ihrer letzten Aktivität die ganze Aufbewahrungsfrist lang aufbewahrt wurden: Löschen Sie sie oder bewahren Sie sie mit Begründung weiter auf.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Aufbewahrungsfrist in Jahren</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Frist speichern</translation>
    </message>
    <message>
        <source>after a client&apos;s last engagement ends, or their last session</source>
        <translation>nach Ende des letzten Coaching-Auftrags oder der letzten Sitzung</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Unterlagen aufbewahren für</translation>
    </message>
    <message>
        <source>Show clients kept with a reason</source>
        <translation>Mit Begründung aufbewahrte Klienten zeigen</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Klienten über der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>No clients past retention</source>
        <translation>Keine Klienten über der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Klient öffnen</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Aufbewahren…</translation>
    </message>
    <message>
        <source>Keep the selected client&apos;s records, with the reason</source>
        <translation>Die Unterlagen des ausgewählten Klienten mit Begründung aufbewahren</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Erase the selected client and everything recorded about them (Del)</source>
        <translation>Den ausgewählten Klienten und alles über ihn Erfasste löschen (Entf)</translation>
    </message>
    <message>
        <source>No client is past the retention period. Clients whose records have been kept for {years} after their last activity will be listed here, for you to erase their records or keep them with a reason.</source>
        <translation>Kein Klient ist über der Aufbewahrungsfrist. Klienten, deren Unterlagen nach ihrer letzten Aktivität {years} lang aufbewahrt wurden, erscheinen hier, damit Sie sie löschen oder mit Begründung weiter aufbewahren.</translation>
    </message>
    <message>
        <source>Records are now kept for {years} after the last activity.</source>
        <translation>Unterlagen werden jetzt {years} nach der letzten Aktivität aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>New supervision session</source>
        <translation>Neue Supervisionssitzung</translation>
    </message>
    <message>
        <source>Edit supervision session</source>
        <translation>Supervisionssitzung bearbeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>e.g. Pat Oyelaran</source>
        <translation>z. B. Pat Oyelaran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Gruppensupervision</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>VerificationLetter</name>
    <message>
        <source>No verification letter</source>
        <translation>Kein Bestätigungsschreiben</translation>
    </message>
    <message>
        <source>No engagement is logged as an alias yet. In the agreement with a sponsor whose confidentiality policy keeps client names in, tick “Log as an alias, verified by the organisation”.</source>
        <translation>Noch ist kein Coaching-Auftrag unter Alias erfasst. Kreuzen Sie in der Vereinbarung mit einem Auftraggeber, dessen Vertraulichkeitsregeln Klientennamen intern halten, „Unter Alias erfassen, von der Organisation bestätigt“ an.</translation>
    </message>
    <message>
        <source>Verification letter</source>
        <translation>Bestätigungsschreiben</translation>
    </message>
</context>
<context>
    <name>VerificationLetterDialog</name>
    <message>
        <source>Verification letter</source>
        <translation>Bestätigungsschreiben</translation>
    </message>
    <message>
        <source>External coach</source>
        <translation>Externer Coach</translation>
    </message>
    <message>
        <source>Internal coach (employed by the organisation)</source>
        <translation>Interner Coach (bei der Organisation angestellt)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>The letter lists the hours you logged under aliases for this organisation, for its contact to sign and send to ICF with your application. It names no client.</source>
        <translation>Das Schreiben listet die Stunden, die Sie für diese Organisation unter Alias erfasst haben, damit deren Kontaktperson es unterschreibt und mit Ihrem Antrag an die ICF schickt. Es nennt keinen Klienten.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
</context>
</TS>
