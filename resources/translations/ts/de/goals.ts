<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>The client</source>
        <translation>Der Klient</translation>
    </message>
    <message>
        <source>You (the coach)</source>
        <translation>Sie (der Coach)</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>What is to be done, e.g. Draft the hand-over note</source>
        <translation>Was zu tun ist, z. B. Übergabenotiz entwerfen</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer erledigt sie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Towards goal</source>
        <translation>Für das Ziel</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>Vereinbart in</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Dieser Sitzung</translation>
    </message>
    <message>
        <source>Not linked to a session</source>
        <translation>Mit keiner Sitzung verknüpft</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Diese Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The session of {when}</source>
        <translation>Der Sitzung vom {when}</translation>
    </message>
</context>
<context>
    <name>GoalBalancePanel</name>
    <message>
        <source>No agreement from the client recorded</source>
        <translation>Keine Zustimmung des Klienten erfasst</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(gemeinsam)</translation>
    </message>
    <message>
        <source>Goals of the client and of the organisation</source>
        <translation>Ziele des Klienten und der Organisation</translation>
    </message>
    <message>
        <source>&lt;b&gt;{engagement}&lt;/b&gt; — three-way with {sponsor}</source>
        <translation>&lt;b&gt;{engagement}&lt;/b&gt; — Dreiecksvertrag mit {sponsor}</translation>
    </message>
    <message>
        <source>The client&apos;s goals</source>
        <translation>Ziele des Klienten</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Noch keine erfasst</translation>
    </message>
    <message>
        <source>{sponsor}&apos;s goals</source>
        <translation>Ziele von {sponsor}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>The client&apos;s own goal</source>
        <translation>Eigenes Ziel des Klienten</translation>
    </message>
    <message>
        <source>The organisation&apos;s goal</source>
        <translation>Ziel der Organisation</translation>
    </message>
    <message>
        <source>Shared by client and organisation</source>
        <translation>Gemeinsames Ziel von Klient und Organisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>What the client works towards, in their words</source>
        <translation>Worauf der Klient hinarbeitet, in seinen Worten</translation>
    </message>
    <message>
        <source>How you will both know it is reached</source>
        <translation>Woran Sie beide erkennen, dass es erreicht ist</translation>
    </message>
    <message>
        <source>The client agreed on</source>
        <translation>Zustimmung des Klienten am</translation>
    </message>
    <message>
        <source>Client&apos;s agreement</source>
        <translation>Zustimmung des Klienten</translation>
    </message>
    <message>
        <source>An organisation&apos;s goal: record when the client said they share it. Without it, the goal is flagged in the three-way view and left out of sponsor reports.</source>
        <translation>Ein Ziel der Organisation: Erfassen Sie, wann der Klient es sich zu eigen gemacht hat. Ohne diese Angabe wird das Ziel im Dreiecksvertrag markiert und nicht in Berichte an den Auftraggeber aufgenommen.</translation>
    </message>
    <message>
        <source>In the client&apos;s words, as they agreed the sponsor may read it</source>
        <translation>In den Worten des Klienten, so wie der Auftraggeber es lesen darf</translation>
    </message>
    <message>
        <source>Printed in sponsor reports as this goal&apos;s progress. Without it, the percentage is printed only if the client agreed, else nothing.</source>
        <translation>Erscheint in Berichten an den Auftraggeber als Fortschritt dieses Ziels. Ohne diesen Text wird der Prozentsatz nur mit Zustimmung des Klienten gedruckt, sonst nichts.</translation>
    </message>
    <message>
        <source>The client agreed the sponsor may see the percentage</source>
        <translation>Klient erlaubt Einsicht in den Prozentsatz</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Coaching-Auftrag</translation>
    </message>
    <message>
        <source>Whose goal</source>
        <translation>Wessen Ziel</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress for the sponsor</source>
        <translation>Fortschritt für den Auftraggeber</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Dieses Ziel gibt es nicht mehr.</translation>
    </message>
</context>
</TS>
