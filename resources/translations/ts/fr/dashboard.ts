<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardItems</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation>Envoyée {day}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Échéance {day}</translation>
    </message>
    <message>
        <source>Overdue, due {day}</source>
        <translation>En retard, échéance {day}</translation>
    </message>
    <message>
        <source>Expires {day}</source>
        <translation>Expire {day}</translation>
    </message>
    <message>
        <source>Raised {day}</source>
        <translation>Signalé {day}</translation>
    </message>
    <message>
        <source>Follow up {day}</source>
        <translation>Relancer {day}</translation>
    </message>
    <message>
        <source>Follow-up was due {day}</source>
        <translation>Relance prévue {day}</translation>
    </message>
    <message>
        <source>Review since {day}</source>
        <translation>À examiner depuis {day}</translation>
    </message>
    <message>
        <source>No client named</source>
        <translation>Aucun client indiqué</translation>
    </message>
    <message>
        <source>Tomorrow, {time}</source>
        <translation>Demain, {time}</translation>
    </message>
    <message>
        <source>{weekday} {date}, {time}</source>
        <translation>{weekday} {date}, {time}</translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation>Brouillon non envoyé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
</context>
<context>
    <name>DashboardRenewal</name>
    <message>
        <source>Next renewal</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>Reports ▸ Credentials shows each requirement</source>
        <translation>Rapports ▸ Accréditations détaille chaque exigence</translation>
    </message>
    <message>
        <source>{credential} renewal due {day}: everything it asks is in place</source>
        <translation>{credential} : renouvellement le {day}, toutes les exigences sont remplies</translation>
    </message>
    <message>
        <source>{credential} renewal due {day} · missing: {items}</source>
        <translation>{credential} : renouvellement le {day} · manque : {items}</translation>
    </message>
    <message>
        <source>{title}: everything it asks is in place</source>
        <translation>{title} : toutes les exigences sont remplies</translation>
    </message>
    <message>
        <source>{title} · {met} of {required} met · missing: {items}</source>
        <translation>{title} · {met} sur {required} remplies · manque : {items}</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Aucune séance aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>No sessions in the next 7 days.</source>
        <translation>Aucune séance dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Action items due</source>
        <translation>Actions à échéance</translation>
    </message>
    <message>
        <source>No action items overdue or due in the next 7 days.</source>
        <translation>Aucune action en retard ni à échéance dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Agreements awaiting signature</source>
        <translation>Conventions en attente de signature</translation>
    </message>
    <message>
        <source>No agreements awaiting signature.</source>
        <translation>Aucune convention en attente de signature.</translation>
    </message>
    <message>
        <source>Consents expiring</source>
        <translation>Consentements arrivant à échéance</translation>
    </message>
    <message>
        <source>No consents expiring in the next 30 days.</source>
        <translation>Aucun consentement n&apos;expire dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Conflicts awaiting a decision</source>
        <translation>Conflits en attente de décision</translation>
    </message>
    <message>
        <source>No conflicts of interest awaiting a decision.</source>
        <translation>Aucun conflit d&apos;intérêts en attente de décision.</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Orientations à suivre</translation>
    </message>
    <message>
        <source>No referrals due for follow-up.</source>
        <translation>Aucune orientation à relancer.</translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation>Dossiers à examiner</translation>
    </message>
    <message>
        <source>No client&apos;s records are past the retention period.</source>
        <translation>Aucun dossier client n&apos;a dépassé la durée de conservation.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Log a session…</source>
        <translation>Saisir une séance…</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Saisir une séance</translation>
    </message>
    <message>
        <source>Record a session that has just taken place ({keys})</source>
        <translation>Enregistrer une séance qui vient d&apos;avoir lieu ({keys})</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Invoices overdue</source>
        <translation>Factures en retard</translation>
    </message>
    <message>
        <source>Sessions not yet invoiced</source>
        <translation>Séances pas encore facturées</translation>
    </message>
    <message>
        <source>Refunds due</source>
        <translation>Remboursements dus</translation>
    </message>
    <message>
        <source>Open Invoices</source>
        <translation>Ouvrir les factures</translation>
    </message>
    <message>
        <source>The Invoices area, showing the overdue ones (or the refunds due) when there are any</source>
        <translation>L’espace Factures, avec celles en retard (ou les remboursements dus) s’il y en a</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} · %n overdue</source>
        <translation>
            <numerusform>{count} · %n en retard</numerusform>
            <numerusform>{count} · %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Complete your practice profile…</source>
        <translation>Compléter le profil du cabinet…</translation>
    </message>
    <message>
        <source>Your name, credentials and code of ethics, as agreements and letters print them</source>
        <translation>Votre nom, vos accréditations et votre code de déontologie, tels qu&apos;ils figurent sur les conventions et les lettres</translation>
    </message>
    <message>
        <source>Add your first client…</source>
        <translation>Ajouter votre premier client…</translation>
    </message>
    <message>
        <source>The person you coach; agreements and sessions follow from them</source>
        <translation>La personne que vous accompagnez ; conventions et séances en découlent</translation>
    </message>
    <message>
        <source>Try the demo practice…</source>
        <translation>Essayer le cabinet de démonstration…</translation>
    </message>
    <message>
        <source>A fictional practice in a window of its own; your vault is not touched</source>
        <translation>Un cabinet fictif dans sa propre fenêtre ; votre coffre n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pour commencer&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GettingPaidWords</name>
    <message numerus="yes">
        <source>%n invoice(s) overdue: </source>
        <translation>
            <numerusform>%n facture en retard : </numerusform>
            <numerusform>%n factures en retard : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more engagement(s)</source>
        <translation>
            <numerusform>%n autre accompagnement</numerusform>
            <numerusform>%n autres accompagnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not yet invoiced: </source>
        <translation>
            <numerusform>%n séance pas encore facturée : </numerusform>
            <numerusform>%n séances pas encore facturées : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) due</source>
        <translation>
            <numerusform>%n remboursement dû</numerusform>
            <numerusform>%n remboursements dus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) due: </source>
        <translation>
            <numerusform>%n remboursement dû : </numerusform>
            <numerusform>%n remboursements dus : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No invoice is overdue.</source>
        <translation>Aucune facture n&apos;est en retard.</translation>
    </message>
    <message>
        <source>, the oldest {payer} ({number})</source>
        <translation>, la plus ancienne : {payer} ({number})</translation>
    </message>
    <message>
        <source> to {payer} ({number})</source>
        <translation> à {payer} ({number})</translation>
    </message>
    <message>
        <source>Every completed session is invoiced.</source>
        <translation>Toutes les séances réalisées sont facturées.</translation>
    </message>
</context>
<context>
    <name>HoursTile</name>
    <message>
        <source>Coaching hours</source>
        <translation>Heures de coaching</translation>
    </message>
    <message>
        <source>Claimable for an ICF credential</source>
        <translation>Comptent pour l&apos;accréditation ICF</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>Reports shows every requirement of each credential</source>
        <translation>Les rapports détaillent chaque exigence de chaque accréditation</translation>
    </message>
    <message>
        <source>Next credential</source>
        <translation>Prochaine accréditation</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{paid} paid · {pro_bono} pro bono</source>
        <translation>{paid} rémunérées · {pro_bono} pro bono</translation>
    </message>
    <message>
        <source>{credential} {done} of {needed} h</source>
        <translation>{credential} {done} sur {needed} h</translation>
    </message>
    <message>
        <source>Towards {steps}</source>
        <translation>Vers {steps}</translation>
    </message>
    <message>
        <source>Hours enough for every ICF credential</source>
        <translation>Assez d’heures pour toutes les accréditations ICF</translation>
    </message>
</context>
</TS>
