<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoundaryIncidentDialog</name>
    <message>
        <source>Log a boundary incident</source>
        <translation>Consigner un incident de cadre</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Consigner l&apos;incident</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choose what happened…</source>
        <translation>Choisissez ce qui s&apos;est passé…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>e.g. Declined the gift and explained why</source>
        <translation>p. ex. Cadeau refusé en expliquant pourquoi</translation>
    </message>
</context>
<context>
    <name>ConflictDecisionDialog</name>
    <message>
        <source>Proceed with safeguards</source>
        <translation>Poursuivre avec des garde-fous</translation>
    </message>
    <message>
        <source>Decline the work</source>
        <translation>Refuser la mission</translation>
    </message>
    <message>
        <source>Refer the client to another coach</source>
        <translation>Orienter le client vers un autre coach</translation>
    </message>
    <message>
        <source>Decide on a conflict</source>
        <translation>Décider d&apos;un conflit</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Consigner la décision</translation>
    </message>
    <message>
        <source>The conflict</source>
        <translation>Le conflit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>e.g. Told both clients; I will not discuss one with the other or with HR</source>
        <translation>p. ex. Les deux clients sont informés&#xa0;; je ne parlerai de l&apos;un ni à l&apos;autre ni aux RH</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>e.g. The coach also coaches another person at the same organisation. Never another client&apos;s name or anything that identifies them.</source>
        <translation>p. ex. Le coach accompagne aussi une autre personne de la même organisation. Jamais le nom d&apos;un autre client ni rien qui permette de l&apos;identifier.</translation>
    </message>
    <message>
        <source>Wording for the agreement</source>
        <translation>Formulation pour la convention</translation>
    </message>
    <message>
        <source>No other client</source>
        <translation>Aucun autre client</translation>
    </message>
    <message>
        <source>Also concerns</source>
        <translation>Concerne aussi</translation>
    </message>
    <message>
        <source>Agreed to be named, on</source>
        <translation>A accepté d&apos;être nommé, le</translation>
    </message>
    <message>
        <source>Consent to be named</source>
        <translation>Consentement à être nommé</translation>
    </message>
    <message>
        <source>Names in the wording</source>
        <translation>Noms dans la formulation</translation>
    </message>
    <message>
        <source>Names a client: {names}. The agreement may not name another client.</source>
        <translation>Nomme un client&#xa0;: {names}. La convention ne peut pas nommer un autre client.</translation>
    </message>
    <message>
        <source>Names {names}, whom you know at an organisation: is that needed?</source>
        <translation>Nomme {names}, que vous connaissez dans une organisation&#xa0;: est-ce nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>{kind}: {description}
(Your own note; the agreement prints only the wording below.)</source>
        <translation>{kind}&#xa0;: {description}
(Votre note personnelle&#xa0;; la convention n&apos;imprime que la formulation ci-dessous.)</translation>
    </message>
    <message>
        <source>Choose what you decided.</source>
        <translation>Choisissez ce que vous avez décidé.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Modifier le consentement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Choose what the client agreed to…</source>
        <translation>Choisissez ce que le client a accepté…</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consentement à</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Who may receive it, e.g. Dr Ana Ruiz or Acme Ltd</source>
        <translation>Qui peut le recevoir, p. ex. Dr Ana Ruiz ou Acme SARL</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>e.g. signed form of 3 March; e-mail of 4 March</source>
        <translation>p. ex. formulaire signé du 3 mars&#xa0;; e-mail du 4 mars</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Peut être partagé</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Consigner une divulgation</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Consigner la divulgation</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Divulgué le</translation>
    </message>
    <message>
        <source>Choose the basis…</source>
        <translation>Choisir le fondement…</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Disclosed to</source>
        <translation>Divulgué à</translation>
    </message>
    <message>
        <source>Person or body, e.g. the client&apos;s GP, the police</source>
        <translation>Personne ou organisme, p. ex. le médecin traitant du client, la police</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Ce qui a été divulgué</translation>
    </message>
    <message>
        <source>The client has been told</source>
        <translation>Le client a été informé</translation>
    </message>
    <message>
        <source>Client told</source>
        <translation>Client informé</translation>
    </message>
</context>
<context>
    <name>EthicsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>EthicsView</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <source>No conflict of interest is waiting for your decision.</source>
        <translation>Aucun conflit d&apos;intérêts n&apos;attend votre décision.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>No consent expires in the next 30 days, and none was withdrawn in the last year.</source>
        <translation>Aucun consentement n&apos;expire dans les 30 prochains jours, et aucun n&apos;a été retiré depuis un an.</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgations</translation>
    </message>
    <message>
        <source>No confidential information has been disclosed.</source>
        <translation>Aucune information confidentielle n&apos;a été divulguée.</translation>
    </message>
    <message>
        <source>Referral follow-ups</source>
        <translation>Suivis d&apos;orientation</translation>
    </message>
    <message>
        <source>No referral is waiting for a follow-up.</source>
        <translation>Aucune orientation n&apos;attend de suivi.</translation>
    </message>
    <message>
        <source>Boundary incidents</source>
        <translation>Incidents de cadre</translation>
    </message>
    <message>
        <source>No boundary incident has been logged.</source>
        <translation>Aucun incident de cadre n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>Your ethics record: what waits for a decision or a follow-up is in bold. Open any line with Enter or a double-click.</source>
        <translation>Votre registre éthique&#xa0;: ce qui attend une décision ou un suivi est en gras. Ouvrez une ligne avec Entrée ou un double-clic.</translation>
    </message>
    <message>
        <source>Ethics record</source>
        <translation>Registre éthique</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>What was sent under it</source>
        <translation>Ce qui a été envoyé à ce titre</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Consigner une divulgation…</translation>
    </message>
    <message>
        <source>Log an incident…</source>
        <translation>Consigner un incident…</translation>
    </message>
    <message>
        <source>%1&apos;s consent (%2)</source>
        <translation>Consentement de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Nothing has left the vault yet. Every document you export or print is listed here: when, about whom, to whom, on what basis, and the fingerprint (SHA-256) of exactly what left.</source>
        <translation>Rien n&apos;a encore quitté le coffre. Chaque document que vous exportez ou imprimez figure ici&#xa0;: quand, à propos de qui, pour qui, sur quel fondement, avec l&apos;empreinte (SHA-256) exacte de ce qui est sorti.</translation>
    </message>
    <message>
        <source>Nothing has been sent under this consent.</source>
        <translation>Rien n&apos;a été envoyé au titre de ce consentement.</translation>
    </message>
    <message>
        <source>{what} to {recipient}, {day}</source>
        <translation>{what} à {recipient}, {day}</translation>
    </message>
    <message>
        <source>Sent under this consent: %1.</source>
        <translation>Envoyé au titre de ce consentement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Search what was sent, to whom…</source>
        <translation>Rechercher ce qui a été envoyé, à qui…</translation>
    </message>
    <message>
        <source>Search the outbound ledger</source>
        <translation>Rechercher dans le registre des sorties</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent under %1: %2.</source>
        <translation>Envoyé au titre de %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
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
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Before the work starts, check for anything that could affect your objectivity or the client&apos;s trust. Each item recorded here waits for your decision in the Ethics area.</source>
        <translation>Avant de commencer, vérifiez tout ce qui pourrait nuire à votre objectivité ou à la confiance du client. Chaque point consigné ici attend votre décision dans l&apos;espace Éthique.</translation>
    </message>
    <message>
        <source>Your records show:</source>
        <translation>Vos dossiers indiquent&#xa0;:</translation>
    </message>
    <message>
        <source>Your records show no conflict with other clients, sponsors or the directory.</source>
        <translation>Vos dossiers n&apos;indiquent aucun conflit avec d&apos;autres clients, commanditaires ou l&apos;annuaire.</translation>
    </message>
    <message>
        <source>What your records show</source>
        <translation>Ce qu&apos;indiquent vos dossiers</translation>
    </message>
    <message>
        <source>Leave empty for no, or say what it is</source>
        <translation>Laisser vide pour non, ou préciser de quoi il s&apos;agit</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Already on record for this client</source>
        <translation>Déjà consigné pour ce client</translation>
    </message>
    <message>
        <source>(not asked again):</source>
        <translation>(pas redemandé)&#xa0;:</translation>
    </message>
    <message>
        <source>Below, only what is new with this agreement.</source>
        <translation>Ci-dessous, seulement ce qui est nouveau avec cette convention.</translation>
    </message>
    <message>
        <source>Nothing is on record about this client (the questions about them are asked when a client is added). Below, only what is new with this agreement.</source>
        <translation>Rien n&apos;est consigné sur ce client (les questions le concernant sont posées à l&apos;ajout d&apos;un client). Ci-dessous, seulement ce qui est nouveau avec cette convention.</translation>
    </message>
</context>
<context>
    <name>SharedItemsBox</name>
    <message>
        <source>May be shared</source>
        <translation>Peut être partagé</translation>
    </message>
    <message>
        <source>Contact details (e-mail, telephone)</source>
        <translation>Coordonnées (e-mail, téléphone)</translation>
    </message>
    <message>
        <source>The reason in the client&apos;s own words</source>
        <translation>Le motif dans les mots du client</translation>
    </message>
    <message>
        <source>Dates of coaching (sessions held)</source>
        <translation>Dates du coaching (séances tenues)</translation>
    </message>
    <message>
        <source>Coaching goals the client has agreed</source>
        <translation>Objectifs de coaching acceptés par le client</translation>
    </message>
    <message>
        <source>A summary the client has read</source>
        <translation>Un résumé lu par le client</translation>
    </message>
    <message>
        <source>The reason for referral is always shared. Tick what else the client agreed to:</source>
        <translation>Le motif de l&apos;orientation est toujours partagé. Cochez ce que le client a accepté en plus&#xa0;:</translation>
    </message>
    <message>
        <source>Anything else, in one line (optional)</source>
        <translation>Autre chose, en une ligne (facultatif)</translation>
    </message>
    <message>
        <source>Anything else to share</source>
        <translation>Autre chose à partager</translation>
    </message>
    <message>
        <source>The recipient may tell me whether they can offer an appointment</source>
        <translation>Le destinataire peut me dire s&apos;il peut proposer un rendez-vous</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The consent</source>
        <translation>Le consentement</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>{scope} with {recipient}</source>
        <translation>{scope} avec {recipient}</translation>
    </message>
    <message>
        <source>{client} withdraws their consent ({what}). From this date, no sponsor report or referral letter relying on it can be written, and it no longer counts anywhere in CoachDesk.</source>
        <translation>{client} retire son consentement ({what}). À partir de cette date, aucun rapport au commanditaire ni aucune lettre d&apos;orientation ne peut s&apos;appuyer dessus, et il ne compte plus nulle part dans CoachDesk.</translation>
    </message>
</context>
</TS>
