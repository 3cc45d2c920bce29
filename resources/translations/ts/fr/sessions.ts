<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Me (coach)</source>
        <translation>Moi (coach)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an action item agreed in this session</source>
        <translation>Ajouter une action convenue lors de cette séance</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected action item (Del)</source>
        <translation>Retirer l&apos;action sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Action item problem</source>
        <translation>Problème avec l&apos;action</translation>
    </message>
    <message>
        <source>No action items yet. What did the client (or you) agree to do?</source>
        <translation>Aucune action pour l&apos;instant. Qu&apos;est-ce que le client (ou vous) s&apos;est engagé à faire ?</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Marquer comme non faite</translation>
    </message>
    <message>
        <source>Remove action item?</source>
        <translation>Retirer l&apos;action ?</translation>
    </message>
    <message>
        <source>Remove the action item “{action}”? This cannot be undone.</source>
        <translation>Retirer l&apos;action « {action} » ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>FiledUnderLabel</name>
    <message>
        <source>Agreement the session is filed under</source>
        <translation>Convention à laquelle la séance est rattachée</translation>
    </message>
    <message>
        <source>Filed under: {title}, session {number} of {planned}</source>
        <translation>Rattachée à : {title}, séance {number} sur {planned}</translation>
    </message>
    <message>
        <source>Filed under: {title}, session {number}</source>
        <translation>Rattachée à : {title}, séance {number}</translation>
    </message>
    <message>
        <source>Filed under: {title}</source>
        <translation>Rattachée à : {title}</translation>
    </message>
    <message>
        <source>Not filed under an agreement</source>
        <translation>Rattachée à aucune convention</translation>
    </message>
    <message>
        <source>No agreement covers today</source>
        <translation>Aucune convention ne couvre aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>NoteTemplatesDialog</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Modèles de notes</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Start a template of your own</source>
        <translation>Créer votre propre modèle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Make your own editable copy of this template</source>
        <translation>Faire votre propre copie modifiable de ce modèle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this template of yours</source>
        <translation>Supprimer ce modèle personnel</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>This template comes with CoachDesk: copy it to make your own version.</source>
        <translation>Ce modèle est fourni avec CoachDesk : copiez-le pour créer votre propre version.</translation>
    </message>
    <message>
        <source>Placeholders filled when the template is used: %1 (the client&apos;s preferred name, the session&apos;s number such as 3 of 6, the open action items, the agreement&apos;s goals, the date).</source>
        <translation>Champs remplis à l&apos;utilisation du modèle : %1 (le prénom d&apos;usage du client, le numéro de la séance, p. ex. 3 sur 6, les actions en cours, les objectifs de la convention, la date).</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (ma version)</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Notes already written from it stay as they are; agreements that started new sessions from it will start from none.</source>
        <translation>Supprimer le modèle « %1 » ? Les notes déjà rédigées avec lui restent telles quelles ; les conventions qui l&apos;utilisaient pour les nouvelles séances n&apos;en utiliseront plus.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
</context>
<context>
    <name>NoteTools</name>
    <message>
        <source>The notes are not empty</source>
        <translation>Les notes ne sont pas vides</translation>
    </message>
    <message>
        <source>These notes already hold text. Insert the template at the cursor, or replace the notes with it?</source>
        <translation>Ces notes contiennent déjà du texte. Insérer le modèle au curseur, ou remplacer les notes par celui-ci ?</translation>
    </message>
    <message>
        <source>Insert at cursor</source>
        <translation>Insérer au curseur</translation>
    </message>
    <message>
        <source>Replace the notes</source>
        <translation>Remplacer les notes</translation>
    </message>
    <message>
        <source>Use template…</source>
        <translation>Utiliser un modèle…</translation>
    </message>
    <message>
        <source>Use a note template</source>
        <translation>Utiliser un modèle de notes</translation>
    </message>
    <message>
        <source>Start the notes from GROW, CLEAR, OSKAR or one of your own</source>
        <translation>Commencer les notes avec GROW, CLEAR, OSKAR ou un modèle personnel</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <source>Before the session: the last summary, open actions, goals</source>
        <translation>Avant la séance : le dernier récapitulatif, les actions en cours, les objectifs</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Récapitulatif…</translation>
    </message>
    <message>
        <source>After the session: a recap for the client, as a PDF or a mail draft</source>
        <translation>Après la séance : un récapitulatif pour le client, en PDF ou en brouillon de courriel</translation>
    </message>
    <message>
        <source>Choose the client first: the template names them.</source>
        <translation>Choisissez d’abord le client : le modèle le nomme.</translation>
    </message>
    <message>
        <source>Left as written, not known placeholders: %1</source>
        <translation>Laissés tels quels, champs inconnus : %1</translation>
    </message>
    <message>
        <source>Finalised notes take no template: add an amendment instead.</source>
        <translation>Une note finalisée ne prend pas de modèle : ajoutez plutôt un avenant.</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Choisissez d&apos;abord le client.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Amended {when}</source>
        <translation>Avenant du {when}</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Only you can read these. What was explored, what you noticed, what to pick up next time.</source>
        <translation>Vous seul pouvez les lire. Ce qui a été exploré, ce que vous avez remarqué, ce qu’il faudra reprendre la prochaine fois.</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Finalise when the notes are complete: they are then kept as written, and anything added later is a dated amendment.</source>
        <translation>Finalisez les notes une fois complètes : elles sont alors conservées telles quelles, et tout ajout ultérieur devient un avenant daté.</translation>
    </message>
    <message>
        <source>Finalise notes…</source>
        <translation>Finaliser les notes…</translation>
    </message>
    <message>
        <source>Keep the notes as written; later additions become dated amendments</source>
        <translation>Conserver les notes telles quelles ; les ajouts ultérieurs deviennent des avenants datés</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Add to the notes: the amendment is kept with today&apos;s date and time; the notes above stay as written.</source>
        <translation>Compléter les notes : l&apos;avenant est conservé avec la date et l&apos;heure du jour ; les notes ci-dessus restent inchangées.</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nouvel avenant</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Ajouter l&apos;avenant</translation>
    </message>
    <message>
        <source>Finalised on {day}</source>
        <translation>Finalisée le {day}</translation>
    </message>
    <message>
        <source>No amendments yet.</source>
        <translation>Aucun avenant pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Amendments ({count})</source>
        <translation>Avenants ({count})</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Session recap</source>
        <translation>Récapitulatif de séance</translation>
    </message>
    <message>
        <source>What the client receives: the shared summary and the action items agreed. Your private notes are never part of it.</source>
        <translation>Ce que reçoit le client : le résumé partagé et les actions convenues. Vos notes privées n&apos;en font jamais partie.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Open mail draft…</source>
        <translation>Ouvrir le brouillon de courriel…</translation>
    </message>
    <message>
        <source>Open the recap as a new mail in your mail program; you send it</source>
        <translation>Ouvrir le récapitulatif comme nouveau courriel dans votre messagerie ; vous l’envoyez vous-même</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>The recap cannot leave the vault</source>
        <translation>Le récapitulatif ne peut pas quitter le coffre</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Aucune messagerie n&apos;a ouvert le brouillon</translation>
    </message>
    <message>
        <source>Set a default mail program in your system&apos;s settings, or export the recap as a PDF.</source>
        <translation>Définissez une messagerie par défaut dans les réglages du système, ou exportez le récapitulatif en PDF.</translation>
    </message>
    <message>
        <source>The draft was not recorded</source>
        <translation>Le brouillon n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source> Add the client&apos;s address in your mail program.</source>
        <translation> Ajoutez l’adresse du client dans votre messagerie.</translation>
    </message>
    <message>
        <source>The draft is open in your mail program: check it and send it from there.%1 It is recorded in Ethics › Sent out.</source>
        <translation>Le brouillon est ouvert dans votre messagerie : vérifiez-le et envoyez-le depuis celle-ci.%1 Il est consigné dans Éthique › Envois.</translation>
    </message>
</context>
<context>
    <name>SessionCountWords</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDocumentDialog</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Log a completed session</source>
        <translation>Saisir une séance réalisée</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Résumé partagé</translation>
    </message>
    <message>
        <source>What the client receives: the themes, what was agreed, next steps.</source>
        <translation>Ce que reçoit le client : les thèmes, ce qui a été convenu, les prochaines étapes.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Notes, summary and action items</source>
        <translation>Notes, résumé et actions</translation>
    </message>
    <message>
        <source>Log session</source>
        <translation>Saisir la séance</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <source>Action items ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Referral to {professional} saved. It is listed under Referrals, where its letter is written.</source>
        <translation>Orientation vers {professional} enregistrée. Elle figure sous Orientations, où sa lettre est rédigée.</translation>
    </message>
    <message>
        <source>Choose the client first.</source>
        <translation>Choisissez d&apos;abord le client.</translation>
    </message>
    <message>
        <source>Boundary incident logged. It is listed in the Ethics area.</source>
        <translation>Incident de cadre consigné. Il figure dans l&apos;espace Éthique.</translation>
    </message>
    <message>
        <source>Finalise notes?</source>
        <translation>Finaliser les notes ?</translation>
    </message>
    <message>
        <source>Finalise the private notes of this session? They will be kept exactly as written and can no longer be edited; anything you add later is a separate, dated amendment.</source>
        <translation>Finaliser les notes privées de cette séance ? Elles seront conservées exactement telles qu&apos;écrites et ne pourront plus être modifiées ; tout ajout ultérieur sera un avenant distinct et daté.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
</context>
<context>
    <name>SessionEthicsPanel</name>
    <message>
        <source>No agreement chosen: no boundaries on record for this session.</source>
        <translation>Aucune convention choisie : aucune limite enregistrée pour cette séance.</translation>
    </message>
    <message>
        <source>The agreement sets no contact or gift boundaries.</source>
        <translation>La convention ne fixe aucune limite de contact ni de cadeaux.</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>santé mentale</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>questions médicales</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>questions juridiques</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>questions financières</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>protection et sécurité</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>In our coaching, needs came up that fall outside coaching ({concerns}).</source>
        <translation>Au cours de notre accompagnement, des besoins sont apparus qui dépassent le cadre du coaching ({concerns}).</translation>
    </message>
    <message>
        <source>Boundaries and referral</source>
        <translation>Limites et orientation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boundaries agreed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Limites convenues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Boundaries agreed</source>
        <translation>Limites convenues</translation>
    </message>
    <message>
        <source>Log a boundary incident…</source>
        <translation>Consigner un incident de cadre…</translation>
    </message>
    <message>
        <source>A gift, contact outside the agreed channels or hours, a dual-relationship request…</source>
        <translation>Un cadeau, un contact hors des canaux ou horaires convenus, une demande de double relation…</translation>
    </message>
    <message>
        <source>This session noted a need that may fall outside coaching.</source>
        <translation>Cette séance a relevé un besoin qui pourrait dépasser le cadre du coaching.</translation>
    </message>
    <message>
        <source>Consider a referral…</source>
        <translation>Envisager une orientation…</translation>
    </message>
    <message>
        <source>Refer the client to a professional from your directory, with their consent</source>
        <translation>Orienter le client vers un professionnel de votre annuaire, avec son consentement</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>résilié</translation>
    </message>
    <message>
        <source>Type a few letters of the name</source>
        <translation>Tapez quelques lettres du nom</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Time for the client</source>
        <translation>Heure du client</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A group session</source>
        <translation>Une séance de groupe</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Taille du groupe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honoraires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>A need this session revealed that may fall outside coaching</source>
        <translation>Un besoin révélé par cette séance qui pourrait dépasser le cadre du coaching</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aucun client pour l&apos;instant</translation>
    </message>
    <message>
        <source>No engagement</source>
        <translation>Aucun accompagnement</translation>
    </message>
    <message>
        <source>{engagement} ({status})</source>
        <translation>{engagement} ({status})</translation>
    </message>
    <message>
        <source>This session has finalised notes, amendments or action items, so it stays with its client.</source>
        <translation>Cette séance a des notes finalisées, des avenants ou des actions : elle reste liée à son client.</translation>
    </message>
    <message>
        <source>There are no clients yet: add the client first, then their sessions.</source>
        <translation>Il n&apos;y a pas encore de client : ajoutez d&apos;abord le client, puis ses séances.</translation>
    </message>
    <message>
        <source>Choose the client this session is with.</source>
        <translation>Choisissez le client de cette séance.</translation>
    </message>
    <message>
        <source>Several clients match “{typed}”; type more of the name or pick one from the list.</source>
        <translation>Plusieurs clients correspondent à « {typed} » ; tapez davantage du nom ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>No client matches “{typed}”.</source>
        <translation>Aucun client ne correspond à « {typed} ».</translation>
    </message>
</context>
<context>
    <name>SessionListActions</name>
    <message>
        <source>Prepare…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <source>Before the selected session: last summary, open actions, goals</source>
        <translation>Avant la séance sélectionnée : dernier récapitulatif, actions en cours, objectifs</translation>
    </message>
    <message>
        <source>Recap…</source>
        <translation>Récapitulatif…</translation>
    </message>
    <message>
        <source>After the selected session: a recap for the client</source>
        <translation>Après la séance sélectionnée : un récapitulatif pour le client</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>SessionPrep</name>
    <message>
        <source>Session {number} · {when}</source>
        <translation>Séance {number} · {when}</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>La convention</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>No shared summary was written.</source>
        <translation>Aucun résumé partagé n&apos;a été rédigé.</translation>
    </message>
    <message>
        <source>This is the first session.</source>
        <translation>C&apos;est la première séance.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Aucune en cours.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Aucun objectif enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SessionPrepDialog</name>
    <message>
        <source>Session prep</source>
        <translation>Préparation de séance</translation>
    </message>
    <message>
        <source>A one-page PDF for your own use</source>
        <translation>Un PDF d&apos;une page pour votre usage personnel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>For your own use: nothing here is shared with the client or a sponsor.</source>
        <translation>Pour votre usage personnel : rien ici n&apos;est partagé avec le client ni un commanditaire.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
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
        <source>Completed</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cancelled late</source>
        <translation>Annulée tardivement</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
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
        <source>No upcoming sessions match these filters.</source>
        <translation>Aucune séance à venir ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No past sessions match these filters.</source>
        <translation>Aucune séance passée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Aucune séance ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>{format}, group of {size}</source>
        <translation>{format}, groupe de {size}</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Rémunérée</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honoraires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Signalements</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>Filter by client or engagement</source>
        <translation>Filtrer par client ou accompagnement</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Schedule your first session…</source>
        <translation>Planifier votre première séance…</translation>
    </message>
    <message>
        <source>Delete the selected session with its notes and action items (Del)</source>
        <translation>Supprimer la séance sélectionnée avec ses notes et ses actions (Suppr)</translation>
    </message>
    <message>
        <source>Log a completed session…</source>
        <translation>Saisir une séance réalisée…</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Séances affichées</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les séances</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type a few letters of a client&apos;s name to see only their sessions</source>
        <translation>Tapez quelques lettres du nom d&apos;un client pour ne voir que ses séances</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Seulement du</translation>
    </message>
    <message>
        <source>Only sessions between two dates</source>
        <translation>Seulement les séances entre deux dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Delete the session with {client} on {when} with its private notes, and any amendments and action items recorded with it?

This cannot be undone, except from a backup made before.</source>
        <translation>Supprimer la séance avec {client} du {when}, avec ses notes privées et tous les avenants et actions qui y sont liés ?

Seule une sauvegarde antérieure permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Delete the session with {client} on {when}, and any amendments and action items recorded with it?

This cannot be undone, except from a backup made before.</source>
        <translation>Supprimer la séance avec {client} du {when} et tous les avenants et actions qui y sont liés ?

Seule une sauvegarde antérieure permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Supprimer la séance ?</translation>
    </message>
</context>
</TS>
