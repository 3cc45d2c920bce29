<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DirectoryView</name>
    <message>
        <source>professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Filter by name, profession or specialty</source>
        <translation>Nach Name, Beruf oder Fachgebiet filtern</translation>
    </message>
    <message>
        <source>New professional…</source>
        <translation>Neue Fachperson…</translation>
    </message>
    <message>
        <source>Add your first professional…</source>
        <translation>Erste Fachperson anlegen…</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Remove {name} ({profession}) from your directory?</source>
        <translation>{name} ({profession}) aus Ihrem Verzeichnis entfernen?</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>New professional</source>
        <translation>Neue Fachperson</translation>
    </message>
    <message>
        <source>Edit professional</source>
        <translation>Fachperson bearbeiten</translation>
    </message>
    <message>
        <source>Add to directory</source>
        <translation>Ins Verzeichnis aufnehmen</translation>
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
        <source>e.g. Dr Ana Ruiz</source>
        <translation>z. B. Dr. Ana Ruiz</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>e.g. Clinical psychologist, lawyer</source>
        <translation>z. B. Psychotherapeutin, Anwalt</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>e.g. anxiety, burnout, employment law</source>
        <translation>z. B. Angst, Burn-out, Arbeitsrecht</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Printed on referral letters</source>
        <translation>Steht auf Verweisungsschreiben</translation>
    </message>
    <message>
        <source>Pays me a referral fee (a conflict of interest to declare to clients)</source>
        <translation>Zahlt mir eine Vermittlungsprovision (ein Interessenkonflikt, den ich Klienten offenlege)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProfessionalTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Fachgebiete</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Pays a fee</source>
        <translation>Zahlt Provision</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verweisungen</translation>
    </message>
</context>
</TS>
