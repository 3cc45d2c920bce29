<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>CoachDesk is a practice desk for independent coaches and mentors: clients, sessions, agreements, referrals and the ethics record in one place.</source>
        <translation>CoachDesk ist die Praxisverwaltung für selbstständige Coaches und Mentoren: Klienten, Sitzungen, Vereinbarungen, Weiterverweisungen und die Ethik-Dokumentation an einem Ort.</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file on this computer. CoachDesk works offline and your data never leaves the computer unencrypted.</source>
        <translation>Alles liegt in einer verschlüsselten Datei auf diesem Computer. CoachDesk arbeitet offline, und Ihre Daten verlassen den Computer nie unverschlüsselt.</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>Über CoachDesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Built with PySide6 {pyside} on Qt {qt}.</source>
        <translation>Erstellt mit PySide6 {pyside} auf Qt {qt}.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The backup was restored. The damaged file was renamed “%1” and kept.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Die beschädigte Datei wurde in „%1“ umbenannt und aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup was restored. %1</source>
        <translation>Die Sicherung wurde wiederhergestellt. %1</translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation>Ihre letzten Änderungen sind nicht gespeichert</translation>
    </message>
    <message>
        <source>If you lock now without saving, the changes since the last save are lost. Save a copy elsewhere to keep them.</source>
        <translation>Wenn Sie jetzt ohne Speichern sperren, gehen die Änderungen seit dem letzten Speichern verloren. Speichern Sie eine Kopie an anderer Stelle, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Lock without saving</source>
        <translation>Ohne Speichern sperren</translation>
    </message>
    <message>
        <source>If you quit now without saving, the changes since the last save are lost. Save a copy elsewhere to keep them.</source>
        <translation>Wenn Sie CoachDesk jetzt ohne Speichern beenden, gehen die Änderungen seit dem letzten Speichern verloren. Speichern Sie eine Kopie an anderer Stelle, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Kopie an anderer Stelle speichern…</translation>
    </message>
    <message>
        <source>Now working on {path}</source>
        <translation>Sie arbeiten jetzt mit {path}</translation>
    </message>
    <message>
        <source>Back up the vault into</source>
        <translation>Tresor sichern in</translation>
    </message>
    <message>
        <source>{name} backup {moment}</source>
        <translation>{name} Sicherung {moment}</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sicherung nicht geschrieben</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gesichert in {path}</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Could not save {file}: something unexpected went wrong ({error}). Nothing was lost: your changes are kept in memory. Try again, or save a copy elsewhere.</source>
        <translation>{file} konnte nicht gespeichert werden: Ein unerwarteter Fehler ist aufgetreten ({error}). Nichts ging verloren: Ihre Änderungen sind im Arbeitsspeicher. Versuchen Sie es erneut, oder speichern Sie eine Kopie an anderer Stelle.</translation>
    </message>
    <message>
        <source>{file} is open read-only: changes cannot be saved to it. Your changes are kept in this window only; save a copy elsewhere to keep them and go on working on the copy.</source>
        <translation>{file} ist schreibgeschützt geöffnet: Änderungen können darin nicht gespeichert werden. Ihre Änderungen gibt es nur in diesem Fenster; speichern Sie eine Kopie an anderer Stelle, um sie zu behalten, und arbeiten Sie mit der Kopie weiter.</translation>
    </message>
</context>
<context>
    <name>DemoLaunch</name>
    <message>
        <source>Demo practice</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>The demo could not be started. Run “coachdesk --demo”.</source>
        <translation>Die Demo konnte nicht gestartet werden. Führen Sie „coachdesk --demo“ aus.</translation>
    </message>
</context>
<context>
    <name>DemoProgressWindow</name>
    <message>
        <source>CoachDesk demo</source>
        <translation>CoachDesk-Demo</translation>
    </message>
    <message>
        <source>Building the demo practice: fictional clients, agreements, sessions and referrals. This takes a few seconds.</source>
        <translation>Die Demo-Praxis wird angelegt: erfundene Klienten, Vereinbarungen, Sitzungen und Weiterverweisungen. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Building the demo practice</source>
        <translation>Demo-Praxis wird angelegt</translation>
    </message>
</context>
<context>
    <name>InvoicingForm</name>
    <message>
        <source>&lt;b&gt;For your invoices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für Ihre Rechnungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VAT charged</source>
        <translation>Mit Umsatzsteuer</translation>
    </message>
    <message>
        <source>Exempt as a small business</source>
        <translation>Kleinunternehmer (steuerbefreit)</translation>
    </message>
    <message>
        <source>Reverse charge (business customers in the EU)</source>
        <translation>Reverse Charge (Geschäftskunden in der EU)</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Nicht steuerbar</translation>
    </message>
    <message>
        <source>How your invoices stand to VAT; each invoice can differ.</source>
        <translation>Wie Ihre Rechnungen umsatzsteuerlich behandelt werden; jede Rechnung kann abweichen.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>e.g. 20 or 5.5</source>
        <translation>z. B. 19 oder 7</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>USt.-Satz (%)</translation>
    </message>
    <message>
        <source>Printed on exempt invoices; leave empty for your country&apos;s wording.</source>
        <translation>Steht auf steuerbefreiten Rechnungen; leer lassen für die Formulierung Ihres Landes.</translation>
    </message>
    <message>
        <source>Exemption wording</source>
        <translation>Befreiungshinweis</translation>
    </message>
    <message>
        <source>{year} or {yy} for the year, {seq} or {seq:4} for the running number (2026-0001); {computer} for the computer&apos;s tag when you invoice from more than one computer ({year}-{computer}{seq:4} gives 2026-L0001).</source>
        <translation>{year} oder {yy} für das Jahr, {seq} oder {seq:4} für die laufende Nummer (2026-0001); {computer} für das Kürzel des Computers, wenn Sie auf mehreren Computern Rechnungen schreiben ({year}-{computer}{seq:4} ergibt 2026-L0001).</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>e.g. FR40123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <source>Your VAT number</source>
        <translation>Ihre USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. SIRET, HRB or company number</source>
        <translation>z. B. HRB, Steuernummer oder SIRET</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Registernummer</translation>
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
        <translation>z. B. Steuerfrei als Kleinunternehmer</translation>
    </message>
    <message>
        <source>Fixed since the first invoice was issued: numbers run on without gaps. You can still give each computer its own series by adding {computer}.</source>
        <translation>Fest seit der ersten ausgestellten Rechnung: Die Nummern laufen lückenlos weiter. Mit {computer} können Sie jedem Computer noch eine eigene Reihe geben.</translation>
    </message>
    <message>
        <source>Fixed since the first invoice was issued: numbers run on without gaps.</source>
        <translation>Fest seit der ersten ausgestellten Rechnung: Die Nummern laufen lückenlos weiter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterverweisungen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Ethik</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>In the area list, the arrow keys move between areas.</source>
        <translation>In der Bereichsliste wechseln die Pfeiltasten zwischen den Bereichen.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Current area</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
    </message>
    <message>
        <source>Go to {area}</source>
        <translation>Zu {area} wechseln</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <source>Merge conflicts to review</source>
        <translation>Zusammenführungskonflikte prüfen</translation>
    </message>
    <message>
        <source>These fields were changed in both copies of the vault. The newer change was kept; the other copy&apos;s value is shown beside it. Copy anything you need into the record, then mark the conflicts as reviewed.</source>
        <translation>Diese Felder wurden in beiden Kopien des Tresors geändert. Die neuere Änderung wurde behalten; der Wert der anderen Kopie steht daneben. Übernehmen Sie, was Sie brauchen, in den Datensatz und markieren Sie die Konflikte dann als geprüft.</translation>
    </message>
    <message>
        <source>No merge conflicts to review. When a field was changed in both copies, it is listed here.</source>
        <translation>Keine Konflikte zu prüfen. Wurde ein Feld in beiden Kopien geändert, erscheint es hier.</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Alle als geprüft markieren</translation>
    </message>
</context>
<context>
    <name>MergeDialogs</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kept (newer)</source>
        <translation>Behalten (neuer)</translation>
    </message>
    <message>
        <source>The other copy&apos;s value</source>
        <translation>Wert der anderen Kopie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Passphrase of the other copy</source>
        <translation>Passphrase der anderen Kopie</translation>
    </message>
    <message>
        <source>“%1” opens with another passphrase. Enter it to merge:</source>
        <translation>„%1“ öffnet sich mit einer anderen Passphrase. Geben Sie sie zum Zusammenführen ein:</translation>
    </message>
    <message>
        <source>Merge another copy of this vault</source>
        <translation>Andere Kopie dieses Tresors zusammenführen</translation>
    </message>
    <message>
        <source>Other copies of your vault</source>
        <translation>Weitere Kopien Ihres Tresors</translation>
    </message>
    <message>
        <source>A sync tool made copies of this vault when it was changed in two places:</source>
        <translation>Ein Synchronisierungsprogramm hat Kopien dieses Tresors angelegt, weil er an zwei Stellen geändert wurde:</translation>
    </message>
    <message>
        <source>They may hold changes this vault lacks. CoachDesk can merge them once it opens the vault where it can be saved.</source>
        <translation>Sie können Änderungen enthalten, die diesem Tresor fehlen. CoachDesk kann sie zusammenführen, sobald der Tresor an einem Ort geöffnet ist, an dem er gespeichert werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>A sync tool made %n copy(ies) of this vault when it was changed on two computers at once:</source>
        <translation>
            <numerusform>Ein Synchronisierungsprogramm hat %n Kopie dieses Tresors angelegt, weil er auf zwei Computern gleichzeitig geändert wurde:</numerusform>
            <numerusform>Ein Synchronisierungsprogramm hat %n Kopien dieses Tresors angelegt, weil er auf zwei Computern gleichzeitig geändert wurde:</numerusform>
        </translation>
    </message>
    <message>
        <source>CoachDesk can merge their changes into this vault. Each merged copy is then moved into the vault&apos;s backups folder.</source>
        <translation>CoachDesk kann deren Änderungen in diesen Tresor übernehmen. Jede zusammengeführte Kopie wird danach in den Sicherungsordner des Tresors verschoben.</translation>
    </message>
    <message>
        <source>Merge them into this vault</source>
        <translation>In diesen Tresor zusammenführen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>“%1” was merged but could not be moved: %2</source>
        <translation>„%1“ wurde zusammengeführt, konnte aber nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not merged. %2</source>
        <translation>„%1“ wurde nicht zusammengeführt. %2</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Both copies issued invoice numbers that the other copy also gave: %1. Nothing was merged and neither copy was changed. An issued invoice is never renumbered (it may have been sent), so these copies cannot become one vault: keep both as they are, and ask your accountant how to correct the duplicate numbers (a credit note does not free a number). Then give each computer its own number series ({computer} in the invoice number pattern). See &apos;Invoices on two computers&apos; in the guide to sync folders (docs/sync.md).</source>
        <translation>Beide Kopien haben Rechnungsnummern vergeben, die auch die andere Kopie vergeben hat: %1. Es wurde nichts zusammengeführt und keine Kopie geändert. Eine ausgestellte Rechnung wird nie umnummeriert (sie wurde vielleicht schon verschickt), daher können diese Kopien nicht zu einem Tresor werden: Behalten Sie beide, wie sie sind, und fragen Sie Ihre Steuerberatung, wie die doppelten Nummern zu korrigieren sind (eine Rechnungskorrektur gibt keine Nummer frei). Geben Sie danach jedem Computer eine eigene Nummernreihe ({computer} im Muster der Rechnungsnummer). Siehe „Invoices on two computers“ in der Anleitung zu Synchronisierungsordnern (docs/sync.md).</translation>
    </message>
</context>
<context>
    <name>MergeSummaryDialog</name>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>The changes from “%1” are now in this vault.</source>
        <translation>Die Änderungen aus „%1“ sind jetzt in diesem Tresor.</translation>
    </message>
    <message>
        <source>The other changes are now in this vault.</source>
        <translation>Die anderen Änderungen sind jetzt in diesem Tresor.</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Konflikte prüfen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n Datensatz hinzugefügt</numerusform>
            <numerusform>%n Datensätze hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated</source>
        <translation>
            <numerusform>%n Datensatz aktualisiert</numerusform>
            <numerusform>%n Datensätze aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n Datensatz entfernt</numerusform>
            <numerusform>%n Datensätze entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen</numerusform>
            <numerusform>%n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of deleted or erased clients not taken</source>
        <translation>
            <numerusform>%n Datensatz gelöschter Klienten nicht übernommen</numerusform>
            <numerusform>%n Datensätze gelöschter Klienten nicht übernommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, CoachDesk saves, closes the vault and asks for the passphrase again. Never turns this off.</source>
        <translation>Bleiben Tastatur und Maus so lange unbenutzt, speichert CoachDesk, schließt den Tresor und fragt erneut nach der Passphrase. „Nie“ schaltet das aus.</translation>
    </message>
    <message>
        <source>Folder offered for backups</source>
        <translation>Vorgeschlagener Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Your home folder</source>
        <translation>Ihr persönlicher Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use home folder</source>
        <translation>Persönlichen Ordner verwenden</translation>
    </message>
    <message>
        <source>Where Back up now… starts; you can still pick another folder there.</source>
        <translation>Hier beginnt „Jetzt sichern…“; dort können Sie immer noch einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Sperren nach Leerlauf von:</translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation>Ordner für &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time CoachDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CoachDesk.</translation>
    </message>
    <message>
        <source>Offer this folder for backups</source>
        <translation>Diesen Ordner für Sicherungen vorschlagen</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Practice profile</source>
        <translation>Praxisprofil</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only vault</source>
        <translation>Schreibgeschützter Tresor</translation>
    </message>
    <message>
        <source>This vault is open read-only: changes cannot be saved. Save a copy… to work on it.</source>
        <translation>Dieser Tresor ist schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden. Speichern Sie eine Kopie, um damit zu arbeiten.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Save a copy of the vault</source>
        <translation>Kopie des Tresors speichern</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SaveFailureDialog</name>
    <message>
        <source>{name} copy {date}</source>
        <translation>{name} Kopie {date}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>CoachDesk could not save your vault</source>
        <translation>CoachDesk konnte Ihren Tresor nicht speichern</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Merge the other changes into mine</source>
        <translation>Die anderen Änderungen in meine übernehmen</translation>
    </message>
    <message>
        <source>Keep this window&apos;s version</source>
        <translation>Fassung dieses Fensters behalten</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Kopie an anderer Stelle speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The save did not finish.</source>
        <translation>Das Speichern wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Tried again at %1: still not saved.</source>
        <translation>Erneut versucht (%1): weiterhin nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing has been lost yet: everything you entered is still open in CoachDesk, until you close it. The vault file itself is unchanged. Save a copy on a drive CoachDesk can write to, and CoachDesk goes on working on the copy.</source>
        <translation>Noch ist nichts verloren: Alles, was Sie eingegeben haben, ist in CoachDesk geöffnet, bis Sie es schließen. Die Tresordatei selbst ist unverändert. Speichern Sie eine Kopie auf einem Laufwerk, auf das CoachDesk schreiben kann; CoachDesk arbeitet dann mit der Kopie weiter.</translation>
    </message>
    <message>
        <source>Nothing has been lost: everything you entered is still open in CoachDesk. Keep CoachDesk open until it is saved: fix the problem and try again, or save a copy on another drive or in another folder.</source>
        <translation>Nichts ist verloren: Alles, was Sie eingegeben haben, ist noch in CoachDesk geöffnet. Lassen Sie CoachDesk geöffnet, bis gespeichert ist: Beheben Sie das Problem und versuchen Sie es erneut, oder speichern Sie eine Kopie auf einem anderen Laufwerk oder in einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The vault file itself holds your work as it was at %1.</source>
        <translation>Die Tresordatei selbst enthält Ihre Arbeit mit dem Stand von %1.</translation>
    </message>
    <message>
        <source>Saving needs about %1 of free space on that disk (about the size of the vault).</source>
        <translation>Zum Speichern werden auf diesem Laufwerk etwa %1 freier Platz gebraucht (etwa die Größe des Tresors).</translation>
    </message>
    <message>
        <source>Nothing has been lost: everything you entered is still open in CoachDesk.</source>
        <translation>Nichts ist verloren: Alles, was Sie eingegeben haben, ist noch in CoachDesk geöffnet.</translation>
    </message>
    <message>
        <source>The file on disk is now %1, last changed at %2.</source>
        <translation>Die Datei auf dem Datenträger ist jetzt %1 groß, zuletzt geändert: %2.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Save a copy of the vault</source>
        <translation>Kopie des Tresors speichern</translation>
    </message>
    <message>
        <source>A copy was saved as “%1” in %2, and CoachDesk now works on it: later changes are saved there, and it is the vault opened next. It opens with the same passphrase and recovery key.</source>
        <translation>Eine Kopie wurde als „%1“ in %2 gespeichert, und CoachDesk arbeitet jetzt damit: Weitere Änderungen werden dort gespeichert, und beim nächsten Mal wird dieser Tresor geöffnet. Er öffnet sich mit derselben Passphrase und demselben Wiederherstellungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved — click for details</source>
        <translation>Nicht gespeichert – klicken für Details</translation>
    </message>
    <message>
        <source>Everything is saved in the encrypted vault file.</source>
        <translation>Alles ist in der verschlüsselten Tresordatei gespeichert.</translation>
    </message>
    <message>
        <source>Changes are saved automatically a moment after you stop typing.</source>
        <translation>Änderungen werden kurz nach dem Tippen automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Encrypting and writing the vault file.</source>
        <translation>Die Tresordatei wird verschlüsselt und geschrieben.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Note amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Type a name, or a few words from a note, goal or action item.</source>
        <translation>Geben Sie einen Namen oder einige Wörter aus einer Notiz, einem Ziel oder einer Aufgabe ein.</translation>
    </message>
    <message>
        <source>Every word has to match: try fewer words, or the start of a word.</source>
        <translation>Jedes Wort muss passen: Versuchen Sie weniger Wörter oder einen Wortanfang.</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ zum Wechseln · Eingabe zum Öffnen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search clients, notes, goals and action items</source>
        <translation>Klienten, Notizen, Ziele und Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %n results</source>
        <translation>
            <numerusform>Die besten %n Ergebnisse</numerusform>
            <numerusform>Die besten %n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>Keine Ergebnisse für „{query}“.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
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
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <source>{name} rescue {moment}</source>
        <translation>{name} Rettungskopie {moment}</translation>
    </message>
    <message>
        <source>A rescue copy was saved</source>
        <translation>Eine Rettungskopie wurde gespeichert</translation>
    </message>
    <message>
        <source>When CoachDesk last closed, the vault file could not be written, so the latest changes were saved in an encrypted rescue copy:

%1

It opens with the same passphrase and recovery key. Open it to go on with those changes.</source>
        <translation>Beim letzten Schließen von CoachDesk konnte die Tresordatei nicht geschrieben werden; die letzten Änderungen wurden daher in einer verschlüsselten Rettungskopie gespeichert:

%1

Sie öffnet sich mit derselben Passphrase und demselben Wiederherstellungsschlüssel. Öffnen Sie sie, um mit diesen Änderungen weiterzuarbeiten.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Praxis</translation>
    </message>
</context>
</TS>
