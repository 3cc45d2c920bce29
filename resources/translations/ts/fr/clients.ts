<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClientDetailPane</name>
    <message>
        <source>Select a client to see their record</source>
        <translation>Choisissez un client pour voir son dossier</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The client&apos;s profile</source>
        <translation>Le profil du client</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <source>Coaching agreements with this client</source>
        <translation>Conventions de coaching avec ce client</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Sessions with this client</source>
        <translation>Séances avec ce client</translation>
    </message>
    <message>
        <source>Goals &amp;&amp; actions</source>
        <translation>Objectifs &amp;&amp; actions</translation>
    </message>
    <message>
        <source>Goals and action items</source>
        <translation>Objectifs et actions</translation>
    </message>
    <message>
        <source>Referrals &amp;&amp; consents</source>
        <translation>Orientations &amp;&amp; consentements</translation>
    </message>
    <message>
        <source>Referrals and consents</source>
        <translation>Orientations et consentements</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Everything dated about this client, newest first</source>
        <translation>Tout ce qui est daté pour ce client, le plus récent d&apos;abord</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Dossier du client</translation>
    </message>
    <message>
        <source>Client summary</source>
        <translation>Résumé du client</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit this client&apos;s profile</source>
        <translation>Modifier le profil de ce client</translation>
    </message>
    <message>
        <source>Client record tabs</source>
        <translation>Onglets du dossier client</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>No sessions with this client yet.</source>
        <translation>Aucune séance avec ce client pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing dated about this client yet.</source>
        <translation>Rien de daté pour ce client pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Their profile, engagements, sessions, goals, referrals, consents, conflicts and a timeline of everything dated will appear here.</source>
        <translation>Son profil, ses accompagnements, séances, objectifs, orientations, consentements, conflits et une chronologie de tout ce qui est daté apparaîtront ici.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nouvelle convention…</translation>
    </message>
    <message>
        <source>Write a coaching agreement with this client</source>
        <translation>Rédiger une convention de coaching avec ce client</translation>
    </message>
    <message>
        <source>No engagements for this client yet: start one with “New agreement…”.</source>
        <translation>Aucun accompagnement avec ce client pour l&apos;instant&#xa0;: commencez-en un avec « Nouvelle convention… ».</translation>
    </message>
    <message>
        <source>No referrals for this client.</source>
        <translation>Aucune orientation pour ce client.</translation>
    </message>
    <message>
        <source>Referrals to other professionals</source>
        <translation>Orientations vers d&apos;autres professionnels</translation>
    </message>
    <message>
        <source>No consents recorded for this client.</source>
        <translation>Aucun consentement enregistré pour ce client.</translation>
    </message>
    <message>
        <source>What left the vault about this client…</source>
        <translation>Ce qui a quitté le coffre au sujet de ce client…</translation>
    </message>
    <message>
        <source>The selected conflict in full</source>
        <translation>Le conflit sélectionné en entier</translation>
    </message>
    <message>
        <source>No conflicts of interest recorded for this client.</source>
        <translation>Aucun conflit d&apos;intérêts enregistré pour ce client.</translation>
    </message>
    <message>
        <source>Select a conflict to read it in full, with its safeguards.</source>
        <translation>Choisissez un conflit pour le lire en entier, avec ses garde-fous.</translation>
    </message>
    <message>
        <source>Sessions left in the packages</source>
        <translation>Séances restantes des forfaits</translation>
    </message>
    <message>
        <source>In a three-way engagement</source>
        <translation>En contrat tripartite</translation>
    </message>
    <message>
        <source>In a two-party engagement</source>
        <translation>En contrat bipartite</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>May be named in my coaching-hours log</source>
        <translation>Peut être nommé dans mon journal des heures de coaching</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name, as on agreements</source>
        <translation>Nom complet, comme sur les conventions</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Comment il ou elle aime être appelé(e)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>The language this client&apos;s agreements, letters, reports and invoices print in.</source>
        <translation>La langue dans laquelle s’impriment les conventions, lettres, rapports et factures de ce client.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Add a new organisation</source>
        <translation>Ajouter une nouvelle organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. Head of Engineering</source>
        <translation>p. ex. directrice technique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. leadership, career</source>
        <translation>Séparées par des virgules, p. ex. leadership, carrière</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Only you can read these</source>
        <translation>Vous seul pouvez les lire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Intake date known</source>
        <translation>Date du premier entretien connue</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Premier entretien</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Ajouter le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ClientRecordActions</name>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More for this client</source>
        <translation>Plus pour ce client</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Nouvelle orientation…</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Consigner une divulgation…</translation>
    </message>
    <message>
        <source>Log a boundary incident…</source>
        <translation>Consigner un incident de cadre…</translation>
    </message>
    <message>
        <source>Export everything held about this client…</source>
        <translation>Exporter tout ce qui est conservé sur ce client…</translation>
    </message>
    <message>
        <source>Erase this client…</source>
        <translation>Effacer ce client…</translation>
    </message>
</context>
<context>
    <name>ClientRecordsExport</name>
    <message>
        <source>The records were not exported</source>
        <translation>Les données n&apos;ont pas été exportées</translation>
    </message>
    <message>
        <source>Choose where to save {name}&apos;s records</source>
        <translation>Choisissez où enregistrer les données de {name}</translation>
    </message>
    <message>
        <source>Client&apos;s records</source>
        <translation>Données du client</translation>
    </message>
    <message>
        <source>{folder}: {reason}</source>
        <translation>{folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {reason}.

Choose another folder, or check that you may write to it.</source>
        <translation>Impossible d&apos;écrire dans {folder}&#xa0;: {reason}.

Choisissez un autre dossier, ou vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>{name}&apos;s records were saved in {folder}:</source>
        <translation>Les données de {name} ont été enregistrées dans {folder}&#xa0;:</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Non imprimé&#xa0;:</translation>
    </message>
    <message>
        <source>Client records exported</source>
        <translation>Données du client exportées</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Décliné</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>Orienté ailleurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Active engagement</source>
        <translation>Accompagnement en cours</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Filter by name, organisation or engagement</source>
        <translation>Filtrer par nom, organisation ou accompagnement</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Add your first client…</source>
        <translation>Ajouter votre premier client…</translation>
    </message>
    <message>
        <source>Delete the selected client and everything recorded about them (Del)</source>
        <translation>Supprimer le client sélectionné et tout ce qui le concerne (Suppr)</translation>
    </message>
    <message>
        <source>Client status</source>
        <translation>Statut du client</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded about them?</source>
        <translation>Supprimer {name} et tout ce qui le concerne&#xa0;?</translation>
    </message>
    <message>
        <source>With them go: {records}.</source>
        <translation>Sont supprimés avec&#xa0;: {records}.</translation>
    </message>
    <message>
        <source>This cannot be undone, except from a backup made before.</source>
        <translation>Impossible de revenir en arrière, sauf à partir d&apos;une sauvegarde antérieure.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n convention</numerusform>
            <numerusform>%n conventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note amendment(s)</source>
        <translation>
            <numerusform>%n avenant à une note</numerusform>
            <numerusform>%n avenants aux notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n orientation</numerusform>
            <numerusform>%n orientations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure record(s)</source>
        <translation>
            <numerusform>%n divulgation</numerusform>
            <numerusform>%n divulgations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict record(s)</source>
        <translation>
            <numerusform>%n conflit d&apos;intérêts</numerusform>
            <numerusform>%n conflits d&apos;intérêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary incident(s)</source>
        <translation>
            <numerusform>%n incident de cadre</numerusform>
            <numerusform>%n incidents de cadre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedWords</name>
    <message numerus="yes">
        <source>Finalised, %n amendment(s)</source>
        <translation>
            <numerusform>Finalisée, %n avenant</numerusform>
            <numerusform>Finalisée, %n avenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailTableModel</name>
    <message>
        <source>{professional} ({profession})</source>
        <translation>{professional} ({profession})</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté le</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consentement à</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>De quoi il s&apos;agit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Awaiting your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>{kind}: {description}</source>
        <translation>{kind}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>Engagement: {engagement}</source>
        <translation>Accompagnement&#xa0;: {engagement}</translation>
    </message>
    <message>
        <source>Awaiting your decision.</source>
        <translation>En attente de votre décision.</translation>
    </message>
    <message>
        <source>Decision: {decision}, on {date}.</source>
        <translation>Décision&#xa0;: {decision}, le {date}.</translation>
    </message>
    <message>
        <source>Decision: {decision}.</source>
        <translation>Décision&#xa0;: {decision}.</translation>
    </message>
    <message>
        <source>Safeguards: {safeguards}</source>
        <translation>Garde-fous&#xa0;: {safeguards}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Divulgation</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>Three-way, with {sponsor}</source>
        <translation>Tripartite, avec {sponsor}</translation>
    </message>
    <message>
        <source>Two-party</source>
        <translation>Bipartite</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>{done} sur {count} faites</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Objectif de qui</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>You (coach)</source>
        <translation>Vous (coach)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>DetailWords</name>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Proceed with safeguards</source>
        <translation>Poursuivre avec des garde-fous</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Décliner</translation>
    </message>
    <message>
        <source>Refer elsewhere</source>
        <translation>Orienter ailleurs</translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation>Même organisation</translation>
    </message>
    <message>
        <source>Client is the sponsor&apos;s contact</source>
        <translation>Le client est le contact du commanditaire</translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation>Commission d&apos;orientation</translation>
    </message>
    <message>
        <source>Personal relationship</source>
        <translation>Relation personnelle</translation>
    </message>
    <message>
        <source>Professional relationship</source>
        <translation>Relation professionnelle</translation>
    </message>
    <message>
        <source>Financial benefit</source>
        <translation>Avantage financier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Share with the sponsor</source>
        <translation>Partage avec le commanditaire</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Named in the hours log</source>
        <translation>Mention dans le journal des heures</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>Enregistrement de séance</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Prochainement</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Cancelled late</source>
        <translation>Annulée tardivement</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>The vault file as it is now also becomes a backup when CoachDesk saves after the erasure. CoachDesk thins out older backups as it saves (every save of the last hour, then one per hour for a day, one per day for a month and one per month for a year), so {name}&apos;s records leave the rotated backups at the latest a year after the erasure.</source>
        <translation>Le fichier du coffre tel qu&apos;il est maintenant devient lui aussi une sauvegarde quand CoachDesk enregistre après l&apos;effacement. CoachDesk élague les anciennes sauvegardes à chaque enregistrement (chaque enregistrement de la dernière heure, puis une par heure pendant un jour, une par jour pendant un mois et une par mois pendant un an)&#xa0;; les données de {name} quittent ainsi les sauvegardes tournantes au plus tard un an après l&apos;effacement.</translation>
    </message>
    <message>
        <source>There are no backups of this vault yet. {rotation}</source>
        <translation>Ce coffre n&apos;a encore aucune sauvegarde. {rotation}</translation>
    </message>
    <message>
        <source>{file} ({label}: kept until you delete it)</source>
        <translation>{file} ({label}&#xa0;: conservée jusqu&apos;à ce que vous la supprimiez)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>These backups of the vault, in {folder}, still hold {name}&apos;s records:</source>
        <translation>Ces sauvegardes du coffre, dans {folder}, contiennent encore les données de {name}&#xa0;:</translation>
    </message>
    <message>
        <source>Backups made before an upgrade are never rotated away: delete them yourself if the records must go now.</source>
        <translation>Les sauvegardes faites avant une mise à jour ne sont jamais élaguées&#xa0;: supprimez-les vous-même si les données doivent disparaître maintenant.</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>Backups that still hold the records</source>
        <translation>Sauvegardes contenant encore les données</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to confirm</source>
        <translation>Saisissez le nom du client pour confirmer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase the client</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Erase a client</source>
        <translation>Effacer un client</translation>
    </message>
    <message>
        <source>Erase {name} and everything recorded about them?</source>
        <translation>Effacer {name} et tout ce qui le concerne&#xa0;?</translation>
    </message>
    <message>
        <source>{name}&apos;s client record</source>
        <translation>le dossier client de {name}</translation>
    </message>
    <message>
        <source>This removes from the vault:</source>
        <translation>Ceci supprime du coffre&#xa0;:</translation>
    </message>
    <message>
        <source>Only an audit line without personal data remains. This cannot be undone. Files you exported or sent earlier (agreements, letters, exports of their records) are not affected.</source>
        <translation>Il ne reste qu&apos;une ligne d&apos;audit sans donnée personnelle. C&apos;est irréversible. Les fichiers exportés ou envoyés auparavant (conventions, lettres, exports de ses données) ne sont pas concernés.</translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name: {name}</source>
        <translation>Pour confirmer, saisissez le nom du client&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Erasing {name} did not finish: the vault was busy. Close any other open editor and try again.</source>
        <translation>L&apos;effacement de {name} n&apos;a pas abouti&#xa0;: le coffre était occupé. Fermez toute autre fenêtre d&apos;édition ouverte et réessayez.</translation>
    </message>
    <message>
        <source>{name} and everything recorded about them were erased from the vault.</source>
        <translation>{name} et tout ce qui le concerne ont été effacés du coffre.</translation>
    </message>
    <message>
        <source>The vault file as it was becomes a backup when CoachDesk saves; it leaves the rotated backups by {date} at the latest.</source>
        <translation>Le fichier du coffre tel qu&apos;il était devient une sauvegarde quand CoachDesk enregistre&#xa0;; il quitte les sauvegardes tournantes au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Client effacé</translation>
    </message>
</context>
<context>
    <name>ErasureWords</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n convention</numerusform>
            <numerusform>%n conventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with their notes</source>
        <translation>
            <numerusform>%n séance avec ses notes</numerusform>
            <numerusform>%n séances avec leurs notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note amendment(s)</source>
        <translation>
            <numerusform>%n avenant à une note</numerusform>
            <numerusform>%n avenants aux notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n orientation</numerusform>
            <numerusform>%n orientations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n divulgation</numerusform>
            <numerusform>%n divulgations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict-of-interest record(s)</source>
        <translation>
            <numerusform>%n conflit d&apos;intérêts consigné</numerusform>
            <numerusform>%n conflits d&apos;intérêts consignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary incident(s)</source>
        <translation>
            <numerusform>%n incident de cadre</numerusform>
            <numerusform>%n incidents de cadre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to keep the records</source>
        <translation>
            <numerusform>%n décision de conservation</numerusform>
            <numerusform>%n décisions de conservation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of documents produced</source>
        <translation>
            <numerusform>%n trace de document produit</numerusform>
            <numerusform>%n traces de documents produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n entrée d&apos;audit</numerusform>
            <numerusform>%n entrées d&apos;audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s)</source>
        <translation>
            <numerusform>%n brouillon non enregistré</numerusform>
            <numerusform>%n brouillons non enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from invoices to those sessions (issued invoices are kept: tax law)</source>
        <translation>
            <numerusform>%n lien entre des factures et ces séances (les factures émises sont conservées&#xa0;: droit fiscal)</numerusform>
            <numerusform>%n liens entre des factures et ces séances (les factures émises sont conservées&#xa0;: droit fiscal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of documents that left the vault</source>
        <translation>
            <numerusform>%n trace de document sorti du coffre</numerusform>
            <numerusform>%n traces de documents sortis du coffre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) to agreements</source>
        <translation>
            <numerusform>%n avenant à une convention</numerusform>
            <numerusform>%n avenants aux conventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed copy(s) of agreements</source>
        <translation>
            <numerusform>%n exemplaire signé d&apos;une convention</numerusform>
            <numerusform>%n exemplaires signés de conventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of {name} in other records now read &quot;{redacted}&quot;.</source>
        <translation>
            <numerusform>%n mention de {name} dans d&apos;autres éléments indique désormais « {redacted} ».</numerusform>
            <numerusform>%n mentions de {name} dans d&apos;autres éléments indiquent désormais « {redacted} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention you left unticked still names {name}.</source>
        <translation>
            <numerusform>%n mention laissée non cochée nomme encore {name}.</numerusform>
            <numerusform>%n mention laissée non cochée nomme encore {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions you left unticked still name {name}.</source>
        <translation>
            <numerusform>%n mentions laissées non cochées nomment encore {name}.</numerusform>
            <numerusform>%n mentions laissées non cochées nomment encore {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup of the vault, in {folder}, still holds their records (and the mentions as they were). CoachDesk rotates them away as it saves: by {date} at the latest none will.</source>
        <translation>
            <numerusform>%n sauvegarde du coffre, dans {folder}, contient encore ses données (et les mentions telles qu&apos;elles étaient). CoachDesk élague les sauvegardes à chaque enregistrement&#xa0;: au plus tard le {date}, aucune ne les contiendra plus.</numerusform>
            <numerusform>%n sauvegarde du coffre, dans {folder}, contient encore ses données (et les mentions telles qu&apos;elles étaient). CoachDesk élague les sauvegardes à chaque enregistrement&#xa0;: au plus tard le {date}, aucune ne les contiendra plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups of the vault, in {folder}, still hold their records (and the mentions as they were). CoachDesk rotates them away as it saves: by {date} at the latest none will.</source>
        <translation>
            <numerusform>%n sauvegardes du coffre, dans {folder}, contiennent encore ses données (et les mentions telles qu&apos;elles étaient). CoachDesk élague les sauvegardes à chaque enregistrement&#xa0;: au plus tard le {date}, aucune ne les contiendra plus.</numerusform>
            <numerusform>%n sauvegardes du coffre, dans {folder}, contiennent encore ses données (et les mentions telles qu&apos;elles étaient). CoachDesk élague les sauvegardes à chaque enregistrement&#xa0;: au plus tard le {date}, aucune ne les contiendra plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup made before an upgrade are kept until you delete them yourself.</source>
        <translation>
            <numerusform>%n sauvegarde faite avant une mise à jour est conservée jusqu&apos;à ce que vous la supprimiez.</numerusform>
            <numerusform>%n sauvegarde faite avant une mise à jour est conservée jusqu&apos;à ce que vous la supprimiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before an upgrade are kept until you delete them yourself.</source>
        <translation>
            <numerusform>%n sauvegardes faites avant une mise à jour sont conservées jusqu&apos;à ce que vous les supprimiez.</numerusform>
            <numerusform>%n sauvegardes faites avant une mise à jour sont conservées jusqu&apos;à ce que vous les supprimiez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Nouvel objectif…</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected goal or action item (Enter)</source>
        <translation>Modifier l&apos;objectif ou l&apos;action sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected goal or action item (Del)</source>
        <translation>Supprimer l&apos;objectif ou l&apos;action sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Mark the selected action item done, or not done again</source>
        <translation>Marquer l&apos;action sélectionnée comme faite, ou de nouveau à faire</translation>
    </message>
    <message>
        <source>No goals yet. Add the first with “New goal…”.</source>
        <translation>Aucun objectif pour l&apos;instant. Ajoutez le premier avec « Nouvel objectif… ».</translation>
    </message>
    <message>
        <source>No action items yet. Add one with “New action item…”.</source>
        <translation>Aucune action pour l&apos;instant. Ajoutez-en une avec « Nouvelle action… ».</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Marquer comme à faire</translation>
    </message>
    <message>
        <source>Delete the goal “{goal}”?</source>
        <translation>Supprimer l&apos;objectif « {goal} »&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n action item(s) stay, without a goal.</source>
        <translation>
            <numerusform>Son action reste, sans objectif.</numerusform>
            <numerusform>Ses %n actions restent, sans objectif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this goal?</source>
        <translation>Supprimer cet objectif&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the action item “{item}”?</source>
        <translation>Supprimer l&apos;action « {item} »&#xa0;?</translation>
    </message>
    <message>
        <source>Delete this action item?</source>
        <translation>Supprimer cette action&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard);;Fichiers CSV (*.csv);;Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import clients from a file</source>
        <translation>Importer des clients depuis un fichier</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Clients from “%1”</source>
        <translation>Clients de « %1 »</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Columns not imported</source>
        <translation>Colonnes non importées</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ligne sélectionnée</translation>
    </message>
    <message>
        <source>Tick a likely duplicate to import it anyway (Space ticks the selected row). Rows that cannot be imported are skipped: correct them in the file and import it again.</source>
        <translation>Cochez un doublon probable pour l&apos;importer quand même (Espace coche la ligne sélectionnée). Les lignes impossibles à importer sont ignorées&#xa0;: corrigez-les dans le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking %1 records…</source>
        <translation>Vérification de %1 fiches…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be added</source>
        <translation>
            <numerusform>%n sera ajouté</numerusform>
            <numerusform>%n seront ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) (not ticked)</source>
        <translation>
            <numerusform>%n doublon probable (non coché)</numerusform>
            <numerusform>%n doublons probables (non cochés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be imported</source>
        <translation>
            <numerusform>%n impossible à importer</numerusform>
            <numerusform>%n impossibles à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} in this {kind} file: {outcomes}.</source>
        <translation>{records} dans ce fichier {kind}&#xa0;: {outcomes}.</translation>
    </message>
    <message>
        <source>This {kind} file holds no contacts to import.</source>
        <translation>Ce fichier {kind} ne contient aucun contact à importer.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonnes non importées&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>Line {line} — {name}: {status}</source>
        <translation>Ligne {line} — {name}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Line {line}: {status}</source>
        <translation>Ligne {line}&#xa0;: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n client(s)</source>
        <translation>
            <numerusform>Importer %n client</numerusform>
            <numerusform>Importer %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Rien n&apos;a été importé. {reason}</translation>
    </message>
    <message>
        <source>1 client added.</source>
        <translation>1 client ajouté.</translation>
    </message>
    <message>
        <source>%1 clients added.</source>
        <translation>%1 clients ajoutés.</translation>
    </message>
    <message>
        <source>1 new organisation added.</source>
        <translation>1 nouvelle organisation ajoutée.</translation>
    </message>
    <message>
        <source>%1 new organisations added.</source>
        <translation>%1 nouvelles organisations ajoutées.</translation>
    </message>
    <message>
        <source>They are in the client list as prospects; nothing else in the practice changed.</source>
        <translation>Ils figurent dans la liste des clients comme prospects&#xa0;; rien d&apos;autre n&apos;a changé dans le cabinet.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Cannot be imported: {reason}</source>
        <translation>Impossible à importer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>Likely duplicate of {clients}</source>
        <translation>Doublon probable de {clients}</translation>
    </message>
    <message>
        <source>Likely duplicate of line {line} of the file</source>
        <translation>Doublon probable de la ligne {line} du fichier</translation>
    </message>
    <message>
        <source>Will be added, with the new organisation</source>
        <translation>Sera ajouté, avec la nouvelle organisation</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Sera ajouté</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Sera importé</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Non coché</translation>
    </message>
</context>
<context>
    <name>MentionList</name>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Buyer address</source>
        <translation>Adresse de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer name</source>
        <translation>Nom de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Critère de réussite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason in clients words</source>
        <translation>Motif dans les mots du client</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Shared other</source>
        <translation>Autres éléments partagés</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Résumé partagé</translation>
    </message>
    <message>
        <source>Sponsor contact name</source>
        <translation>Contact du commanditaire</translation>
    </message>
    <message>
        <source>Sponsor progress</source>
        <translation>Progrès pour le commanditaire</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Summary client read</source>
        <translation>Résumé lu par le client</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Ce qui a été divulgué</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Redact the mention in {where}, {field}</source>
        <translation>Caviarder la mention dans {where}, {field}</translation>
    </message>
    <message>
        <source>What happens to the mentions</source>
        <translation>Ce qu&apos;il advient des mentions</translation>
    </message>
    <message>
        <source>Mentions in other records</source>
        <translation>Mentions dans d&apos;autres éléments</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 endroit</translation>
    </message>
    <message>
        <source>{count} places</source>
        <translation>{count} endroits</translation>
    </message>
    <message>
        <source>{name} is named in {places} in other records, which the erasure would leave:</source>
        <translation>{name} est nommé à {places} dans d&apos;autres éléments, que l&apos;effacement laisserait&#xa0;:</translation>
    </message>
    <message>
        <source>Each ticked mention will read &quot;{redacted}&quot; instead of the name, in the same step as the erasure.</source>
        <translation>Chaque mention cochée indiquera « {redacted} » au lieu du nom, dans la même étape que l&apos;effacement.</translation>
    </message>
    <message>
        <source>Nothing is ticked: every mention stays as it is, and those records will still name {name} after the erasure.</source>
        <translation>Rien n&apos;est coché&#xa0;: chaque mention reste telle quelle, et ces éléments nommeront encore {name} après l&apos;effacement.</translation>
    </message>
    <message>
        <source>The ticked mention</source>
        <translation>La mention cochée indiquera</translation>
    </message>
    <message>
        <source>The {ticked} ticked mentions</source>
        <translation>Les {ticked} mentions cochées indiqueront</translation>
    </message>
    <message>
        <source>the unticked one stays as it is, and will still name {name}</source>
        <translation>celle non cochée reste telle quelle et nommera encore {name}</translation>
    </message>
    <message>
        <source>the {unticked} unticked ones stay as they are, and will still name {name}</source>
        <translation>les {unticked} non cochées restent telles quelles et nommeront encore {name}</translation>
    </message>
    <message>
        <source>{ticked_text} will read &quot;{redacted}&quot; instead of the name, in the same step as the erasure; {unticked_text}.</source>
        <translation>{ticked_text} « {redacted} » au lieu du nom, dans la même étape que l&apos;effacement&#xa0;; {unticked_text}.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Current engagement</source>
        <translation>Accompagnement en cours</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Premier entretien</translation>
    </message>
    <message>
        <source>Coaching-hours log</source>
        <translation>Journal des heures</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>May be named in your coaching-hours log</source>
        <translation>Peut être nommé dans votre journal des heures de coaching</translation>
    </message>
    <message>
        <source>Not to be named in your coaching-hours log</source>
        <translation>Ne pas nommer dans votre journal des heures de coaching</translation>
    </message>
    <message>
        <source>{zone} — {difference}</source>
        <translation>{zone} — {difference}</translation>
    </message>
    <message>
        <source>None under way</source>
        <translation>Aucun en cours</translation>
    </message>
    <message>
        <source>three-way, with {sponsor}</source>
        <translation>tripartite, avec {sponsor}</translation>
    </message>
    <message>
        <source>two-party</source>
        <translation>bipartite</translation>
    </message>
    <message>
        <source>{engagement} ({parties})</source>
        <translation>{engagement} ({parties})</translation>
    </message>
    <message>
        <source>{count}, the next due {date}</source>
        <translation>{count}, la prochaine due le {date}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>None booked</source>
        <translation>Aucune réservée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>{list}: none</source>
        <translation>{list}&#xa0;: aucun</translation>
    </message>
</context>
</TS>
