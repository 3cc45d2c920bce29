<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoundaryIncidentDialog</name>
    <message>
        <source>Log a boundary incident</source>
        <translation>Grenzverletzung erfassen</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Vorfall erfassen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choose what happened…</source>
        <translation>Wählen Sie, was geschah…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was Sie getan haben</translation>
    </message>
    <message>
        <source>e.g. Declined the gift and explained why</source>
        <translation>z. B. Geschenk abgelehnt und den Grund erklärt</translation>
    </message>
</context>
<context>
    <name>ConflictDecisionDialog</name>
    <message>
        <source>Proceed with safeguards</source>
        <translation>Mit Schutzmaßnahmen fortfahren</translation>
    </message>
    <message>
        <source>Decline the work</source>
        <translation>Auftrag ablehnen</translation>
    </message>
    <message>
        <source>Refer the client to another coach</source>
        <translation>Klienten an einen anderen Coach verweisen</translation>
    </message>
    <message>
        <source>Decide on a conflict</source>
        <translation>Über einen Konflikt entscheiden</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>The conflict</source>
        <translation>Der Konflikt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>e.g. Told both clients; I will not discuss one with the other or with HR</source>
        <translation>z. B. Beide Klienten informiert; ich spreche weder mit dem einen über den anderen noch mit der Personalabteilung</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>e.g. The coach also coaches another person at the same organisation. Never another client&apos;s name or anything that identifies them.</source>
        <translation>z. B. Der Coach coacht auch eine andere Person derselben Organisation. Nie den Namen eines anderen Klienten oder etwas, das ihn erkennbar macht.</translation>
    </message>
    <message>
        <source>Wording for the agreement</source>
        <translation>Wortlaut für die Vereinbarung</translation>
    </message>
    <message>
        <source>No other client</source>
        <translation>Kein anderer Klient</translation>
    </message>
    <message>
        <source>Also concerns</source>
        <translation>Betrifft auch</translation>
    </message>
    <message>
        <source>Agreed to be named, on</source>
        <translation>Namensnennung zugestimmt am</translation>
    </message>
    <message>
        <source>Consent to be named</source>
        <translation>Einwilligung zur Namensnennung</translation>
    </message>
    <message>
        <source>Names in the wording</source>
        <translation>Namen im Wortlaut</translation>
    </message>
    <message>
        <source>Names a client: {names}. The agreement may not name another client.</source>
        <translation>Nennt einen Klienten: {names}. Die Vereinbarung darf keinen anderen Klienten nennen.</translation>
    </message>
    <message>
        <source>Names {names}, whom you know at an organisation: is that needed?</source>
        <translation>Nennt {names}, die Sie aus einer Organisation kennen: Ist das nötig?</translation>
    </message>
    <message>
        <source>{kind}: {description}
(Your own note; the agreement prints only the wording below.)</source>
        <translation>{kind}: {description}
(Ihre eigene Notiz; die Vereinbarung druckt nur den Wortlaut unten.)</translation>
    </message>
    <message>
        <source>Choose what you decided.</source>
        <translation>Wählen Sie, was Sie entschieden haben.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Einwilligung bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Choose what the client agreed to…</source>
        <translation>Wählen Sie, worin der Klient eingewilligt hat…</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Einwilligung in</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Weitergabe an</translation>
    </message>
    <message>
        <source>Who may receive it, e.g. Dr Ana Ruiz or Acme Ltd</source>
        <translation>Wer es erhalten darf, z. B. Dr. Ana Ruiz oder Acme GmbH</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>e.g. signed form of 3 March; e-mail of 4 March</source>
        <translation>z. B. unterschriebenes Formular vom 3. März; E-Mail vom 4. März</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Darf weitergegeben werden</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Offenlegung erfassen</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Offenlegung erfassen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Offengelegt am</translation>
    </message>
    <message>
        <source>Choose the basis…</source>
        <translation>Grundlage wählen…</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Disclosed to</source>
        <translation>Offengelegt gegenüber</translation>
    </message>
    <message>
        <source>Person or body, e.g. the client&apos;s GP, the police</source>
        <translation>Person oder Stelle, z. B. Hausarzt des Klienten, Polizei</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Was offengelegt wurde</translation>
    </message>
    <message>
        <source>The client has been told</source>
        <translation>Der Klient wurde informiert</translation>
    </message>
    <message>
        <source>Client told</source>
        <translation>Klient informiert</translation>
    </message>
</context>
<context>
    <name>EthicsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>EthicsView</name>
    <message>
        <source>Open conflicts</source>
        <translation>Offene Konflikte</translation>
    </message>
    <message>
        <source>No conflict of interest is waiting for your decision.</source>
        <translation>Kein Interessenkonflikt wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>No consent expires in the next 30 days, and none was withdrawn in the last year.</source>
        <translation>Keine Einwilligung läuft in den nächsten 30 Tagen ab, und keine wurde im letzten Jahr widerrufen.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Offenlegungen</translation>
    </message>
    <message>
        <source>No confidential information has been disclosed.</source>
        <translation>Es wurden keine vertraulichen Informationen offengelegt.</translation>
    </message>
    <message>
        <source>Referral follow-ups</source>
        <translation>Weiterverweisungen nachfassen</translation>
    </message>
    <message>
        <source>No referral is waiting for a follow-up.</source>
        <translation>Keine Weiterverweisung wartet auf Nachfassen.</translation>
    </message>
    <message>
        <source>Boundary incidents</source>
        <translation>Grenzverletzungen</translation>
    </message>
    <message>
        <source>No boundary incident has been logged.</source>
        <translation>Es wurde keine Grenzverletzung erfasst.</translation>
    </message>
    <message>
        <source>Your ethics record: what waits for a decision or a follow-up is in bold. Open any line with Enter or a double-click.</source>
        <translation>Ihr Ethikprotokoll: Was auf eine Entscheidung oder ein Nachfassen wartet, ist fett. Öffnen Sie eine Zeile mit der Eingabetaste oder einem Doppelklick.</translation>
    </message>
    <message>
        <source>Ethics record</source>
        <translation>Ethikprotokoll</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>What was sent under it</source>
        <translation>Was damit versendet wurde</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Offenlegung erfassen…</translation>
    </message>
    <message>
        <source>Log an incident…</source>
        <translation>Vorfall erfassen…</translation>
    </message>
    <message>
        <source>%1&apos;s consent (%2)</source>
        <translation>Einwilligung von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Nothing has left the vault yet. Every document you export or print is listed here: when, about whom, to whom, on what basis, and the fingerprint (SHA-256) of exactly what left.</source>
        <translation>Noch hat nichts den Tresor verlassen. Jedes Dokument, das Sie exportieren oder drucken, steht hier: wann, über wen, an wen, auf welcher Grundlage und mit dem Fingerabdruck (SHA-256) genau dessen, was hinausging.</translation>
    </message>
    <message>
        <source>Nothing has been sent under this consent.</source>
        <translation>Mit dieser Einwilligung wurde nichts versendet.</translation>
    </message>
    <message>
        <source>{what} to {recipient}, {day}</source>
        <translation>{what} an {recipient}, {day}</translation>
    </message>
    <message>
        <source>Sent under this consent: %1.</source>
        <translation>Mit dieser Einwilligung versendet: %1.</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Search what was sent, to whom…</source>
        <translation>Suchen, was an wen ging…</translation>
    </message>
    <message>
        <source>Search the outbound ledger</source>
        <translation>Ausgangsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Klienten</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Dieser Klient</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 Dokument</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent under %1: %2.</source>
        <translation>Versendet mit %1: %2.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Conflicts of interest</source>
        <translation>Interessenkonflikte</translation>
    </message>
    <message>
        <source>Before the work starts, check for anything that could affect your objectivity or the client&apos;s trust. Each item recorded here waits for your decision in the Ethics area.</source>
        <translation>Prüfen Sie vor Beginn der Arbeit, ob etwas Ihre Objektivität oder das Vertrauen des Klienten beeinträchtigen könnte. Jeder hier erfasste Punkt wartet im Bereich Ethik auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Your records show:</source>
        <translation>Ihre Unterlagen zeigen:</translation>
    </message>
    <message>
        <source>Your records show no conflict with other clients, sponsors or the directory.</source>
        <translation>Ihre Unterlagen zeigen keinen Konflikt mit anderen Klienten, Auftraggebern oder dem Verzeichnis.</translation>
    </message>
    <message>
        <source>What your records show</source>
        <translation>Was Ihre Unterlagen zeigen</translation>
    </message>
    <message>
        <source>Leave empty for no, or say what it is</source>
        <translation>Leer lassen für Nein, oder sagen Sie, was es ist</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Already on record for this client</source>
        <translation>Für diesen Klienten bereits erfasst</translation>
    </message>
    <message>
        <source>(not asked again):</source>
        <translation>(wird nicht erneut gefragt):</translation>
    </message>
    <message>
        <source>Below, only what is new with this agreement.</source>
        <translation>Unten nur, was mit dieser Vereinbarung neu ist.</translation>
    </message>
    <message>
        <source>Nothing is on record about this client (the questions about them are asked when a client is added). Below, only what is new with this agreement.</source>
        <translation>Zu diesem Klienten ist nichts erfasst (die Fragen zu ihm werden beim Anlegen eines Klienten gestellt). Unten nur, was mit dieser Vereinbarung neu ist.</translation>
    </message>
</context>
<context>
    <name>SharedItemsBox</name>
    <message>
        <source>May be shared</source>
        <translation>Darf weitergegeben werden</translation>
    </message>
    <message>
        <source>Contact details (e-mail, telephone)</source>
        <translation>Kontaktdaten (E-Mail, Telefon)</translation>
    </message>
    <message>
        <source>The reason in the client&apos;s own words</source>
        <translation>Der Anlass in den eigenen Worten des Klienten</translation>
    </message>
    <message>
        <source>Dates of coaching (sessions held)</source>
        <translation>Coaching-Termine (stattgefundene Sitzungen)</translation>
    </message>
    <message>
        <source>Coaching goals the client has agreed</source>
        <translation>Vom Klienten freigegebene Coaching-Ziele</translation>
    </message>
    <message>
        <source>A summary the client has read</source>
        <translation>Eine Zusammenfassung, die der Klient gelesen hat</translation>
    </message>
    <message>
        <source>The reason for referral is always shared. Tick what else the client agreed to:</source>
        <translation>Der Anlass der Weiterverweisung wird immer weitergegeben. Wählen Sie, worin der Klient außerdem eingewilligt hat:</translation>
    </message>
    <message>
        <source>Anything else, in one line (optional)</source>
        <translation>Sonstiges, in einer Zeile (optional)</translation>
    </message>
    <message>
        <source>Anything else to share</source>
        <translation>Sonstiges zur Weitergabe</translation>
    </message>
    <message>
        <source>The recipient may tell me whether they can offer an appointment</source>
        <translation>Die Empfängerin oder der Empfänger darf mir mitteilen, ob ein Termin möglich ist</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>The consent</source>
        <translation>Die Einwilligung</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>{scope} with {recipient}</source>
        <translation>{scope} mit {recipient}</translation>
    </message>
    <message>
        <source>{client} withdraws their consent ({what}). From this date, no sponsor report or referral letter relying on it can be written, and it no longer counts anywhere in CoachDesk.</source>
        <translation>{client} widerruft die Einwilligung ({what}). Ab diesem Datum kann kein Bericht an den Auftraggeber und kein Verweisungsschreiben mehr darauf gestützt werden, und sie zählt nirgends mehr in CoachDesk.</translation>
    </message>
</context>
</TS>
