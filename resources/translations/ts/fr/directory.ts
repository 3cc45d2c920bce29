<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DirectoryView</name>
    <message>
        <source>professional</source>
        <translation>professionnel</translation>
    </message>
    <message>
        <source>Filter by name, profession or specialty</source>
        <translation>Filtrer par nom, profession ou spécialité</translation>
    </message>
    <message>
        <source>New professional…</source>
        <translation>Nouveau professionnel…</translation>
    </message>
    <message>
        <source>Add your first professional…</source>
        <translation>Ajouter votre premier professionnel…</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove {name} ({profession}) from your directory?</source>
        <translation>Retirer {name} ({profession}) de votre annuaire&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>New professional</source>
        <translation>Nouveau professionnel</translation>
    </message>
    <message>
        <source>Edit professional</source>
        <translation>Modifier le professionnel</translation>
    </message>
    <message>
        <source>Add to directory</source>
        <translation>Ajouter à l&apos;annuaire</translation>
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
        <source>e.g. Dr Ana Ruiz</source>
        <translation>p. ex. Dr Ana Ruiz</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>e.g. Clinical psychologist, lawyer</source>
        <translation>p. ex. psychologue clinicien, avocat</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Spécialités</translation>
    </message>
    <message>
        <source>e.g. anxiety, burnout, employment law</source>
        <translation>p. ex. anxiété, burn-out, droit du travail</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Printed on referral letters</source>
        <translation>Imprimée sur les lettres d&apos;orientation</translation>
    </message>
    <message>
        <source>Pays me a referral fee (a conflict of interest to declare to clients)</source>
        <translation>Me verse une commission d&apos;orientation (un conflit d&apos;intérêts à déclarer aux clients)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProfessionalTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Spécialités</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Referral fee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Pays a fee</source>
        <translation>Verse une commission</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
</context>
</TS>
