<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>the passphrase you unlock with now</source>
        <translation>die Passphrase, mit der Sie jetzt entsperren</translation>
    </message>
    <message>
        <source>I give the recovery key instead</source>
        <translation>Ich gebe stattdessen den Wiederherstellungsschlüssel ein</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>noch einmal dieselbe</translation>
    </message>
    <message>
        <source>Also replace the recovery key (and the encryption key)</source>
        <translation>Auch den Wiederherstellungsschlüssel (und den Verschlüsselungsschlüssel) ersetzen</translation>
    </message>
    <message>
        <source>Choose this if your old passphrase or recovery key may be known to someone: old copies of the vault then stop opening with them. You will be shown a new recovery key.</source>
        <translation>Wählen Sie dies, wenn jemand Ihre alte Passphrase oder Ihren Wiederherstellungsschlüssel kennen könnte: Alte Kopien des Tresors lassen sich damit dann nicht mehr öffnen. Sie erhalten einen neuen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>To make sure it is you, give the passphrase you unlock with now. The vault and its backups will then open with the new passphrase only. The recovery key keeps working unless you replace it too.</source>
        <translation>Damit sicher ist, dass Sie es sind, geben Sie die Passphrase ein, mit der Sie jetzt entsperren. Danach öffnen sich der Tresor und seine Sicherungen nur noch mit der neuen Passphrase. Der Wiederherstellungsschlüssel gilt weiter, sofern Sie ihn nicht auch ersetzen.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (from your recovery sheet)</source>
        <translation>XXXX-XXXX-… (von Ihrem Wiederherstellungsblatt)</translation>
    </message>
    <message>
        <source>Give your current passphrase (or the recovery key) first.</source>
        <translation>Geben Sie zuerst Ihre aktuelle Passphrase (oder den Wiederherstellungsschlüssel) ein.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
</context>
<context>
    <name>DamagedVaultPage</name>
    <message>
        <source>Choose one of its backups below to restore.</source>
        <translation>Wählen Sie unten eine seiner Sicherungen zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>No backups were found beside it. If you keep a copy elsewhere (another drive, a backup you made with File → Back up now), go back and open that copy.</source>
        <translation>Daneben wurden keine Sicherungen gefunden. Wenn Sie anderswo eine Kopie haben (ein anderes Laufwerk, eine Sicherung über Datei → Jetzt sichern), gehen Sie zurück und öffnen Sie diese Kopie.</translation>
    </message>
    <message>
        <source>Restoring a backup writes it to a new file of your choice, which opens with the same passphrase; nothing is overwritten. The damaged file is then renamed to say so and kept, and CoachDesk opens the restored one from then on.</source>
        <translation>Beim Wiederherstellen wird die Sicherung in eine neue Datei Ihrer Wahl geschrieben, die sich mit derselben Passphrase öffnet; nichts wird überschrieben. Die beschädigte Datei wird danach entsprechend umbenannt und aufbewahrt, und CoachDesk öffnet von da an die wiederhergestellte.</translation>
    </message>
    <message>
        <source>Restore selected backup to a new file…</source>
        <translation>Gewählte Sicherung in neue Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Sicherungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>This vault cannot be opened</source>
        <translation>Dieser Tresor lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Saved %1 · %2</source>
        <translation>Gespeichert am %1 · %2</translation>
    </message>
    <message>
        <source>(kept before an upgrade)</source>
        <translation>(vor einem Update aufbewahrt)</translation>
    </message>
    <message>
        <source>Reading what it holds…</source>
        <translation>Inhalt wird gelesen…</translation>
    </message>
    <message>
        <source>Could not be opened with what you typed: it may be damaged too.</source>
        <translation>Ließ sich mit Ihrer Eingabe nicht öffnen: Sie ist vielleicht ebenfalls beschädigt.</translation>
    </message>
    <message>
        <source>Empty: from before any data was entered</source>
        <translation>Leer: von vor der ersten Eingabe</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient</numerusform>
            <numerusform>%n Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{clients}, {sessions}</source>
        <translation>{clients}, {sessions}</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>letzte Änderung am %1</translation>
    </message>
    <message>
        <source>{name} restored</source>
        <translation>{name} wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Sicherung wiederherstellen als</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Ihr neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Wiederherstellungsblatt drucken…</translation>
    </message>
    <message>
        <source>Print one page with the key and how to use it (Ctrl+P)</source>
        <translation>Eine Seite mit dem Schlüssel und seiner Verwendung drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>I have stored the new recovery key somewhere safe</source>
        <translation>Ich habe den neuen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>The old recovery key no longer works. This one is shown only now: print it, or write it down, and keep it apart from this computer.</source>
        <translation>Der alte Wiederherstellungsschlüssel gilt nicht mehr. Dieser wird nur jetzt angezeigt: Drucken Sie ihn aus oder schreiben Sie ihn auf, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
</context>
<context>
    <name>PassphraseChange</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation>Die Passphrase wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged backup(s) still open with the old one.</source>
        <translation>
            <numerusform>%n beschädigte Sicherung öffnet sich weiterhin mit der alten.</numerusform>
            <numerusform>%n beschädigte Sicherungen öffnen sich weiterhin mit der alten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set a new passphrase?</source>
        <translation>Neue Passphrase festlegen?</translation>
    </message>
    <message>
        <source>You unlocked with the recovery key.</source>
        <translation>Sie haben mit dem Wiederherstellungsschlüssel entsperrt.</translation>
    </message>
    <message>
        <source>If you have forgotten your passphrase, set a new one now, so you need not use the recovery key next time. If someone else may have seen the key, also replace it.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen haben, legen Sie jetzt eine neue fest, damit Sie beim nächsten Mal nicht den Wiederherstellungsschlüssel brauchen. Falls jemand anderes den Schlüssel gesehen haben könnte, ersetzen Sie ihn ebenfalls.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>e.g. Alex Moreau</source>
        <translation>z. B. Alex Moreau</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>e.g. Moreau Coaching &amp; Mentoring</source>
        <translation>z. B. Moreau Coaching &amp; Mentoring</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>e.g. ICF PCC</source>
        <translation>z. B. ICF PCC</translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation>Berufsverband</translation>
    </message>
    <message>
        <source>e.g. International Coaching Federation</source>
        <translation>z. B. International Coaching Federation</translation>
    </message>
    <message>
        <source>Code of ethics</source>
        <translation>Ethikkodex</translation>
    </message>
    <message>
        <source>e.g. ICF Code of Ethics (2025)</source>
        <translation>z. B. ICF-Ethikkodex (2025)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Degrees, accreditations, training</source>
        <translation>Abschlüsse, Akkreditierungen, Ausbildungen</translation>
    </message>
    <message>
        <source>Complaints route</source>
        <translation>Beschwerdeweg</translation>
    </message>
    <message>
        <source>Who a client can turn to if something goes wrong</source>
        <translation>An wen sich ein Klient wenden kann, wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Usual session length</source>
        <translation>Übliche Sitzungsdauer</translation>
    </message>
    <message>
        <source>&lt;b&gt;For your agreements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für Ihre Vereinbarungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. France</source>
        <translation>z. B. Deutschland</translation>
    </message>
    <message>
        <source>The law that governs your agreements, and the data-protection authority named in them.</source>
        <translation>Das Recht, dem Ihre Vereinbarungen unterliegen, und die darin genannte Datenschutzbehörde.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>The language your documents print in, unless a client has a language of their own.</source>
        <translation>Die Sprache Ihrer Dokumente, sofern ein Klient keine eigene hat.</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>e.g. Zoom for sessions, Signal for messages</source>
        <translation>z. B. Zoom für Sitzungen, Signal für Nachrichten</translation>
    </message>
    <message>
        <source>Services with client data</source>
        <translation>Dienste mit Klientendaten</translation>
    </message>
    <message>
        <source>e.g. Proton Mail (e-mail), Zoom (video)</source>
        <translation>z. B. Proton Mail (E-Mail), Zoom (Video)</translation>
    </message>
    <message>
        <source>Data-protection authority</source>
        <translation>Datenschutzbehörde</translation>
    </message>
    <message>
        <source>Leave empty to name the authority of your country</source>
        <translation>Leer lassen, um die Behörde Ihres Landes zu nennen</translation>
    </message>
    <message>
        <source>Limitation of liability</source>
        <translation>Haftungsbeschränkung</translation>
    </message>
    <message>
        <source>Leave empty for the wording in the clause template</source>
        <translation>Leer lassen für den Wortlaut aus der Klauselvorlage</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Wiederherstellungsblatt drucken…</translation>
    </message>
    <message>
        <source>Print one page with the key and how to use it (Ctrl+P)</source>
        <translation>Eine Seite mit dem Schlüssel und seiner Verwendung drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF on a USB stick or another place apart</source>
        <translation>Das Blatt als PDF auf einem USB-Stick oder an einem anderen getrennten Ort speichern</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>Ich habe den Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens the vault. It is shown only now. Write it down or print it, and keep it apart from this computer.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, öffnet dieser Schlüssel den Tresor. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>PDF documents ({pattern})</source>
        <translation>PDF-Dokumente ({pattern})</translation>
    </message>
    <message>
        <source>The sheet was not printed. %1</source>
        <translation>Das Blatt wurde nicht gedruckt. %1</translation>
    </message>
    <message>
        <source>That is the vault&apos;s own folder: anyone who has the vault would have its key too. Choose another place, such as a USB stick you keep apart, or print the sheet.</source>
        <translation>Das ist der Ordner des Tresors selbst: Wer den Tresor hat, hätte auch seinen Schlüssel. Wählen Sie einen anderen Ort, etwa einen USB-Stick, den Sie getrennt aufbewahren, oder drucken Sie das Blatt aus.</translation>
    </message>
    <message>
        <source>The vault is in the sync folder “%1”, and so is that place: the key would be copied wherever the vault is. Choose a place outside it, or print the sheet.</source>
        <translation>Der Tresor liegt im Synchronisierungsordner „%1“, und dieser Ort ebenfalls: Der Schlüssel würde überallhin kopiert, wo der Tresor ist. Wählen Sie einen Ort außerhalb, oder drucken Sie das Blatt aus.</translation>
    </message>
    <message>
        <source>{name} recovery sheet</source>
        <translation>{name} Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>The sheet could not be saved: %1.</source>
        <translation>Das Blatt konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file: the key belongs on paper.</source>
        <translation>Gespeichert in %1. Drucken Sie es aus und löschen Sie dann die Datei: Der Schlüssel gehört auf Papier.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Nehmen Sie einige Wörter, aber keine gängigen Redewendungen.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Fügen Sie ein, zwei Wörter hinzu. Seltene Wörter sind besser.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Nehmen Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Zeichenfolgen.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Jahreszahlen der letzten Zeit sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie Jahreszahlen der letzten Zeit.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Daten sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Das ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Das ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großschreibung hilft kaum.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>noch einmal dieselbe</translation>
    </message>
    <message>
        <source>Keep it in:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Create your practice vault</source>
        <translation>Legen Sie den Tresor Ihrer Praxis an</translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sessions and notes in one encrypted file on this computer. Nothing leaves it unencrypted.</source>
        <translation>CoachDesk bewahrt Ihre Klienten, Sitzungen und Notizen in einer verschlüsselten Datei auf diesem Computer auf. Nichts verlässt ihn unverschlüsselt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can recover your data without this passphrase or the recovery key you will be shown next.&lt;/b&gt; A few unrelated words make a strong passphrase.</source>
        <translation>&lt;b&gt;Ohne diese Passphrase oder den Wiederherstellungsschlüssel, den Sie gleich sehen, lassen sich Ihre Daten nicht wiederherstellen.&lt;/b&gt; Einige Wörter ohne Zusammenhang ergeben eine starke Passphrase.</translation>
    </message>
    <message>
        <source>Fill in later</source>
        <translation>Später ausfüllen</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Speichern und loslegen</translation>
    </message>
    <message>
        <source>About you and your practice</source>
        <translation>Über Sie und Ihre Praxis</translation>
    </message>
    <message>
        <source>This appears on your agreements and letters: your credentials, the code of ethics you follow, and where a client can turn with a complaint. You can change it later.</source>
        <translation>Das erscheint auf Ihren Vereinbarungen und Schreiben: Ihre Zertifizierungen, der Ethikkodex, dem Sie folgen, und wohin sich ein Klient mit einer Beschwerde wenden kann. Sie können es später ändern.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Use recovery key instead of the passphrase</source>
        <translation>Wiederherstellungsschlüssel statt Passphrase verwenden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Anderen Tresor öffnen…</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Neuer Tresor…</translation>
    </message>
    <message>
        <source>Unlock {file}</source>
        <translation>{file} entsperren</translation>
    </message>
    <message>
        <source>Vault file: {path}</source>
        <translation>Tresordatei: {path}</translation>
    </message>
    <message>
        <source>This is a demo vault with a fictional practice. Its passphrase is &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Dies ist ein Demo-Tresor mit einer erfundenen Praxis. Seine Passphrase lautet &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>new practice</source>
        <translation>neue Praxis</translation>
    </message>
    <message>
        <source>XXXX-XXXX-… (from your recovery sheet)</source>
        <translation>XXXX-XXXX-… (von Ihrem Wiederherstellungsblatt)</translation>
    </message>
    <message>
        <source>Keep the vault in</source>
        <translation>Tresor speichern in</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>VaultFiles</name>
    <message>
        <source>CoachDesk vaults ({pattern});;All files (*)</source>
        <translation>CoachDesk-Tresore ({pattern});;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
