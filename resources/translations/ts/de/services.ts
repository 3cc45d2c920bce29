<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message numerus="yes">
        <source>Hours in the last %n months</source>
        <translation>
            <numerusform>Stunden in %n Monat</numerusform>
            <numerusform>Stunden in den letzten %n Monaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>VAT exemption wording</source>
        <translation>Hinweis zur Umsatzsteuerbefreiung</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Umsatzsteuerbehandlung</translation>
    </message>
    <message>
        <source>VAT wording</source>
        <translation>Umsatzsteuerhinweis</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>action&apos;s owner</source>
        <translation>Zuständig für die Aufgabe</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>Gezahlter Betrag</translation>
    </message>
    <message>
        <source>amount to credit</source>
        <translation>Zu korrigierender Betrag</translation>
    </message>
    <message>
        <source>anything else to share</source>
        <translation>Weitere zu teilende Angaben</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>Verleihende Stelle</translation>
    </message>
    <message>
        <source>basis for the disclosure</source>
        <translation>Grundlage der Offenlegung</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>cancellation policy</source>
        <translation>Stornoregelung</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>certificate&apos;s file name</source>
        <translation>Dateiname des Zertifikats</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>client gets copy</source>
        <translation>Kopie für den Klienten</translation>
    </message>
    <message>
        <source>client informed</source>
        <translation>Klient informiert</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>Name des Klienten</translation>
    </message>
    <message>
        <source>client will contact</source>
        <translation>Klient meldet sich</translation>
    </message>
    <message>
        <source>coach&apos;s name</source>
        <translation>Name des Coachs</translation>
    </message>
    <message>
        <source>code of ethics</source>
        <translation>Ethikkodex</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>complaints route</source>
        <translation>Beschwerdeweg</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>confidentiality terms</source>
        <translation>Vertraulichkeitsbestimmungen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Interessenkonflikt</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>contact hours</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>contact info</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <source>contact&apos;s name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>contact&apos;s phone number</source>
        <translation>Telefonnummer des Kontakts</translation>
    </message>
    <message>
        <source>contact&apos;s role</source>
        <translation>Funktion des Kontakts</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>credential level</source>
        <translation>Zertifizierungsstufe</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>data-protection authority</source>
        <translation>Datenschutzaufsichtsbehörde</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date agreed</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <source>date consent was given</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>date it happened</source>
        <translation>Datum des Vorfalls</translation>
    </message>
    <message>
        <source>date it was awarded</source>
        <translation>Verleihungsdatum</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>Datum der Entscheidung</translation>
    </message>
    <message>
        <source>date of the disclosure</source>
        <translation>Datum der Offenlegung</translation>
    </message>
    <message>
        <source>date of the letter</source>
        <translation>Datum des Schreibens</translation>
    </message>
    <message>
        <source>date of the log</source>
        <translation>Datum des Nachweises</translation>
    </message>
    <message>
        <source>date of the next three-way review</source>
        <translation>Datum des nächsten Dreiergesprächs</translation>
    </message>
    <message>
        <source>date of the report</source>
        <translation>Datum des Berichts</translation>
    </message>
    <message>
        <source>date of withdrawal</source>
        <translation>Datum des Widerrufs</translation>
    </message>
    <message>
        <source>date the client agreed</source>
        <translation>Datum der Zustimmung des Klienten</translation>
    </message>
    <message>
        <source>date the client was told</source>
        <translation>Datum der Information des Klienten</translation>
    </message>
    <message>
        <source>date to bill up to</source>
        <translation>Abrechnen bis</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>default session length</source>
        <translation>Standarddauer einer Sitzung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>Offenlegung</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>earlier log line</source>
        <translation>Frühere Nachweiszeile</translation>
    </message>
    <message>
        <source>education record</source>
        <translation>Weiterbildungseintrag</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>end of the range</source>
        <translation>Ende des Bereichs</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Coaching-Auftrag</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>fee basis</source>
        <translation>Abrechnungsgrundlage</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>Nachfassdatum</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>gifts policy</source>
        <translation>Regelung zu Geschenken</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>goal&apos;s origin</source>
        <translation>Herkunft des Ziels</translation>
    </message>
    <message>
        <source>group size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <source>in group</source>
        <translation>In der Gruppe</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>intake date</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>Rechnungsposition</translation>
    </message>
    <message>
        <source>is group</source>
        <translation>Gruppensitzung</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>kind of conflict</source>
        <translation>Art des Konflikts</translation>
    </message>
    <message>
        <source>kind of incident</source>
        <translation>Art des Vorfalls</translation>
    </message>
    <message>
        <source>kind of line</source>
        <translation>Art der Position</translation>
    </message>
    <message>
        <source>late cancel uses credit</source>
        <translation>Späte Absage zählt zum Paket</translation>
    </message>
    <message>
        <source>limitation of liability</source>
        <translation>Haftungsbeschränkung</translation>
    </message>
    <message>
        <source>log as alias</source>
        <translation>Unter Pseudonym erfassen</translation>
    </message>
    <message>
        <source>measure of success</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>mentor coaching session</source>
        <translation>Mentor-Coaching-Sitzung</translation>
    </message>
    <message>
        <source>mentor&apos;s credential</source>
        <translation>Zertifizierung des Mentors</translation>
    </message>
    <message>
        <source>mentor&apos;s name</source>
        <translation>Name des Mentors</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>named in hours log</source>
        <translation>Im Stundennachweis genannt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>number in the group</source>
        <translation>Anzahl in der Gruppe</translation>
    </message>
    <message>
        <source>number of blocks</source>
        <translation>Anzahl der Teilbeträge</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>other client</source>
        <translation>Anderer Klient</translation>
    </message>
    <message>
        <source>other client consented on</source>
        <translation>Einwilligung des anderen Klienten am</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>paid hours</source>
        <translation>Bezahlte Stunden</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>Zahlungsdatum</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>payment terms in days</source>
        <translation>Zahlungsziel in Tagen</translation>
    </message>
    <message>
        <source>pays referral fee</source>
        <translation>Zahlt Vermittlungsprovision</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>planned three-way meetings</source>
        <translation>Geplante Dreiergespräche</translation>
    </message>
    <message>
        <source>practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <source>pro bono hours</source>
        <translation>Pro-bono-Stunden</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>professional body</source>
        <translation>Berufsverband</translation>
    </message>
    <message>
        <source>progress for the sponsor</source>
        <translation>Fortschritt für den Auftraggeber</translation>
    </message>
    <message>
        <source>progress in percent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
    <message>
        <source>progress summary</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>reason for keeping the records</source>
        <translation>Grund für die Aufbewahrung</translation>
    </message>
    <message>
        <source>reason for the referral</source>
        <translation>Grund der Weiterverweisung</translation>
    </message>
    <message>
        <source>reason in the client&apos;s words</source>
        <translation>Grund in den Worten des Klienten</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>recipient may reply</source>
        <translation>Empfänger darf antworten</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>Datum der Weiterverweisung</translation>
    </message>
    <message>
        <source>reminder in minutes</source>
        <translation>Erinnerung in Minuten</translation>
    </message>
    <message>
        <source>renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>safeguards</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>services that process data</source>
        <translation>Dienste, die Daten verarbeiten</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>session length</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>shared items</source>
        <translation>Geteilte Angaben</translation>
    </message>
    <message>
        <source>shared summary</source>
        <translation>Geteilte Zusammenfassung</translation>
    </message>
    <message>
        <source>signature place</source>
        <translation>Ort der Unterschrift</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>specialties</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>sponsor contact email</source>
        <translation>E-Mail des Auftraggeber-Kontakts</translation>
    </message>
    <message>
        <source>sponsor organisation</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>sponsor sees percent</source>
        <translation>Auftraggeber sieht Prozent</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>start of the range</source>
        <translation>Beginn des Bereichs</translation>
    </message>
    <message>
        <source>start of the session</source>
        <translation>Beginn der Sitzung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>summary the client read</source>
        <translation>Vom Klienten gelesene Zusammenfassung</translation>
    </message>
    <message>
        <source>supervision session</source>
        <translation>Supervisionssitzung</translation>
    </message>
    <message>
        <source>supervisor&apos;s name</source>
        <translation>Name des Supervisors</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>template&apos;s name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>termination notice in days</source>
        <translation>Kündigungsfrist in Tagen</translation>
    </message>
    <message>
        <source>time it was done</source>
        <translation>Zeitpunkt der Erledigung</translation>
    </message>
    <message>
        <source>time it was sent</source>
        <translation>Zeitpunkt des Versands</translation>
    </message>
    <message>
        <source>time of finalising</source>
        <translation>Zeitpunkt des Abschlusses</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>video and messaging platforms</source>
        <translation>Video- und Messaging-Plattformen</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>what was disclosed</source>
        <translation>Was offengelegt wurde</translation>
    </message>
    <message>
        <source>whether a risk was raised</source>
        <translation>Ob ein Risiko genannt wurde</translation>
    </message>
    <message>
        <source>wording for the agreement</source>
        <translation>Wortlaut für die Vereinbarung</translation>
    </message>
    <message>
        <source>action item id</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>amendment id</source>
        <translation>Nachtrags-ID</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Klienten-ID</translation>
    </message>
    <message>
        <source>conflict id</source>
        <translation>Konflikt-ID</translation>
    </message>
    <message>
        <source>consent id</source>
        <translation>Einwilligungs-ID</translation>
    </message>
    <message>
        <source>disclosure id</source>
        <translation>Offenlegungs-ID</translation>
    </message>
    <message>
        <source>engagement id</source>
        <translation>Coaching-Auftrags-ID</translation>
    </message>
    <message>
        <source>goal id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>invoice id</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>line id</source>
        <translation>Positions-ID</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>other client id</source>
        <translation>ID des anderen Klienten</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>professional id</source>
        <translation>Fachpersonen-ID</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <source>referral id</source>
        <translation>Weiterverweisungs-ID</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>session ids</source>
        <translation>Sitzungs-IDs</translation>
    </message>
    <message>
        <source>sponsor id</source>
        <translation>Auftraggeber-ID</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>The agreement starts and ends on the same day ({day}) for {count} sessions.</source>
        <translation>Die Vereinbarung beginnt und endet am selben Tag ({day}) für {count} Sitzungen.</translation>
    </message>
    <message>
        <source>The agreement starts and ends on the same day ({day}).</source>
        <translation>Die Vereinbarung beginnt und endet am selben Tag ({day}).</translation>
    </message>
    <message>
        <source>{count} sessions between {start} and {end} ({days} days) would be less than {gap} days apart.</source>
        <translation>{count} Sitzungen zwischen {start} und {end} ({days} Tage) lägen weniger als {gap} Tage auseinander.</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the application pack.</source>
        <translation>Wählen Sie einen leeren (oder neuen) Ordner für die Antragsunterlagen.</translation>
    </message>
    <message>
        <source>“{number}” is not a VAT number; it starts with the country code, like DE123456789.</source>
        <translation>„{number}“ ist keine USt-IdNr.; sie beginnt mit dem Ländercode, etwa DE123456789.</translation>
    </message>
    <message>
        <source>{name} is {size}; a certificate can be at most {most}. Save it smaller (a scan at 150 dpi, or a PDF) and attach it again.</source>
        <translation>{name} ist {size} groß; ein Zertifikat darf höchstens {most} groß sein. Speichern Sie es kleiner (Scan mit 150 dpi oder PDF) und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>{name} is empty; choose the certificate file itself.</source>
        <translation>{name} ist leer; wählen Sie die Zertifikatsdatei selbst.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, PNG or JPEG file; a certificate must be one of those.</source>
        <translation>{name} ist keine PDF-, PNG- oder JPEG-Datei; ein Zertifikat muss eine davon sein.</translation>
    </message>
    <message>
        <source>No certificate is kept for “{title}”.</source>
        <translation>Für „{title}“ ist kein Zertifikat hinterlegt.</translation>
    </message>
    <message>
        <source>The file is too large to import (at most {megabytes} MB).</source>
        <translation>Die Datei ist zu groß für den Import (höchstens {megabytes} MB).</translation>
    </message>
    <message>
        <source>This is not a CSV or vCard file (it holds binary data).</source>
        <translation>Dies ist keine CSV- oder vCard-Datei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>No name: the row needs a Name, or a First Name and Last Name.</source>
        <translation>Kein Name: Die Zeile braucht einen Name oder First Name und Last Name.</translation>
    </message>
    <message>
        <source>Line {line} cannot be imported: {reason}</source>
        <translation>Zeile {line} kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>Diesen Klienten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Notes amended: {text}</source>
        <translation>Notizen ergänzt: {text}</translation>
    </message>
    <message>
        <source>Referral letter to {professional}: {reason}</source>
        <translation>Verweisungsschreiben an {professional}: {reason}</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the client&apos;s records.</source>
        <translation>Wählen Sie einen leeren (oder neuen) Ordner für die Unterlagen des Klienten.</translation>
    </message>
    <message>
        <source>The erasure did not finish: the vault was busy.</source>
        <translation>Das Löschen wurde nicht abgeschlossen: Der Tresor war beschäftigt.</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>Sitzung geplant</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Sitzung abgesagt</translation>
    </message>
    <message>
        <source>Session cancelled late</source>
        <translation>Sitzung kurzfristig abgesagt</translation>
    </message>
    <message>
        <source>Session missed (no-show)</source>
        <translation>Sitzung versäumt (nicht erschienen)</translation>
    </message>
    <message>
        <source>{what}, {minutes} min, {format}</source>
        <translation>{what}, {minutes} Min., {format}</translation>
    </message>
    <message>
        <source>; concern: {concerns}</source>
        <translation>; Anliegen: {concerns}</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Engagement terminated</source>
        <translation>Coaching-Auftrag vorzeitig beendet</translation>
    </message>
    <message>
        <source>Engagement completed</source>
        <translation>Coaching-Auftrag abgeschlossen</translation>
    </message>
    <message>
        <source>Agreement sent</source>
        <translation>Vereinbarung versandt</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Vereinbarung unterschrieben</translation>
    </message>
    <message>
        <source>Engagement started</source>
        <translation>Coaching-Auftrag begonnen</translation>
    </message>
    <message>
        <source>{what}: {title}</source>
        <translation>{what}: {title}</translation>
    </message>
    <message>
        <source>Session notes finalised</source>
        <translation>Sitzungsnotizen abgeschlossen</translation>
    </message>
    <message>
        <source>Goal set: {goal}</source>
        <translation>Ziel gesetzt: {goal}</translation>
    </message>
    <message>
        <source>Goal achieved: {goal}</source>
        <translation>Ziel erreicht: {goal}</translation>
    </message>
    <message>
        <source>Action due ({owner}): {action}</source>
        <translation>Aufgabe fällig ({owner}): {action}</translation>
    </message>
    <message>
        <source>Action done: {action}</source>
        <translation>Aufgabe erledigt: {action}</translation>
    </message>
    <message>
        <source>Referred to {professional}</source>
        <translation>Verwiesen an {professional}</translation>
    </message>
    <message>
        <source>Referral follow-up: {professional}</source>
        <translation>Nachfassen zur Weiterverweisung: {professional}</translation>
    </message>
    <message>
        <source>Referral {status}: {professional}</source>
        <translation>Weiterverweisung {status}: {professional}</translation>
    </message>
    <message>
        <source>Consent given: {about}</source>
        <translation>Einwilligung erteilt: {about}</translation>
    </message>
    <message>
        <source>Consent expires: {about}</source>
        <translation>Einwilligung läuft ab: {about}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {about}</source>
        <translation>Einwilligung widerrufen: {about}</translation>
    </message>
    <message>
        <source>Disclosure to {recipient} ({basis})</source>
        <translation>Offenlegung an {recipient} ({basis})</translation>
    </message>
    <message>
        <source>Client told of the disclosure to {recipient}</source>
        <translation>Klient über die Offenlegung an {recipient} informiert</translation>
    </message>
    <message>
        <source>Conflict of interest declared: {kind}</source>
        <translation>Interessenkonflikt erklärt: {kind}</translation>
    </message>
    <message>
        <source>Conflict decided: {decision}</source>
        <translation>Konflikt entschieden: {decision}</translation>
    </message>
    <message>
        <source>Boundary incident ({kind}): {incident}</source>
        <translation>Grenzvorfall ({kind}): {incident}</translation>
    </message>
    <message>
        <source>A computer&apos;s tag is 1 to 3 letters or digits, for example L or D2.</source>
        <translation>Das Kürzel eines Computers besteht aus 1 bis 3 Buchstaben oder Ziffern, etwa L oder D2.</translation>
    </message>
    <message>
        <source>The tag {tag} is already another computer&apos;s; choose another one.</source>
        <translation>Das Kürzel {tag} gehört bereits einem anderen Computer; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This computer&apos;s tag is {tag}; it keeps it, so that its number series runs on.</source>
        <translation>Das Kürzel dieses Computers ist {tag}; es bleibt erhalten, damit seine Nummernfolge weiterläuft.</translation>
    </message>
    <message>
        <source>The client is also the sponsor’s contact</source>
        <translation>Der Klient ist auch der Kontakt beim Auftraggeber</translation>
    </message>
    <message>
        <source>The other client must be someone else.</source>
        <translation>Der andere Klient muss eine andere Person sein.</translation>
    </message>
    <message>
        <source>Consent to be named needs the other client; choose them first.</source>
        <translation>Die Einwilligung zur Namensnennung braucht den anderen Klienten; wählen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The wording for the agreement names {names}, a client. Describe the conflict without naming or identifying another client (or record their consent to be named).</source>
        <translation>Der Wortlaut für die Vereinbarung nennt {names}, einen Klienten. Beschreiben Sie den Konflikt, ohne einen anderen Klienten zu nennen oder erkennbar zu machen (oder erfassen Sie dessen Einwilligung zur Namensnennung).</translation>
    </message>
    <message>
        <source>Choose the client or the engagement this conflict concerns.</source>
        <translation>Wählen Sie den Klienten oder den Coaching-Auftrag, den dieser Konflikt betrifft.</translation>
    </message>
    <message>
        <source>That engagement is with another client.</source>
        <translation>Dieser Coaching-Auftrag gehört zu einem anderen Klienten.</translation>
    </message>
    <message>
        <source>Say which safeguards make it right to proceed (they appear in the agreement).</source>
        <translation>Geben Sie an, welche Schutzmaßnahmen das Fortfahren rechtfertigen (sie erscheinen in der Vereinbarung).</translation>
    </message>
    <message>
        <source>The safeguards name {names}, a client, and the agreement prints them. Describe them without naming or identifying another client.</source>
        <translation>Die Schutzmaßnahmen nennen {names}, einen Klienten, und die Vereinbarung druckt sie. Beschreiben Sie sie, ohne einen anderen Klienten zu nennen oder erkennbar zu machen.</translation>
    </message>
    <message>
        <source>The agreement cannot be {action} while the conflict of interest “{label}” (recorded on {declared}) is undecided. Record a decision on it first.</source>
        <translation>Die Vereinbarung kann nicht {action} werden, solange der Interessenkonflikt „{label}“ (erfasst am {declared}) nicht entschieden ist. Erfassen Sie zuerst eine Entscheidung.</translation>
    </message>
    <message>
        <source>An agreement goes to its parties: {parties}.</source>
        <translation>Eine Vereinbarung geht an ihre Parteien: {parties}.</translation>
    </message>
    <message>
        <source>The client agreed to share this letter with {professional} only.</source>
        <translation>Der Klient hat nur zugestimmt, dieses Schreiben mit {professional} zu teilen.</translation>
    </message>
    <message>
        <source>This is a two-party agreement: there is no sponsor to report to.</source>
        <translation>Dies ist eine Zweiervereinbarung: Es gibt keinen Auftraggeber, an den berichtet wird.</translation>
    </message>
    <message>
        <source>The client agreed to share this report with {sponsor} only.</source>
        <translation>Der Klient hat nur zugestimmt, diesen Bericht mit {sponsor} zu teilen.</translation>
    </message>
    <message>
        <source>The hours log names a client who may no longer be named: make the log again before saving it.</source>
        <translation>Der Stundennachweis nennt einen Klienten, der nicht mehr genannt werden darf: Erstellen Sie den Nachweis neu, bevor Sie ihn speichern.</translation>
    </message>
    <message>
        <source>No engagement with {name} is logged as an alias: it has nothing to verify.</source>
        <translation>Kein Coaching-Auftrag mit {name} ist unter Pseudonym erfasst: Es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>The verification letter goes to {organisation} and its contact.</source>
        <translation>Das Bestätigungsschreiben geht an {organisation} und den Kontakt dort.</translation>
    </message>
    <message>
        <source>A client&apos;s records go to {client} (or stay with you).</source>
        <translation>Die Unterlagen eines Klienten gehen an {client} (oder bleiben bei Ihnen).</translation>
    </message>
    <message>
        <source>The calendar is for your own use: no client agreed to their sessions being shared.</source>
        <translation>Der Kalender ist für Ihren eigenen Gebrauch: Kein Klient hat zugestimmt, seine Sitzungen zu teilen.</translation>
    </message>
    <message>
        <source>The session prep is for your own use: it holds what the client has not agreed to share.</source>
        <translation>Die Sitzungsvorbereitung ist für Ihren eigenen Gebrauch: Sie enthält, was der Klient nicht zu teilen zugestimmt hat.</translation>
    </message>
    <message>
        <source>This session belongs to no agreement: choose the client&apos;s agreement in the session first, so the recap is sent under it.</source>
        <translation>Diese Sitzung gehört zu keiner Vereinbarung: Wählen Sie zuerst die Vereinbarung des Klienten in der Sitzung, damit die Zusammenfassung unter ihr versandt wird.</translation>
    </message>
    <message>
        <source>A session&apos;s recap goes to {client} only.</source>
        <translation>Die Zusammenfassung einer Sitzung geht nur an {client}.</translation>
    </message>
    <message>
        <source>An invoice goes to the one who pays it: {payer}.</source>
        <translation>Eine Rechnung geht an den Zahler: {payer}.</translation>
    </message>
    <message>
        <source>CoachDesk does not know how a {kind} may leave.</source>
        <translation>CoachDesk weiß nicht, wie „{kind}“ den Tresor verlassen darf.</translation>
    </message>
    <message>
        <source>Name who receives a disclosure made on a legal basis.</source>
        <translation>Nennen Sie, wer eine Offenlegung aus rechtlichem Grund erhält.</translation>
    </message>
    <message>
        <source>{refusal} Choose “{own_use}”, or record the basis for sharing it first.</source>
        <translation>{refusal} Wählen Sie „{own_use}“ oder erfassen Sie zuerst die Grundlage für die Weitergabe.</translation>
    </message>
    <message>
        <source>No consent is attached to this referral: the client&apos;s consent to referral to {who} is missing.</source>
        <translation>Dieser Weiterverweisung ist keine Einwilligung beigefügt: Die Einwilligung des Klienten in die Weiterverweisung an {who} fehlt.</translation>
    </message>
    <message>
        <source>The consent attached to this referral was given by another client.</source>
        <translation>Die dieser Weiterverweisung beigefügte Einwilligung stammt von einem anderen Klienten.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is a {scope} consent, not a consent to a referral.</source>
        <translation>Die dieser Weiterverweisung beigefügte Einwilligung gilt für „{scope}“, nicht für eine Weiterverweisung.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is for {recipient}, not for {who}.</source>
        <translation>Die dieser Weiterverweisung beigefügte Einwilligung gilt für {recipient}, nicht für {who}.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is for no named recipient, not for {who}.</source>
        <translation>Die dieser Weiterverweisung beigefügte Einwilligung nennt keinen Empfänger, nicht {who}.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is only given from {day}.</source>
        <translation>Die dieser Weiterverweisung beigefügte Einwilligung gilt erst ab {day}.</translation>
    </message>
    <message>
        <source>The client withdrew the consent to a referral to {who} on {day}.</source>
        <translation>Der Klient hat die Einwilligung in die Weiterverweisung an {who} am {day} widerrufen.</translation>
    </message>
    <message>
        <source>The client&apos;s consent to a referral to {who} expired on {day}.</source>
        <translation>Die Einwilligung des Klienten in die Weiterverweisung an {who} ist am {day} abgelaufen.</translation>
    </message>
    <message>
        <source>share with sponsor</source>
        <translation>Weitergabe an den Auftraggeber</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>named in hours log</source>
        <translation>Nennung im Stundennachweis</translation>
    </message>
    <message>
        <source>session recording</source>
        <translation>Sitzungsaufzeichnung</translation>
    </message>
    <message>
        <source>testimonial</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source> A current consent given on {day} covers {professional}: attach it to the referral.</source>
        <translation> Eine am {day} erteilte, gültige Einwilligung deckt {professional} ab: Fügen Sie sie der Weiterverweisung bei.</translation>
    </message>
    <message>
        <source> Record the client&apos;s current consent to this referral and attach it before writing the letter.</source>
        <translation> Erfassen Sie die aktuelle Einwilligung des Klienten in diese Weiterverweisung und fügen Sie sie bei, bevor Sie das Schreiben erstellen.</translation>
    </message>
    <message>
        <source>{client}&apos;s consent to share information with {sponsor} is missing</source>
        <translation>Die Einwilligung von {client} zur Weitergabe von Informationen an {sponsor} fehlt</translation>
    </message>
    <message>
        <source>Record the client&apos;s current consent (scope: share with the sponsor) first.</source>
        <translation>Erfassen Sie zuerst die aktuelle Einwilligung des Klienten (Umfang: Weitergabe an den Auftraggeber).</translation>
    </message>
    <message>
        <source>{client} withdrew their consent to share information with {sponsor} on {day}</source>
        <translation>{client} hat die Einwilligung zur Weitergabe von Informationen an {sponsor} am {day} widerrufen</translation>
    </message>
    <message>
        <source>{client}&apos;s consent to share information with {sponsor} expired on {day}</source>
        <translation>Die Einwilligung von {client} zur Weitergabe von Informationen an {sponsor} ist am {day} abgelaufen</translation>
    </message>
    <message>
        <source>{client}&apos;s consent to share information with {sponsor} is only given from {day}</source>
        <translation>Die Einwilligung von {client} zur Weitergabe von Informationen an {sponsor} gilt erst ab {day}</translation>
    </message>
    <message>
        <source>Date the report on or after that day.</source>
        <translation>Datieren Sie den Bericht auf diesen Tag oder später.</translation>
    </message>
    <message>
        <source>No sponsor report can be written: {missing}. {remedy}</source>
        <translation>Es kann kein Bericht an den Auftraggeber erstellt werden: {missing}. {remedy}</translation>
    </message>
    <message>
        <source>Say who may receive the information (a consent to share names its recipient).</source>
        <translation>Geben Sie an, wer die Informationen erhalten darf (eine Einwilligung zur Weitergabe nennt ihren Empfänger).</translation>
    </message>
    <message>
        <source>The expiry date is before the date consent was given.</source>
        <translation>Das Ablaufdatum liegt vor dem Datum der Einwilligung.</translation>
    </message>
    <message>
        <source>A consent belongs to the client who gave it; record a new consent for the other client.</source>
        <translation>Eine Einwilligung gehört dem Klienten, der sie erteilt hat; erfassen Sie eine neue Einwilligung für den anderen Klienten.</translation>
    </message>
    <message>
        <source>The consent was withdrawn on {withdrawn_on}; it cannot have been given after that.</source>
        <translation>Die Einwilligung wurde am {withdrawn_on} widerrufen; sie kann nicht danach erteilt worden sein.</translation>
    </message>
    <message>
        <source>{count} referral(s) rely on this consent; its scope must stay referral.</source>
        <translation>{count} Weiterverweisung(en) beruhen auf dieser Einwilligung; ihr Umfang muss Weiterverweisung bleiben.</translation>
    </message>
    <message>
        <source>A referral of {referred_on} relies on this consent; the consent must still cover that date.</source>
        <translation>Eine Weiterverweisung vom {referred_on} beruht auf dieser Einwilligung; sie muss dieses Datum weiterhin abdecken.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {withdrawn_on}.</source>
        <translation>Diese Einwilligung wurde bereits am {withdrawn_on} widerrufen.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given ({granted_on}).</source>
        <translation>Eine Einwilligung kann nicht vor ihrer Erteilung ({granted_on}) widerrufen werden.</translation>
    </message>
    <message>
        <source>The client had no consent in force on {disclosed_on}; record the consent first, or choose the basis that applied.</source>
        <translation>Der Klient hatte am {disclosed_on} keine gültige Einwilligung; erfassen Sie zuerst die Einwilligung oder wählen Sie die zutreffende Grundlage.</translation>
    </message>
    <message>
        <source>Give the date the client was told of the disclosure.</source>
        <translation>Geben Sie an, wann der Klient über die Offenlegung informiert wurde.</translation>
    </message>
    <message>
        <source>A date the client was told is given, but the client is not marked as told.</source>
        <translation>Ein Datum der Information ist angegeben, aber der Klient ist nicht als informiert markiert.</translation>
    </message>
    <message>
        <source>The date the client was told is before the date of the disclosure.</source>
        <translation>Das Datum der Information liegt vor dem Datum der Offenlegung.</translation>
    </message>
    <message>
        <source>The client is already recorded as told.</source>
        <translation>Der Klient ist bereits als informiert erfasst.</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sharing with the sponsor</source>
        <translation>Weitergabe an den Auftraggeber</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weiterverweisung</translation>
    </message>
    <message>
        <source>Named in the hours log</source>
        <translation>Im Stundennachweis genannt</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>Sitzungsaufzeichnung</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation>Gleiche Organisation</translation>
    </message>
    <message>
        <source>Client is a sponsor contact</source>
        <translation>Klient ist Kontakt beim Auftraggeber</translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation>Vermittlungsprovision</translation>
    </message>
    <message>
        <source>Personal relationship</source>
        <translation>Persönliche Beziehung</translation>
    </message>
    <message>
        <source>Professional relationship</source>
        <translation>Berufliche Beziehung</translation>
    </message>
    <message>
        <source>Financial benefit</source>
        <translation>Finanzieller Vorteil</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Interessenkonflikt</translation>
    </message>
    <message>
        <source>client&apos;s action</source>
        <translation>Aufgabe des Klienten</translation>
    </message>
    <message>
        <source>your action</source>
        <translation>Ihre Aufgabe</translation>
    </message>
    <message>
        <source>Records past the retention period</source>
        <translation>Unterlagen über die Aufbewahrungsfrist hinaus</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>group of {size}</source>
        <translation>Gruppe mit {size}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Coaching-Sitzung</translation>
    </message>
    <message>
        <source>three-way</source>
        <translation>Dreiecksvertrag</translation>
    </message>
    <message>
        <source>The {label} must be a number of hours.</source>
        <translation>„{label}“ muss eine Stundenzahl sein.</translation>
    </message>
    <message>
        <source>The {label} must be a number of hours like 12.50, not “{value}”.</source>
        <translation>„{label}“ muss eine Stundenzahl wie 12.50 sein, nicht „{value}“.</translation>
    </message>
    <message>
        <source>The {label} cannot be negative.</source>
        <translation>„{label}“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The {label} ({amount}) are more than {most:,} on one line.</source>
        <translation>„{label}“ ({amount}) sind mehr als {most:,} in einer Zeile.</translation>
    </message>
    <message>
        <source>The {label} may have at most two decimals ({value}).</source>
        <translation>„{label}“ darf höchstens zwei Nachkommastellen haben ({value}).</translation>
    </message>
    <message>
        <source>A group line needs the number in the group.</source>
        <translation>Eine Gruppenzeile braucht die Anzahl in der Gruppe.</translation>
    </message>
    <message>
        <source>Only a group line has a number in the group.</source>
        <translation>Nur eine Gruppenzeile hat eine Anzahl in der Gruppe.</translation>
    </message>
    <message>
        <source>An earlier log line cannot end after today.</source>
        <translation>Eine frühere Nachweiszeile kann nicht nach heute enden.</translation>
    </message>
    <message>
        <source>The line has no hours: give its paid or pro bono hours.</source>
        <translation>Die Zeile hat keine Stunden: Geben Sie bezahlte oder Pro-bono-Stunden an.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Zeile {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB; nothing was imported.</source>
        <translation>Die Datei ist größer als {megabytes} MB; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text: Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>“{value}” is not a date written as YYYY-MM-DD.</source>
        <translation>„{value}“ ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>“{cells}” is neither Individual nor Group.</source>
        <translation>„{cells}“ ist weder Individual noch Group.</translation>
    </message>
    <message>
        <source>“{size_text}” is not a whole number.</source>
        <translation>„{size_text}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The file is empty; nothing was imported.</source>
        <translation>Die Datei ist leer; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file lacks the column {missing}. Its first row must name the log&apos;s columns: {columns}.</source>
        <translation>Der Datei fehlt die Spalte {missing}. Ihre erste Zeile muss die Spalten des Nachweises nennen: {columns}.</translation>
    </message>
    <message>
        <source>The file lacks the columns {missing}. Its first row must name the log&apos;s columns: {columns}.</source>
        <translation>Der Datei fehlen die Spalten {missing}. Ihre erste Zeile muss die Spalten des Nachweises nennen: {columns}.</translation>
    </message>
    <message>
        <source>The file has its header but no lines; nothing was imported.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file has {count:,} lines; import at most {most:,} at a time.</source>
        <translation>Die Datei hat {count:,} Zeilen; importieren Sie höchstens {most:,} auf einmal.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} of {total} lines need correcting.</source>
        <translation>Nichts wurde importiert: {count} von {total} Zeilen müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>The units must be a number of CCE units, like 1.5.</source>
        <translation>Die Einheiten müssen eine Zahl von CCE-Einheiten sein, etwa 1.5.</translation>
    </message>
    <message>
        <source>The units must be more than zero.</source>
        <translation>Die Einheiten müssen größer als null sein.</translation>
    </message>
    <message>
        <source>The units must be at most {most:,}.</source>
        <translation>Die Einheiten dürfen höchstens {most:,} betragen.</translation>
    </message>
    <message>
        <source>The units have more than two decimal places.</source>
        <translation>Die Einheiten haben mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>The clauses left out must be a set of clause names.</source>
        <translation>Die weggelassenen Klauseln müssen eine Menge von Klauselnamen sein.</translation>
    </message>
    <message>
        <source>The agreement template has no optional clause called {unknown}; the optional clauses are {known}.</source>
        <translation>Die Vorlage der Vereinbarung hat keine optionale Klausel namens {unknown}; die optionalen Klauseln sind {known}.</translation>
    </message>
    <message>
        <source>The fee is implausibly large.</source>
        <translation>Das Honorar ist unplausibel hoch.</translation>
    </message>
    <message>
        <source>The sponsor cannot pay: no sponsor is chosen, and a three-way engagement without a sponsor is not possible. Choose the sponsoring organisation, or make the client the payer.</source>
        <translation>Der Auftraggeber kann nicht zahlen: Es ist keiner gewählt, und ein Dreiecksvertrag ohne Auftraggeber ist nicht möglich. Wählen Sie die Organisation des Auftraggebers oder machen Sie den Klienten zum Zahler.</translation>
    </message>
    <message>
        <source>A sponsor contact needs a sponsor; choose the organisation first.</source>
        <translation>Ein Kontakt beim Auftraggeber braucht einen Auftraggeber; wählen Sie zuerst die Organisation.</translation>
    </message>
    <message>
        <source>Only a sponsor receives information; choose the organisation first.</source>
        <translation>Nur ein Auftraggeber erhält Informationen; wählen Sie zuerst die Organisation.</translation>
    </message>
    <message>
        <source>Only coaching for a sponsor can be logged as an alias verified by the organisation; choose the organisation first.</source>
        <translation>Nur Coaching für einen Auftraggeber kann unter Pseudonym mit Bestätigung der Organisation erfasst werden; wählen Sie zuerst die Organisation.</translation>
    </message>
    <message>
        <source>This engagement is {status}; its terms can no longer change.</source>
        <translation>Dieser Coaching-Auftrag ist „{status}“; seine Bedingungen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>This engagement already has sessions or goals, so it stays with its client.</source>
        <translation>Dieser Coaching-Auftrag hat bereits Sitzungen oder Ziele und bleibt daher bei seinem Klienten.</translation>
    </message>
    <message>
        <source>from {current} it can go to: {allowed}</source>
        <translation>von „{current}“ aus möglich: {allowed}</translation>
    </message>
    <message>
        <source>it has ended</source>
        <translation>er ist beendet</translation>
    </message>
    <message>
        <source>An engagement cannot go from {current} to {target} ({why}).</source>
        <translation>Ein Coaching-Auftrag kann nicht von „{current}“ zu „{target}“ wechseln ({why}).</translation>
    </message>
    <message>
        <source>The date ({day}) is before the engagement was {milestone} ({earlier}).</source>
        <translation>Das Datum ({day}) liegt vor „{milestone}“ des Coaching-Auftrags ({earlier}).</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>psychische Gesundheit</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medizinisch</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>rechtlich</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>finanziell</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>client consent</source>
        <translation>Einwilligung des Klienten</translation>
    </message>
    <message>
        <source>law or court order</source>
        <translation>Gesetz oder Gerichtsbeschluss</translation>
    </message>
    <message>
        <source>illegal activity</source>
        <translation>rechtswidrige Handlung</translation>
    </message>
    <message>
        <source>risk of harm to self</source>
        <translation>Gefahr für sich selbst</translation>
    </message>
    <message>
        <source>risk of harm to others</source>
        <translation>Gefahr für andere</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>gleiche Organisation</translation>
    </message>
    <message>
        <source>client is sponsor contact</source>
        <translation>Klient ist Kontakt beim Auftraggeber</translation>
    </message>
    <message>
        <source>referral fee</source>
        <translation>Vermittlungsprovision</translation>
    </message>
    <message>
        <source>personal relationship</source>
        <translation>persönliche Beziehung</translation>
    </message>
    <message>
        <source>professional relationship</source>
        <translation>berufliche Beziehung</translation>
    </message>
    <message>
        <source>financial benefit</source>
        <translation>finanzieller Vorteil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>proceed with safeguards</source>
        <translation>mit Schutzmaßnahmen fortfahren</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>refer elsewhere</source>
        <translation>weiterverweisen</translation>
    </message>
    <message>
        <source>contact outside agreed hours</source>
        <translation>Kontakt außerhalb der vereinbarten Zeiten</translation>
    </message>
    <message>
        <source>unagreed channel</source>
        <translation>nicht vereinbarter Kanal</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>dual relationship</source>
        <translation>Doppelbeziehung</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Rahmen des Coachings</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>late cancelled</source>
        <translation>kurzfristig abgesagt</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>made active</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Another client at the same organisation</source>
        <translation>Ein anderer Klient in derselben Organisation</translation>
    </message>
    <message>
        <source>Client is also a sponsor&apos;s contact</source>
        <translation>Klient ist auch Kontakt beim Auftraggeber</translation>
    </message>
    <message>
        <source>Financial or other benefit</source>
        <translation>Finanzieller oder sonstiger Vorteil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Share with the sponsor</source>
        <translation>Weitergabe an den Auftraggeber</translation>
    </message>
    <message>
        <source>Client consent</source>
        <translation>Einwilligung des Klienten</translation>
    </message>
    <message>
        <source>Required by law or court order</source>
        <translation>Gesetzlich oder gerichtlich verlangt</translation>
    </message>
    <message>
        <source>Illegal activity</source>
        <translation>Rechtswidrige Handlung</translation>
    </message>
    <message>
        <source>Risk of harm to self</source>
        <translation>Gefahr für sich selbst</translation>
    </message>
    <message>
        <source>Risk of harm to others</source>
        <translation>Gefahr für andere</translation>
    </message>
    <message>
        <source>Contact outside agreed hours</source>
        <translation>Kontakt außerhalb der vereinbarten Zeiten</translation>
    </message>
    <message>
        <source>Contact through an unagreed channel</source>
        <translation>Kontakt über einen nicht vereinbarten Kanal</translation>
    </message>
    <message>
        <source>Gift offered</source>
        <translation>Geschenk angeboten</translation>
    </message>
    <message>
        <source>Social-media or dual-relationship request</source>
        <translation>Anfrage in sozialen Medien oder nach Doppelbeziehung</translation>
    </message>
    <message>
        <source>Request outside the scope of coaching</source>
        <translation>Anfrage außerhalb des Coaching-Rahmens</translation>
    </message>
    <message>
        <source> (engagement: {title})</source>
        <translation> (Coaching-Auftrag: {title})</translation>
    </message>
    <message>
        <source> to {recipient}</source>
        <translation> an {recipient}</translation>
    </message>
    <message>
        <source>Withdrawn on {day}</source>
        <translation>Widerrufen am {day}</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Abgelaufen am {day}</translation>
    </message>
    <message>
        <source>Expires on {day}</source>
        <translation>Läuft ab am {day}</translation>
    </message>
    <message>
        <source>Client not yet told</source>
        <translation>Klient noch nicht informiert</translation>
    </message>
    <message>
        <source>Client told</source>
        <translation>Klient informiert</translation>
    </message>
    <message>
        <source>Client told on {day}</source>
        <translation>Klient informiert am {day}</translation>
    </message>
    <message>
        <source>To {recipient}: {basis}</source>
        <translation>An {recipient}: {basis}</translation>
    </message>
    <message>
        <source>Referral to {professional}</source>
        <translation>Weiterverweisung an {professional}</translation>
    </message>
    <message>
        <source>Follow-up due since {day}</source>
        <translation>Nachfassen fällig seit {day}</translation>
    </message>
    <message>
        <source>Follow up on {day}</source>
        <translation>Nachfassen am {day}</translation>
    </message>
    <message>
        <source>A PDF</source>
        <translation>Ein PDF</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV)</source>
        <translation>Eine Tabelle (CSV)</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Eine Kalenderdatei</translation>
    </message>
    <message>
        <source>A JSON file</source>
        <translation>Eine JSON-Datei</translation>
    </message>
    <message>
        <source>{chosen} is your vault: an export never replaces it. Choose another name.</source>
        <translation>{chosen} ist Ihr Tresor: Ein Export ersetzt ihn nie. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{chosen} is the vault&apos;s lock file: choose another name.</source>
        <translation>{chosen} ist die Sperrdatei des Tresors: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>That folder holds the vault&apos;s backups: choose another folder.</source>
        <translation>Dieser Ordner enthält die Sicherungen des Tresors: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{chosen} is a folder: choose a file name inside it.</source>
        <translation>{chosen} ist ein Ordner: Wählen Sie einen Dateinamen darin.</translation>
    </message>
    <message>
        <source>{chosen} is a CoachDesk vault: an export never replaces one. Choose another name.</source>
        <translation>{chosen} ist ein CoachDesk-Tresor: Ein Export ersetzt nie einen Tresor. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This export</source>
        <translation>Dieser Export</translation>
    </message>
    <message>
        <source>{kind} ends in {endings}: choose a name like {stem}{endings}.</source>
        <translation>{kind} endet auf {endings}: Wählen Sie einen Namen wie {stem}{endings}.</translation>
    </message>
    <message>
        <source>That is where the vault and its backups live: choose another folder.</source>
        <translation>Dort liegen der Tresor und seine Sicherungen: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} is a file: name a folder for the export.</source>
        <translation>{path} ist eine Datei: Nennen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>{name} in minutes</source>
        <translation>{name} in Minuten</translation>
    </message>
    <message>
        <source>This goal has action items, so it stays with its client.</source>
        <translation>Dieses Ziel hat Aufgaben und bleibt daher bei seinem Klienten.</translation>
    </message>
    <message>
        <source>That session is another client&apos;s; choose one of this client&apos;s.</source>
        <translation>Diese Sitzung gehört einem anderen Klienten; wählen Sie eine dieses Klienten.</translation>
    </message>
    <message>
        <source>That goal is another client&apos;s; choose one of this client&apos;s.</source>
        <translation>Dieses Ziel gehört einem anderen Klienten; wählen Sie eines dieses Klienten.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>The period starts after today; no session can be in it yet.</source>
        <translation>Der Zeitraum beginnt nach heute; er kann noch keine Sitzung enthalten.</translation>
    </message>
    <message>
        <source>Save the hours log as a .csv or a .pdf file.</source>
        <translation>Speichern Sie den Stundennachweis als .csv- oder .pdf-Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: {error}.</source>
        <translation>Die Datei kann nicht als CSV gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>A quoted cell starting on line {line} is never closed, so the rest of the file cannot be read as CSV.</source>
        <translation>Eine Zelle in Anführungszeichen ab Zeile {line} wird nie geschlossen, daher kann der Rest der Datei nicht als CSV gelesen werden.</translation>
    </message>
    <message>
        <source>The row has {count} fields; the header has {header}.</source>
        <translation>Die Zeile hat {count} Felder; die Kopfzeile hat {header}.</translation>
    </message>
    <message>
        <source>The row has {count} field; the header has {header}.</source>
        <translation>Die Zeile hat {count} Feld; die Kopfzeile hat {header}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>No column with the clients&apos; names on line {header_line} (columns found: {found}). Name the column “Name”, or “First Name” and “Last Name”.</source>
        <translation>Keine Spalte mit den Namen der Klienten in Zeile {header_line} (gefundene Spalten: {found}). Nennen Sie die Spalte „Name“ oder „First Name“ und „Last Name“.</translation>
    </message>
    <message>
        <source>The invoice number pattern is required. {example}</source>
        <translation>Das Muster für Rechnungsnummern ist erforderlich. {example}</translation>
    </message>
    <message>
        <source>The invoice number pattern is too long (at most {most}).</source>
        <translation>Das Muster für Rechnungsnummern ist zu lang (höchstens {most}).</translation>
    </message>
    <message>
        <source>The pattern has an unknown part {{{unknown}}}. {example}</source>
        <translation>Das Muster enthält einen unbekannten Teil {{{unknown}}}. {example}</translation>
    </message>
    <message>
        <source>The pattern needs exactly one {{seq}} for the running number. {example}</source>
        <translation>Das Muster braucht genau ein {{seq}} für die laufende Nummer. {example}</translation>
    </message>
    <message>
        <source>The pattern may hold {{computer}} once. {example}</source>
        <translation>Das Muster darf {{computer}} einmal enthalten. {example}</translation>
    </message>
    <message>
        <source>In the pattern, only {{seq}} takes a width, from 1 to 9. {example}</source>
        <translation>Im Muster hat nur {{seq}} eine Breite, von 1 bis 9. {example}</translation>
    </message>
    <message>
        <source>Besides its parts, the pattern may hold letters, digits, spaces and - / . _ only. {example}</source>
        <translation>Neben seinen Teilen darf das Muster nur Buchstaben, Ziffern, Leerzeichen und - / . _ enthalten. {example}</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage, like 19 or 5.5.</source>
        <translation>Der Umsatzsteuersatz muss ein Prozentsatz sein, etwa 19 oder 5.5.</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage from 0 to 100.</source>
        <translation>Der Umsatzsteuersatz muss ein Prozentsatz von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>The VAT rate has more than two decimal places.</source>
        <translation>Der Umsatzsteuersatz hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Fill in your profile (your name at least) before invoicing.</source>
        <translation>Füllen Sie Ihr Profil aus (mindestens Ihren Namen), bevor Sie Rechnungen stellen.</translation>
    </message>
    <message>
        <source>The invoice number pattern cannot change once an invoice has been issued: the numbers must run on without a gap.</source>
        <translation>Das Muster für Rechnungsnummern kann nach Ausstellung einer Rechnung nicht mehr geändert werden: Die Nummern müssen lückenlos weiterlaufen.</translation>
    </message>
    <message>
        <source>“{iban}” is not an IBAN (two letters, two digits, then the account).</source>
        <translation>„{iban}“ ist keine IBAN (zwei Buchstaben, zwei Ziffern, dann das Konto).</translation>
    </message>
    <message>
        <source>The IBAN “{iban}” has a typing mistake (its check digits do not match).</source>
        <translation>Die IBAN „{iban}“ enthält einen Tippfehler (die Prüfziffern stimmen nicht).</translation>
    </message>
    <message>
        <source>“{bic}” is not a BIC (8 or 11 letters and digits, like DEUTDEFF).</source>
        <translation>„{bic}“ ist keine BIC (8 oder 11 Buchstaben und Ziffern, etwa DEUTDEFF).</translation>
    </message>
    <message>
        <source>The {label} must be more than zero.</source>
        <translation>„{label}“ muss größer als null sein.</translation>
    </message>
    <message>
        <source>The {label} is implausibly large.</source>
        <translation>„{label}“ ist unplausibel hoch.</translation>
    </message>
    <message>
        <source>The quantity must be a number, like 1 or 1.5.</source>
        <translation>Die Menge muss eine Zahl sein, etwa 1 oder 1.5.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>The quantity must be at most 10,000, with at most two decimals.</source>
        <translation>Die Menge darf höchstens 10.000 betragen, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Invoice {number} is issued and cannot change; correct it with a credit note.</source>
        <translation>Rechnung {number} ist ausgestellt und kann nicht geändert werden; korrigieren Sie sie mit einer Rechnungskorrektur.</translation>
    </message>
    <message>
        <source>One of those sessions no longer exists.</source>
        <translation>Eine dieser Sitzungen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>An invoice bills only the sessions of its own engagement.</source>
        <translation>Eine Rechnung rechnet nur Sitzungen ihres eigenen Coaching-Auftrags ab.</translation>
    </message>
    <message>
        <source>That session is already on an invoice; a session is billed once.</source>
        <translation>Diese Sitzung steht bereits auf einer Rechnung; eine Sitzung wird einmal abgerechnet.</translation>
    </message>
    <message>
        <source>The line comes to less than a cent; raise the quantity or the price.</source>
        <translation>Die Position ergibt weniger als einen Cent; erhöhen Sie Menge oder Preis.</translation>
    </message>
    <message>
        <source>This engagement has no sponsor; the client pays.</source>
        <translation>Dieser Coaching-Auftrag hat keinen Auftraggeber; der Klient zahlt.</translation>
    </message>
    <message>
        <source>This engagement has no fee, so there is nothing to bill.</source>
        <translation>Dieser Coaching-Auftrag hat kein Honorar, daher gibt es nichts abzurechnen.</translation>
    </message>
    <message>
        <source>This engagement&apos;s package is already on an invoice.</source>
        <translation>Das Paket dieses Coaching-Auftrags steht bereits auf einer Rechnung.</translation>
    </message>
    <message>
        <source>Nothing to bill: every completed session of this engagement is already on an invoice up to {until}.</source>
        <translation>Nichts abzurechnen: Jede abgeschlossene Sitzung dieses Coaching-Auftrags bis {until} steht bereits auf einer Rechnung.</translation>
    </message>
    <message>
        <source>Nothing to bill: every completed session of this engagement is already on an invoice.</source>
        <translation>Nichts abzurechnen: Jede abgeschlossene Sitzung dieses Coaching-Auftrags steht bereits auf einer Rechnung.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Signed agreement, as signed</source>
        <translation>Unterschriebene Vereinbarung, wie unterschrieben</translation>
    </message>
    <message>
        <source>Agreement amendment</source>
        <translation>Nachtrag zur Vereinbarung</translation>
    </message>
    <message>
        <source>Note amendment</source>
        <translation>Nachtrag zur Notiz</translation>
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
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Offenlegung</translation>
    </message>
    <message>
        <source>Conflict record</source>
        <translation>Konflikteintrag</translation>
    </message>
    <message>
        <source>Boundary incident</source>
        <translation>Grenzvorfall</translation>
    </message>
    <message>
        <source>Decision to keep records</source>
        <translation>Entscheidung zur Aufbewahrung</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Outbound entry</source>
        <translation>Ausgangsprotokoll-Eintrag</translation>
    </message>
    <message>
        <source>{record} of {day}</source>
        <translation>{record} vom {day}</translation>
    </message>
    <message>
        <source>A change is still being made; merge once it is saved.</source>
        <translation>Eine Änderung wird noch vorgenommen; führen Sie zusammen, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>The merge would leave broken links; nothing was merged.</source>
        <translation>Das Zusammenführen würde defekte Verknüpfungen hinterlassen; nichts wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>The other copy&apos;s database is incomplete (its version or its merge history is missing); it cannot be merged, and nothing was merged.</source>
        <translation>Die Datenbank der anderen Kopie ist unvollständig (ihre Version oder ihr Verlauf für das Zusammenführen fehlt); sie kann nicht zusammengeführt werden, und nichts wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>The other copy was saved by a newer version of CoachDesk (schema {other}; this one has schema {this}). Update CoachDesk on this computer, then merge again. Nothing was merged, and the other copy was not changed.</source>
        <translation>Die andere Kopie wurde von einer neueren CoachDesk-Version gespeichert (Schema {other}; diese hat Schema {this}). Aktualisieren Sie CoachDesk auf diesem Computer und führen Sie dann erneut zusammen. Nichts wurde zusammengeführt, und die andere Kopie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The other copy was saved by an older version of CoachDesk (schema {other}; this one has schema {this}) and was not brought up to date for the merge; nothing was merged.</source>
        <translation>Die andere Kopie wurde von einer älteren CoachDesk-Version gespeichert (Schema {other}; diese hat Schema {this}) und für das Zusammenführen nicht auf den neuesten Stand gebracht; nichts wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>The other file is a different practice&apos;s vault, not a copy of this one; nothing was merged.</source>
        <translation>Die andere Datei ist der Tresor einer anderen Praxis, keine Kopie dieses Tresors; nichts wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>This vault was opened read-only; it cannot take in another copy.</source>
        <translation>Dieser Tresor wurde schreibgeschützt geöffnet; er kann keine andere Kopie aufnehmen.</translation>
    </message>
    <message>
        <source>That is the vault itself; choose the other copy.</source>
        <translation>Das ist der Tresor selbst; wählen Sie die andere Kopie.</translation>
    </message>
    <message>
        <source>The other copy&apos;s records have a different layout; nothing was merged.</source>
        <translation>Die Einträge der anderen Kopie haben einen anderen Aufbau; nichts wurde zusammengeführt.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Practice profile</source>
        <translation>Praxisprofil</translation>
    </message>
    <message>
        <source>There is already a template called “{cleaned}”: choose another name.</source>
        <translation>Es gibt bereits eine Vorlage namens „{cleaned}“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A template that comes with CoachDesk cannot change: copy it, then edit the copy.</source>
        <translation>Eine mitgelieferte Vorlage kann nicht geändert werden: Kopieren Sie sie und bearbeiten Sie die Kopie.</translation>
    </message>
    <message>
        <source>A template that comes with CoachDesk cannot be deleted.</source>
        <translation>Eine mitgelieferte Vorlage kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>That template no longer exists: choose another.</source>
        <translation>Diese Vorlage gibt es nicht mehr: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Coachingvereinbarung</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Verweisungsschreiben</translation>
    </message>
    <message>
        <source>Sponsor report</source>
        <translation>Bericht an den Auftraggeber</translation>
    </message>
    <message>
        <source>Coaching-hours log</source>
        <translation>Coaching-Stundennachweis</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Sitzungskalender</translation>
    </message>
    <message>
        <source>Client&apos;s records</source>
        <translation>Unterlagen des Klienten</translation>
    </message>
    <message>
        <source>CCE certificate</source>
        <translation>CCE-Zertifikat</translation>
    </message>
    <message>
        <source>Verification letter</source>
        <translation>Bestätigungsschreiben</translation>
    </message>
    <message>
        <source>Credential application pack</source>
        <translation>Antragsunterlagen zur Zertifizierung</translation>
    </message>
    <message>
        <source>Session prep</source>
        <translation>Sitzungsvorbereitung</translation>
    </message>
    <message>
        <source>Session recap</source>
        <translation>Sitzungszusammenfassung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Rechnungskorrektur</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <source>Invoices for the accountant</source>
        <translation>Rechnungen für die Buchhaltung</translation>
    </message>
    <message>
        <source>Payments for the accountant</source>
        <translation>Zahlungen für die Buchhaltung</translation>
    </message>
    <message>
        <source>Client&apos;s consent</source>
        <translation>Einwilligung des Klienten</translation>
    </message>
    <message>
        <source>The coaching agreement</source>
        <translation>Die Coachingvereinbarung</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Client&apos;s request for their records</source>
        <translation>Auskunftsersuchen des Klienten</translation>
    </message>
    <message>
        <source>Coach&apos;s own use</source>
        <translation>Eigener Gebrauch des Coachs</translation>
    </message>
    <message>
        <source>Bookkeeping (tax law)</source>
        <translation>Buchhaltung (Steuerrecht)</translation>
    </message>
    <message>
        <source>client&apos;s consent</source>
        <translation>Einwilligung des Klienten</translation>
    </message>
    <message>
        <source>required by law or a court order</source>
        <translation>gesetzlich oder gerichtlich verlangt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Mail draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>Bill the package in at least one block.</source>
        <translation>Rechnen Sie das Paket in mindestens einem Teilbetrag ab.</translation>
    </message>
    <message>
        <source>Only a package (a fee per engagement) is billed in blocks; bill sessions one by one.</source>
        <translation>Nur ein Paket (Honorar pro Coaching-Auftrag) wird in Teilbeträgen abgerechnet; rechnen Sie Sitzungen einzeln ab.</translation>
    </message>
    <message>
        <source>This engagement&apos;s package is already on an invoice whole.</source>
        <translation>Das Paket dieses Coaching-Auftrags steht bereits vollständig auf einer Rechnung.</translation>
    </message>
    <message>
        <source>This package is being billed in {blocks} blocks; make the next of {blocks}.</source>
        <translation>Dieses Paket wird in {blocks} Teilbeträgen abgerechnet; erstellen Sie den nächsten von {blocks}.</translation>
    </message>
    <message>
        <source>Every block of this package ({count} of {count}) is already on an invoice.</source>
        <translation>Jeder Teilbetrag dieses Pakets ({count} von {count}) steht bereits auf einer Rechnung.</translation>
    </message>
    <message>
        <source>The fee is too small to split into that many blocks.</source>
        <translation>Das Honorar ist zu klein, um es in so viele Teilbeträge aufzuteilen.</translation>
    </message>
    <message>
        <source>your private notes on the client</source>
        <translation>Ihre privaten Notizen zum Klienten</translation>
    </message>
    <message>
        <source>a session&apos;s notes</source>
        <translation>die Notizen einer Sitzung</translation>
    </message>
    <message>
        <source>a session&apos;s shared summary</source>
        <translation>die geteilte Zusammenfassung einer Sitzung</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>ein Ziel</translation>
    </message>
    <message>
        <source>the engagement&apos;s title (its topic)</source>
        <translation>den Titel des Coaching-Auftrags (sein Thema)</translation>
    </message>
    <message>
        <source>Line {number} repeats {what}. An invoice to the sponsor says dates and counts only: change it before the invoice leaves.</source>
        <translation>Position {number} wiederholt {what}. Eine Rechnung an den Auftraggeber nennt nur Daten und Anzahlen: Ändern Sie sie, bevor die Rechnung hinausgeht.</translation>
    </message>
    <message>
        <source>The remark repeats {what}. An invoice to the sponsor says dates and counts only: change it before the invoice leaves.</source>
        <translation>Die Anmerkung wiederholt {what}. Eine Rechnung an den Auftraggeber nennt nur Daten und Anzahlen: Ändern Sie sie, bevor die Rechnung hinausgeht.</translation>
    </message>
    <message>
        <source>your notes of the session of {day}</source>
        <translation>Ihre Notizen zur Sitzung vom {day}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>In den Worten des Klienten</translation>
    </message>
    <message>
        <source>Summary the client read</source>
        <translation>Vom Klienten gelesene Zusammenfassung</translation>
    </message>
    <message>
        <source>Anything else (on the consent)</source>
        <translation>Weiteres (laut Einwilligung)</translation>
    </message>
    <message>
        <source>“{label}” is filled in, but the client&apos;s consent does not cover it: it is not printed.</source>
        <translation>„{label}“ ist ausgefüllt, aber nicht von der Einwilligung des Klienten gedeckt: Es wird nicht gedruckt.</translation>
    </message>
    <message>
        <source>“{label}” is long ({count:,} characters): check it holds only what the client agreed to share, and nothing from your notes.</source>
        <translation>„{label}“ ist lang ({count:,} Zeichen): Prüfen Sie, dass es nur enthält, was der Klient zu teilen zugestimmt hat, und nichts aus Ihren Notizen.</translation>
    </message>
    <message>
        <source>“{label}” repeats {where} (“{excerpt}”). Notes are never shared: print it only if the client agreed to this very text.</source>
        <translation>„{label}“ wiederholt {where} („{excerpt}“). Notizen werden nie geteilt: Drucken Sie es nur, wenn der Klient genau diesem Text zugestimmt hat.</translation>
    </message>
    <message>
        <source>{item}: consented, but there is nothing to print; the letter leaves it out.</source>
        <translation>{item}: eingewilligt, aber es gibt nichts zu drucken; das Schreiben lässt es weg.</translation>
    </message>
    <message>
        <source>The letter gives the professional no way to reach the client: say that the client will get in touch, or record the client&apos;s consent to share contact details.</source>
        <translation>Das Schreiben gibt der Fachperson keine Möglichkeit, den Klienten zu erreichen: Geben Sie an, dass der Klient sich meldet, oder erfassen Sie seine Einwilligung zur Weitergabe der Kontaktdaten.</translation>
    </message>
    <message>
        <source>That consent was given by another client; a referral needs the client&apos;s own consent.</source>
        <translation>Diese Einwilligung stammt von einem anderen Klienten; eine Weiterverweisung braucht die Einwilligung des Klienten selbst.</translation>
    </message>
    <message>
        <source>That consent is not a consent to a referral.</source>
        <translation>Diese Einwilligung ist keine Einwilligung in eine Weiterverweisung.</translation>
    </message>
    <message>
        <source>That consent is not in force on the referral date ({on}).</source>
        <translation>Diese Einwilligung gilt am Datum der Weiterverweisung ({on}) nicht.</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral date.</source>
        <translation>Das Nachfassdatum liegt vor dem Datum der Weiterverweisung.</translation>
    </message>
    <message>
        <source>A referral stays with its client; cancel it and make a new one for the other client.</source>
        <translation>Eine Weiterverweisung bleibt bei ihrem Klienten; sagen Sie sie ab und erstellen Sie eine neue für den anderen Klienten.</translation>
    </message>
    <message>
        <source>The referral was sent; it keeps its referral date.</source>
        <translation>Die Weiterverweisung wurde versandt; sie behält ihr Datum.</translation>
    </message>
    <message>
        <source>The date of this change is before the referral&apos;s last one ({last}).</source>
        <translation>Das Datum dieser Änderung liegt vor der letzten Änderung der Weiterverweisung ({last}).</translation>
    </message>
    <message>
        <source>The referral is already {current}.</source>
        <translation>Die Weiterverweisung ist bereits {current}.</translation>
    </message>
    <message>
        <source>The referral is {current}; it cannot become {new}.</source>
        <translation>Die Weiterverweisung ist {current}; sie kann nicht {new} werden.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The referral is {current}; it cannot become {new} (next it can be {allowed}).</source>
        <translation>Die Weiterverweisung ist {current}; sie kann nicht {new} werden (als Nächstes möglich: {allowed}).</translation>
    </message>
    <message>
        <source>last agreement</source>
        <translation>letzte Vereinbarung</translation>
    </message>
    <message>
        <source>last engagement ended</source>
        <translation>Ende des letzten Coaching-Auftrags</translation>
    </message>
    <message>
        <source>last session</source>
        <translation>letzte Sitzung</translation>
    </message>
    <message>
        <source>added</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>The review date must be after the date of the decision.</source>
        <translation>Das Prüfdatum muss nach dem Datum der Entscheidung liegen.</translation>
    </message>
    <message>
        <source>Do you have a personal relationship with this client?</source>
        <translation>Haben Sie eine persönliche Beziehung zu diesem Klienten?</translation>
    </message>
    <message>
        <source>Do you have another professional relationship with them (employer, supplier, colleague)?</source>
        <translation>Haben Sie eine andere berufliche Beziehung zu ihm (Arbeitgeber, Lieferant, Kollege)?</translation>
    </message>
    <message>
        <source>Is there anything else about this client that could affect your objectivity?</source>
        <translation>Gibt es sonst etwas zu diesem Klienten, das Ihre Objektivität beeinträchtigen könnte?</translation>
    </message>
    <message>
        <source>Would you gain a financial or other benefit beyond your fee from this agreement?</source>
        <translation>Hätten Sie durch diese Vereinbarung einen finanziellen oder sonstigen Vorteil über Ihr Honorar hinaus?</translation>
    </message>
    <message>
        <source>Is there anything else about this agreement that could affect your objectivity?</source>
        <translation>Gibt es sonst etwas zu dieser Vereinbarung, das Ihre Objektivität beeinträchtigen könnte?</translation>
    </message>
    <message>
        <source>Do you have a personal relationship with the sponsor, {sponsor}, or its contact?</source>
        <translation>Haben Sie eine persönliche Beziehung zum Auftraggeber {sponsor} oder zu dessen Kontakt?</translation>
    </message>
    <message>
        <source>Do you have another professional relationship with {sponsor} (employer, supplier)?</source>
        <translation>Haben Sie eine andere berufliche Beziehung zu {sponsor} (Arbeitgeber, Lieferant)?</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>The session list cannot be sorted by {key!r}.</source>
        <translation>Die Sitzungsliste kann nicht nach {key!r} sortiert werden.</translation>
    </message>
    <message>
        <source>That engagement is another client&apos;s; choose one of this client&apos;s.</source>
        <translation>Dieser Coaching-Auftrag gehört einem anderen Klienten; wählen Sie einen dieses Klienten.</translation>
    </message>
    <message>
        <source>A group session of fewer than 2 people is an individual session; untick group.</source>
        <translation>Eine Gruppensitzung mit weniger als 2 Personen ist eine Einzelsitzung; entfernen Sie das Häkchen bei Gruppe.</translation>
    </message>
    <message>
        <source>The concerns must be a set of: {allowed}.</source>
        <translation>Die Anliegen müssen aus folgenden stammen: {allowed}.</translation>
    </message>
    <message>
        <source>The notes are finalised; add an amendment instead.</source>
        <translation>Die Notizen sind abgeschlossen; fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>This session has finalised notes, amendments or action items, so it stays with its client.</source>
        <translation>Diese Sitzung hat abgeschlossene Notizen, Nachträge oder Aufgaben und bleibt daher bei ihrem Klienten.</translation>
    </message>
    <message>
        <source>The notes are already finalised.</source>
        <translation>Die Notizen sind bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The notes are not finalised yet; edit them instead of amending.</source>
        <translation>Die Notizen sind noch nicht abgeschlossen; bearbeiten Sie sie, statt einen Nachtrag anzulegen.</translation>
    </message>
    <message>
        <source>Only a signed agreement has amendments; until it is signed, edit its terms.</source>
        <translation>Nur eine unterschriebene Vereinbarung hat Nachträge; bis zur Unterschrift bearbeiten Sie ihre Bedingungen.</translation>
    </message>
    <message>
        <source>An amendment is agreed after signing ({signed_on}), not before.</source>
        <translation>Ein Nachtrag wird nach der Unterschrift ({signed_on}) vereinbart, nicht davor.</translation>
    </message>
    <message>
        <source>The hours of coaching per supervision hour must be a number between 1 and 1,000, like 35.</source>
        <translation>Die Coaching-Stunden pro Supervisionsstunde müssen eine Zahl zwischen 1 und 1.000 sein, etwa 35.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <translation>„{name}“ muss Text sein.</translation>
    </message>
    <message>
        <source>The {name} contains characters that cannot be stored.</source>
        <translation>„{name}“ enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>The {name} contains a null character.</source>
        <translation>„{name}“ enthält ein Nullzeichen.</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>„{name}“ ist erforderlich.</translation>
    </message>
    <message>
        <source>The {name} is too long ({count:,} characters; at most {most:,}).</source>
        <translation>„{name}“ ist zu lang ({count:,} Zeichen; höchstens {most:,}).</translation>
    </message>
    <message>
        <source>The {name} must fit on one line.</source>
        <translation>„{name}“ muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>The {name} contains an invisible control character ({character}) at position {position}; remove it.</source>
        <translation>„{name}“ enthält an Position {position} ein unsichtbares Steuerzeichen ({character}); entfernen Sie es.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address (it should look like name@example.org).</source>
        <translation>„{address}“ ist keine E-Mail-Adresse (sie sollte wie name@example.org aussehen).</translation>
    </message>
    <message>
        <source>The {name} must be a whole number.</source>
        <translation>„{name}“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The {name} must be more than zero.</source>
        <translation>„{name}“ muss größer als null sein.</translation>
    </message>
    <message>
        <source>The {name} must be between {minimum:,} and {maximum:,}.</source>
        <translation>„{name}“ muss zwischen {minimum:,} und {maximum:,} liegen.</translation>
    </message>
    <message>
        <source>The {label} must be an amount of money.</source>
        <translation>„{label}“ muss ein Geldbetrag sein.</translation>
    </message>
    <message>
        <source>The {label} must be an amount of money, like 150.00.</source>
        <translation>„{label}“ muss ein Geldbetrag sein, etwa 150.00.</translation>
    </message>
    <message>
        <source>The {label} has more than two decimal places.</source>
        <translation>„{label}“ hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use three letters such as EUR or GBP.</source>
        <translation>„{code}“ ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR oder GBP.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code in ISO 4217; use one such as EUR or GBP.</source>
        <translation>„{code}“ ist kein Währungscode nach ISO 4217; verwenden Sie einen wie EUR oder GBP.</translation>
    </message>
    <message>
        <source>Choose the {name}.</source>
        <translation>Wählen Sie „{name}“.</translation>
    </message>
    <message>
        <source>The {name} must be one of: {allowed}.</source>
        <translation>„{name}“ muss eines hiervon sein: {allowed}.</translation>
    </message>
    <message>
        <source>The {name} must be a date.</source>
        <translation>„{name}“ muss ein Datum sein.</translation>
    </message>
    <message>
        <source>The {name} must be a date like 2026-03-14.</source>
        <translation>„{name}“ muss ein Datum wie 2026-03-14 sein.</translation>
    </message>
    <message>
        <source>The {name} ({day}) is not a plausible date.</source>
        <translation>„{name}“ ({day}) ist kein plausibles Datum.</translation>
    </message>
    <message>
        <source>The {name} must be a date and time.</source>
        <translation>„{name}“ muss Datum und Uhrzeit sein.</translation>
    </message>
    <message>
        <source>The {name} needs a time zone.</source>
        <translation>„{name}“ braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The {name} is not a plausible date.</source>
        <translation>„{name}“ ist kein plausibles Datum.</translation>
    </message>
    <message>
        <source>The {name} is before the start.</source>
        <translation>„{name}“ liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>No such record ({name}).</source>
        <translation>Kein solcher Eintrag ({name}).</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone CoachDesk knows. Choose one from the list, written as region/city (for example Europe/Lisbon or America/New_York).</source>
        <translation>„{zone}“ ist keine Zeitzone, die CoachDesk kennt. Wählen Sie eine aus der Liste, geschrieben als Region/Stadt (etwa Europe/Berlin oder America/New_York).</translation>
    </message>
    <message>
        <source>The {name} must be yes or no.</source>
        <translation>„{name}“ muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>Choose the language documents print in.</source>
        <translation>Wählen Sie die Sprache, in der Dokumente gedruckt werden.</translation>
    </message>
    <message>
        <source>The document language must be a language code such as en, de or fr.</source>
        <translation>Die Dokumentsprache muss ein Sprachcode wie en, de oder fr sein.</translation>
    </message>
    <message>
        <source>“{value}” is not a language documents print in. Choose one of: {known}.</source>
        <translation>„{value}“ ist keine Sprache, in der Dokumente gedruckt werden. Wählen Sie eine davon: {known}.</translation>
    </message>
    <message>
        <source>That {label} no longer exists.</source>
        <translation>„{label}“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Renewal of your ICF {level}, due {due}</source>
        <translation>Verlängerung Ihrer ICF-{level}, fällig am {due}</translation>
    </message>
    <message>
        <source>{remaining} more clients ({achieved} so far)</source>
        <translation>noch {remaining} Klienten (bisher {achieved})</translation>
    </message>
    <message>
        <source>{remaining} more hours ({achieved} so far)</source>
        <translation>noch {remaining} Stunden (bisher {achieved})</translation>
    </message>
    <message>
        <source>{requirement}: {required}</source>
        <translation>{requirement}: {required}</translation>
    </message>
    <message>
        <source>Mentor coaching is counted since your {level} was awarded ({since}).</source>
        <translation>Mentor-Coaching zählt seit der Verleihung Ihrer {level} ({since}).</translation>
    </message>
    <message>
        <source>Applying for ICF {level}</source>
        <translation>Antrag auf ICF-{level}</translation>
    </message>
    <message>
        <source>{requirement} — met</source>
        <translation>{requirement} — erfüllt</translation>
    </message>
    <message>
        <source>{requirement} — missing {missing}</source>
        <translation>{requirement} — fehlt: {missing}</translation>
    </message>
    <message>
        <source>Mentor coaching: {hours} hours</source>
        <translation>Mentor-Coaching: {hours} Stunden</translation>
    </message>
    <message>
        <source>{amount} more hour of mentor coaching ({counted} of {hours} so far)</source>
        <translation>noch {amount} Stunde Mentor-Coaching (bisher {counted} von {hours})</translation>
    </message>
    <message>
        <source>{amount} more hours of mentor coaching ({counted} of {hours} so far)</source>
        <translation>noch {amount} Stunden Mentor-Coaching (bisher {counted} von {hours})</translation>
    </message>
    <message>
        <source>Mentor coaching</source>
        <translation>Mentor-Coaching</translation>
    </message>
    <message>
        <source>Mentor coaching one-to-one: at least {hours} hours</source>
        <translation>Mentor-Coaching einzeln: mindestens {hours} Stunden</translation>
    </message>
    <message>
        <source>{amount} more hour of one-to-one mentor coaching</source>
        <translation>noch {amount} Stunde Einzel-Mentor-Coaching</translation>
    </message>
    <message>
        <source>{amount} more hours of one-to-one mentor coaching</source>
        <translation>noch {amount} Stunden Einzel-Mentor-Coaching</translation>
    </message>
    <message>
        <source>Mentor coaching one-to-one</source>
        <translation>Mentor-Coaching einzeln</translation>
    </message>
    <message>
        <source>Mentor coaching spread over at least {months} months</source>
        <translation>Mentor-Coaching verteilt über mindestens {months} Monate</translation>
    </message>
    <message>
        <source>no mentor coaching yet</source>
        <translation>noch kein Mentor-Coaching</translation>
    </message>
    <message>
        <source>a session on or after {until} (the first was on {first})</source>
        <translation>eine Sitzung am {until} oder später (die erste war am {first})</translation>
    </message>
    <message>
        <source>Not counted: {count} session ({hours} hours) in groups of more than {size} participants.</source>
        <translation>Nicht gezählt: {count} Sitzung ({hours} Stunden) in Gruppen mit mehr als {size} Teilnehmenden.</translation>
    </message>
    <message>
        <source>Not counted: {count} sessions ({hours} hours) in groups of more than {size} participants.</source>
        <translation>Nicht gezählt: {count} Sitzungen ({hours} Stunden) in Gruppen mit mehr als {size} Teilnehmenden.</translation>
    </message>
    <message>
        <source> (Coaching Ethics units count here too)</source>
        <translation> (Einheiten in Coaching-Ethik zählen hier mit)</translation>
    </message>
    <message>
        <source>CCE: {units} units between {start} and {end}</source>
        <translation>CCE: {units} Einheiten zwischen {start} und {end}</translation>
    </message>
    <message>
        <source>{amount} more CCE unit ({total} so far)</source>
        <translation>noch {amount} CCE-Einheit (bisher {total})</translation>
    </message>
    <message>
        <source>{amount} more CCE units ({total} so far)</source>
        <translation>noch {amount} CCE-Einheiten (bisher {total})</translation>
    </message>
    <message>
        <source>CCE in Core Competencies: at least {units} units</source>
        <translation>CCE in Kernkompetenzen: mindestens {units} Einheiten</translation>
    </message>
    <message>
        <source>{amount} more Core Competencies unit</source>
        <translation>noch {amount} Einheit Kernkompetenzen</translation>
    </message>
    <message>
        <source>{amount} more Core Competencies units</source>
        <translation>noch {amount} Einheiten Kernkompetenzen</translation>
    </message>
    <message>
        <source>CCE in Coaching Ethics: at least {units} units</source>
        <translation>CCE in Coaching-Ethik: mindestens {units} Einheiten</translation>
    </message>
    <message>
        <source>{amount} more Coaching Ethics unit</source>
        <translation>noch {amount} Einheit Coaching-Ethik</translation>
    </message>
    <message>
        <source>{amount} more Coaching Ethics units</source>
        <translation>noch {amount} Einheiten Coaching-Ethik</translation>
    </message>
    <message>
        <source>Supervision: 1 hour per {ratio} hours of coaching ({coached} hours coached, {supervised} hours of supervision)</source>
        <translation>Supervision: 1 Stunde pro {ratio} Coaching-Stunden ({coached} Stunden gecoacht, {supervised} Stunden Supervision)</translation>
    </message>
    <message>
        <source>{amount} more hour of supervision</source>
        <translation>noch {amount} Stunde Supervision</translation>
    </message>
    <message>
        <source>{amount} more hours of supervision</source>
        <translation>noch {amount} Stunden Supervision</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Line {number} is not a vCard property (it has no colon).</source>
        <translation>Zeile {number} ist keine vCard-Eigenschaft (sie hat keinen Doppelpunkt).</translation>
    </message>
    <message>
        <source>The vault could not be read or written ({reason}).</source>
        <translation>Der Tresor konnte nicht gelesen oder geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new file name.</source>
        <translation>{name} existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>The backup could not be copied. {reason}</source>
        <translation>Die Sicherung konnte nicht kopiert werden. {reason}</translation>
    </message>
    <message>
        <source>{name} could not be renamed ({reason}).</source>
        <translation>{name} konnte nicht umbenannt werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is named in {count} referral; the referral record must keep who the client was referred to, so the professional cannot be deleted.</source>
        <translation>{name} ist in {count} Weiterverweisung genannt; der Eintrag muss festhalten, an wen der Klient verwiesen wurde, daher kann die Fachperson nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>{name} is named in {count} referrals; the referral record must keep who the client was referred to, so the professional cannot be deleted.</source>
        <translation>{name} ist in {count} Weiterverweisungen genannt; die Einträge müssen festhalten, an wen der Klient verwiesen wurde, daher kann die Fachperson nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>{name} sponsors {count} engagement; end or re-assign them before deleting it.</source>
        <translation>{name} ist Auftraggeber von {count} Coaching-Auftrag; beenden Sie ihn oder ordnen Sie ihn neu zu, bevor Sie die Organisation löschen.</translation>
    </message>
    <message>
        <source>{name} sponsors {count} engagements; end or re-assign them before deleting it.</source>
        <translation>{name} ist Auftraggeber von {count} Coaching-Aufträgen; beenden Sie sie oder ordnen Sie sie neu zu, bevor Sie die Organisation löschen.</translation>
    </message>
    <message>
        <source>Notes finalised in both copies: the second text was kept as an amendment.</source>
        <translation>In beiden Kopien abgeschlossene Notizen: Der zweite Text wurde als Nachtrag behalten.</translation>
    </message>
    <message>
        <source>Coaching hours</source>
        <translation>Coaching-Stunden</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Bezahlte Stunden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>10 hours of Mentor Coaching over a minimum of three months; at least 3 of the 10 hours one-to-one; group Mentor Coaching may count for up to 7 hours, in groups of no more than 10 participants.</source>
        <translation>10 Stunden Mentor-Coaching über mindestens drei Monate; mindestens 3 der 10 Stunden einzeln; Mentor-Coaching in der Gruppe zählt für bis zu 7 Stunden, in Gruppen von höchstens 10 Teilnehmenden.</translation>
    </message>
    <message>
        <source>An ACC renewing for the first time also needs 10 hours of Mentor Coaching, received since the credential was awarded; the same structure applies (3 hours one-to-one, groups of at most 10). Those hours may also be counted as Core Competencies CCE units.</source>
        <translation>Wer die ACC zum ersten Mal verlängert, braucht außerdem 10 Stunden Mentor-Coaching seit der Verleihung, im selben Aufbau (3 Stunden einzeln, Gruppen von höchstens 10). Diese Stunden zählen auch als CCE-Einheiten in Kernkompetenzen.</translation>
    </message>
    <message>
        <source>All ICF credentials are valid for three years. 40 Continuing Coach Education units each renewal cycle, at least 24 in Core Competencies, of which at least 3 in Coaching Ethics; the rest may be Resource Development. 1 hour = 1 CCE unit.</source>
        <translation>Alle ICF-Zertifizierungen gelten drei Jahre. 40 Einheiten Weiterbildung (Continuing Coach Education, CCE) je Verlängerungszyklus, mindestens 24 in Kernkompetenzen, davon mindestens 3 in Coaching-Ethik; der Rest darf Resource Development sein. 1 Stunde = 1 CCE-Einheit.</translation>
    </message>
    <message>
        <source>EMCC&apos;s guideline: about 1 hour of supervision for every 35 hours of coaching practice (a guide, not a fixed rule; change it to the ratio you work to).</source>
        <translation>Richtwert der EMCC: etwa 1 Stunde Supervision je 35 Stunden Coaching-Praxis (ein Richtwert, keine feste Regel; passen Sie ihn an Ihr Verhältnis an).</translation>
    </message>
    <message>
        <source>A refund is recorded against the credit note that took the money off the invoice.</source>
        <translation>Eine Rückerstattung wird zu der Rechnungskorrektur erfasst, die den Betrag von der Rechnung abgezogen hat.</translation>
    </message>
    <message>
        <source>No refund is due on credit note {number}: nothing was paid beyond what is owed.</source>
        <translation>Zur Rechnungskorrektur {number} ist keine Rückerstattung offen: Es wurde nicht mehr gezahlt als geschuldet.</translation>
    </message>
    <message>
        <source>That is more than the {amount} {currency} to refund on credit note {number}; record at most {amount}.</source>
        <translation>Das ist mehr als die {amount} {currency}, die zur Rechnungskorrektur {number} zu erstatten sind; erfassen Sie höchstens {amount}.</translation>
    </message>
    <message>
        <source>A refund cannot be dated before the credit note that makes it due.</source>
        <translation>Eine Rückerstattung kann nicht vor der Rechnungskorrektur datiert sein, die sie fällig macht.</translation>
    </message>
</context>
</TS>
