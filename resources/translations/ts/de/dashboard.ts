<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DashboardItems</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation>Versandt {day}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Fällig {day}</translation>
    </message>
    <message>
        <source>Overdue, due {day}</source>
        <translation>Überfällig, fällig {day}</translation>
    </message>
    <message>
        <source>Expires {day}</source>
        <translation>Läuft ab {day}</translation>
    </message>
    <message>
        <source>Raised {day}</source>
        <translation>Erfasst {day}</translation>
    </message>
    <message>
        <source>Follow up {day}</source>
        <translation>Nachfassen {day}</translation>
    </message>
    <message>
        <source>Follow-up was due {day}</source>
        <translation>Nachfassen war fällig {day}</translation>
    </message>
    <message>
        <source>Review since {day}</source>
        <translation>Zu prüfen seit {day}</translation>
    </message>
    <message>
        <source>No client named</source>
        <translation>Kein Klient angegeben</translation>
    </message>
    <message>
        <source>Tomorrow, {time}</source>
        <translation>Morgen, {time}</translation>
    </message>
    <message>
        <source>{weekday} {date}, {time}</source>
        <translation>{weekday} {date}, {time}</translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation>Entwurf, noch nicht versandt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
</context>
<context>
    <name>DashboardRenewal</name>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>Reports ▸ Credentials shows each requirement</source>
        <translation>Berichte ▸ Zertifizierungen zeigt jede Anforderung</translation>
    </message>
    <message>
        <source>{credential} renewal due {day}: everything it asks is in place</source>
        <translation>{credential}: Verlängerung fällig am {day}, alle Anforderungen erfüllt</translation>
    </message>
    <message>
        <source>{credential} renewal due {day} · missing: {items}</source>
        <translation>{credential}: Verlängerung fällig am {day} · fehlt: {items}</translation>
    </message>
    <message>
        <source>{title}: everything it asks is in place</source>
        <translation>{title}: alle Anforderungen erfüllt</translation>
    </message>
    <message>
        <source>{title} · {met} of {required} met · missing: {items}</source>
        <translation>{title} · {met} von {required} erfüllt · fehlt: {items}</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Heute keine Sitzungen.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>No sessions in the next 7 days.</source>
        <translation>Keine Sitzungen in den nächsten 7 Tagen.</translation>
    </message>
    <message>
        <source>Action items due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <source>No action items overdue or due in the next 7 days.</source>
        <translation>Keine Aufgaben überfällig oder in den nächsten 7 Tagen fällig.</translation>
    </message>
    <message>
        <source>Agreements awaiting signature</source>
        <translation>Vereinbarungen zur Unterschrift</translation>
    </message>
    <message>
        <source>No agreements awaiting signature.</source>
        <translation>Keine Vereinbarung wartet auf Unterschrift.</translation>
    </message>
    <message>
        <source>Consents expiring</source>
        <translation>Ablaufende Einwilligungen</translation>
    </message>
    <message>
        <source>No consents expiring in the next 30 days.</source>
        <translation>Keine Einwilligung läuft in den nächsten 30 Tagen ab.</translation>
    </message>
    <message>
        <source>Conflicts awaiting a decision</source>
        <translation>Offene Interessenkonflikte</translation>
    </message>
    <message>
        <source>No conflicts of interest awaiting a decision.</source>
        <translation>Kein Interessenkonflikt wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Weiterverweisungen nachfassen</translation>
    </message>
    <message>
        <source>No referrals due for follow-up.</source>
        <translation>Keine Weiterverweisung zum Nachfassen fällig.</translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation>Zu prüfende Unterlagen</translation>
    </message>
    <message>
        <source>No client&apos;s records are past the retention period.</source>
        <translation>Keine Klientenunterlagen über der Aufbewahrungsfrist.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Log a session…</source>
        <translation>Sitzung erfassen…</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Sitzung erfassen</translation>
    </message>
    <message>
        <source>Record a session that has just taken place ({keys})</source>
        <translation>Eine gerade beendete Sitzung erfassen ({keys})</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Invoices overdue</source>
        <translation>Überfällige Rechnungen</translation>
    </message>
    <message>
        <source>Sessions not yet invoiced</source>
        <translation>Noch nicht abgerechnete Sitzungen</translation>
    </message>
    <message>
        <source>Refunds due</source>
        <translation>Offene Rückerstattungen</translation>
    </message>
    <message>
        <source>Open Invoices</source>
        <translation>Rechnungen öffnen</translation>
    </message>
    <message>
        <source>The Invoices area, showing the overdue ones (or the refunds due) when there are any</source>
        <translation>Der Bereich Rechnungen, mit den überfälligen (oder den offenen Rückerstattungen), falls es welche gibt</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n versandt</numerusform>
            <numerusform>%n versandt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} · %n overdue</source>
        <translation>
            <numerusform>{count} · %n überfällig</numerusform>
            <numerusform>{count} · %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Complete your practice profile…</source>
        <translation>Praxisprofil vervollständigen…</translation>
    </message>
    <message>
        <source>Your name, credentials and code of ethics, as agreements and letters print them</source>
        <translation>Ihr Name, Ihre Zertifizierungen und Ihr Ethikkodex, wie Vereinbarungen und Schreiben sie drucken</translation>
    </message>
    <message>
        <source>Add your first client…</source>
        <translation>Ersten Klienten anlegen…</translation>
    </message>
    <message>
        <source>The person you coach; agreements and sessions follow from them</source>
        <translation>Die Person, die Sie coachen; Vereinbarungen und Sitzungen folgen daraus</translation>
    </message>
    <message>
        <source>Try the demo practice…</source>
        <translation>Demo-Praxis ausprobieren…</translation>
    </message>
    <message>
        <source>A fictional practice in a window of its own; your vault is not touched</source>
        <translation>Eine erfundene Praxis in einem eigenen Fenster; Ihr Tresor bleibt unberührt</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erste Schritte&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GettingPaidWords</name>
    <message numerus="yes">
        <source>%n invoice(s) overdue: </source>
        <translation>
            <numerusform>%n Rechnung überfällig: </numerusform>
            <numerusform>%n Rechnungen überfällig: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more engagement(s)</source>
        <translation>
            <numerusform>%n weiterer Coaching-Auftrag</numerusform>
            <numerusform>%n weitere Coaching-Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not yet invoiced: </source>
        <translation>
            <numerusform>%n Sitzung noch nicht abgerechnet: </numerusform>
            <numerusform>%n Sitzungen noch nicht abgerechnet: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) due</source>
        <translation>
            <numerusform>%n offene Rückerstattung</numerusform>
            <numerusform>%n offene Rückerstattungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) due: </source>
        <translation>
            <numerusform>%n offene Rückerstattung: </numerusform>
            <numerusform>%n offene Rückerstattungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation>Keine Rechnung ist überfällig.</translation>
    </message>
    <message>
        <source>, the oldest {payer} ({number})</source>
        <translation>, die älteste: {payer} ({number})</translation>
    </message>
    <message>
        <source> to {payer} ({number})</source>
        <translation> an {payer} ({number})</translation>
    </message>
    <message>
        <source>Every completed session is invoiced.</source>
        <translation>Jede abgeschlossene Sitzung ist abgerechnet.</translation>
    </message>
</context>
<context>
    <name>HoursTile</name>
    <message>
        <source>Coaching hours</source>
        <translation>Coaching-Stunden</translation>
    </message>
    <message>
        <source>Claimable for an ICF credential</source>
        <translation>Anrechenbar für eine ICF-Zertifizierung</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Reports shows every requirement of each credential</source>
        <translation>Unter Berichte steht jede Anforderung jeder Zertifizierung</translation>
    </message>
    <message>
        <source>Next credential</source>
        <translation>Nächste Zertifizierung</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{paid} paid · {pro_bono} pro bono</source>
        <translation>{paid} bezahlt · {pro_bono} pro bono</translation>
    </message>
    <message>
        <source>{credential} {done} of {needed} h</source>
        <translation>{credential} {done} von {needed} Std.</translation>
    </message>
    <message>
        <source>Towards {steps}</source>
        <translation>Auf dem Weg zu {steps}</translation>
    </message>
    <message>
        <source>Hours enough for every ICF credential</source>
        <translation>Genug Stunden für jede ICF-Zertifizierung</translation>
    </message>
</context>
</TS>
