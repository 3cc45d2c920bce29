<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisation anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As on contracts and invoices</source>
        <translation>Wie auf Verträgen und Rechnungen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Who commissions the coaching</source>
        <translation>Wer das Coaching beauftragt</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Funktion der Ansprechperson</translation>
    </message>
    <message>
        <source>e.g. HR Business Partner</source>
        <translation>z. B. HR Business Partner</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-Mail der Ansprechperson</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Telefon der Ansprechperson</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
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
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Sponsored engagements</source>
        <translation>Beauftragte Coachings</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Filter by name or contact</source>
        <translation>Nach Name oder Ansprechperson filtern</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <source>Add your first organisation…</source>
        <translation>Erste Organisation anlegen…</translation>
    </message>
    <message>
        <source>Delete {name} from your organisations?</source>
        <translation>{name} aus Ihren Organisationen löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n client(s) stay, without an organisation.</source>
        <translation>
            <numerusform>Der zugehörige Klient bleibt, ohne Organisation.</numerusform>
            <numerusform>Die %n zugehörigen Klienten bleiben, ohne Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
</context>
</TS>
