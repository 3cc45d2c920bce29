<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter l&apos;organisation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>As on contracts and invoices</source>
        <translation>Comme sur les contrats et factures</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Who commissions the coaching</source>
        <translation>Qui commande le coaching</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>e.g. HR Business Partner</source>
        <translation>p. ex. RRH</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sponsored engagements</source>
        <translation>Accompagnements financés</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Filter by name or contact</source>
        <translation>Filtrer par nom ou contact</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Add your first organisation…</source>
        <translation>Ajouter votre première organisation…</translation>
    </message>
    <message>
        <source>Delete {name} from your organisations?</source>
        <translation>Supprimer {name} de vos organisations&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n client(s) stay, without an organisation.</source>
        <translation>
            <numerusform>Son client reste, sans organisation.</numerusform>
            <numerusform>Ses %n clients restent, sans organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
</context>
</TS>
