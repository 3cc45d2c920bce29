<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>You (the coach)</source>
        <translation>Vous (le coach)</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>What is to be done, e.g. Draft the hand-over note</source>
        <translation>Ce qui est à faire, p. ex. Rédiger la note de passation</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À faire avant le</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui la réalise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Towards goal</source>
        <translation>Vers l&apos;objectif</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>Convenue lors de</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette séance</translation>
    </message>
    <message>
        <source>Not linked to a session</source>
        <translation>Liée à aucune séance</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Cette action n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The session of {when}</source>
        <translation>La séance du {when}</translation>
    </message>
</context>
<context>
    <name>GoalBalancePanel</name>
    <message>
        <source>No agreement from the client recorded</source>
        <translation>Aucun accord du client enregistré</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(partagé)</translation>
    </message>
    <message>
        <source>Goals of the client and of the organisation</source>
        <translation>Objectifs du client et de l&apos;organisation</translation>
    </message>
    <message>
        <source>&lt;b&gt;{engagement}&lt;/b&gt; — three-way with {sponsor}</source>
        <translation>&lt;b&gt;{engagement}&lt;/b&gt; — contrat tripartite avec {sponsor}</translation>
    </message>
    <message>
        <source>The client&apos;s goals</source>
        <translation>Objectifs du client</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Aucun pour le moment</translation>
    </message>
    <message>
        <source>{sponsor}&apos;s goals</source>
        <translation>Objectifs de {sponsor}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>The client&apos;s own goal</source>
        <translation>Objectif propre du client</translation>
    </message>
    <message>
        <source>The organisation&apos;s goal</source>
        <translation>Objectif de l&apos;organisation</translation>
    </message>
    <message>
        <source>Shared by client and organisation</source>
        <translation>Partagé par le client et l’organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
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
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter l&apos;objectif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>What the client works towards, in their words</source>
        <translation>Ce vers quoi le client travaille, dans ses mots</translation>
    </message>
    <message>
        <source>How you will both know it is reached</source>
        <translation>Comment vous saurez tous deux qu’il est atteint</translation>
    </message>
    <message>
        <source>The client agreed on</source>
        <translation>Accord du client le</translation>
    </message>
    <message>
        <source>Client&apos;s agreement</source>
        <translation>Accord du client</translation>
    </message>
    <message>
        <source>An organisation&apos;s goal: record when the client said they share it. Without it, the goal is flagged in the three-way view and left out of sponsor reports.</source>
        <translation>Un objectif de l&apos;organisation : indiquez quand le client a déclaré le partager. Sans cela, l&apos;objectif est signalé dans la vue tripartite et exclu des rapports au commanditaire.</translation>
    </message>
    <message>
        <source>In the client&apos;s words, as they agreed the sponsor may read it</source>
        <translation>Dans les mots du client, tels que le commanditaire peut les lire avec son accord</translation>
    </message>
    <message>
        <source>Printed in sponsor reports as this goal&apos;s progress. Without it, the percentage is printed only if the client agreed, else nothing.</source>
        <translation>Imprimé dans les rapports au commanditaire comme avancement de cet objectif. Sans ce texte, le pourcentage n&apos;est imprimé qu&apos;avec l&apos;accord du client, sinon rien.</translation>
    </message>
    <message>
        <source>The client agreed the sponsor may see the percentage</source>
        <translation>Le client autorise l&apos;affichage du pourcentage</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Objectif de qui</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Critère de réussite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress for the sponsor</source>
        <translation>Avancement pour le commanditaire</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Cet objectif n&apos;existe plus.</translation>
    </message>
</context>
</TS>
