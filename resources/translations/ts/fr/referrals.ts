<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Routine</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Soon (within a few weeks)</source>
        <translation>Sous peu (dans les semaines à venir)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>Edit referral</source>
        <translation>Modifier l&apos;orientation</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Enregistrer l&apos;orientation</translation>
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
        <source>Refer to</source>
        <translation>Orienter vers</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Add a professional to your directory</source>
        <translation>Ajouter un professionnel à votre annuaire</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>In plain, non-diagnostic words: what the client needs help with</source>
        <translation>En termes simples, sans diagnostic&#xa0;: ce pour quoi le client a besoin d&apos;aide</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Client&apos;s consent</source>
        <translation>Consentement du client</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Nouveau consentement…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date de l&apos;orientation</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What came of it, once known</source>
        <translation>Ce qu&apos;il en est advenu, une fois connu</translation>
    </message>
    <message>
        <source>The letter shares only what the client&apos;s consent ticks, and nothing from your session notes.</source>
        <translation>La lettre ne transmet que ce que coche le consentement du client, et rien de vos notes de séance.</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Ce que couvre le consentement</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>Avec les mots du client</translation>
    </message>
    <message>
        <source>The reason as the client put it, if they agreed to have it passed on</source>
        <translation>Le motif tel que le client l&apos;a formulé, s&apos;il a accepté qu&apos;il soit transmis</translation>
    </message>
    <message>
        <source>Summary the client read</source>
        <translation>Résumé lu par le client</translation>
    </message>
    <message>
        <source>A short summary for the professional, which the client has read</source>
        <translation>Un bref résumé pour le professionnel, que le client a lu</translation>
    </message>
    <message>
        <source>The client will get in touch with the professional themselves</source>
        <translation>Le client contactera lui-même le professionnel</translation>
    </message>
    <message>
        <source>The client gets a copy of the letter</source>
        <translation>Le client reçoit une copie de la lettre</translation>
    </message>
    <message>
        <source>Not stated in the letter</source>
        <translation>Non mentionné dans la lettre</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes (the letter makes no assessment)</source>
        <translation>Oui (la lettre ne porte aucune évaluation)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Risk to self or others raised</source>
        <translation>Risque pour soi ou autrui évoqué</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>À vérifier avant d&apos;imprimer</translation>
    </message>
    <message>
        <source>Choose from your directory…</source>
        <translation>Choisir dans votre annuaire…</translation>
    </message>
    <message>
        <source>No consent recorded yet</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>Without a consent, no letter can be written.</source>
        <translation>Sans consentement, aucune lettre ne peut être rédigée.</translation>
    </message>
    <message>
        <source>The letter may share: {0}</source>
        <translation>La lettre peut transmettre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Check before printing the letter:</source>
        <translation>À vérifier avant d&apos;imprimer la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the client you are referring.</source>
        <translation>Choisissez le client que vous orientez.</translation>
    </message>
    <message>
        <source>Choose whom you refer the client to, or add them with “New…”.</source>
        <translation>Choisissez vers qui vous orientez le client, ou ajoutez ce professionnel avec «&#xa0;Nouveau…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>Check the letter</source>
        <translation>Vérifier la lettre</translation>
    </message>
    <message>
        <source>Before this letter leaves CoachDesk, check:</source>
        <translation>Avant que cette lettre ne quitte CoachDesk, vérifiez&#xa0;:</translation>
    </message>
    <message>
        <source>Go on with the letter as it stands?</source>
        <translation>Continuer avec la lettre telle quelle&#xa0;?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Mark as accepted</source>
        <translation>Marquer comme acceptée</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Annuler l&apos;orientation</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Sous peu</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
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
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d&apos;orientation</translation>
    </message>
    <message>
        <source>{client} to {professional}</source>
        <translation>{client} vers {professional}</translation>
    </message>
    <message>
        <source>Filter by client, professional or reason</source>
        <translation>Filtrer par client, professionnel ou motif</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Nouvelle orientation…</translation>
    </message>
    <message>
        <source>Make your first referral…</source>
        <translation>Créer votre première orientation…</translation>
    </message>
    <message>
        <source>Filter referrals</source>
        <translation>Filtrer les orientations</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation>Changer le statut de l&apos;orientation</translation>
    </message>
    <message>
        <source>Preview letter</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview the referral letter of the selected referral</source>
        <translation>Aperçu de la lettre d&apos;orientation de l&apos;orientation choisie</translation>
    </message>
    <message>
        <source>Export letter…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the referral letter of the selected referral as a PDF</source>
        <translation>Exporter en PDF la lettre d&apos;orientation de l&apos;orientation choisie</translation>
    </message>
    <message>
        <source>It is recorded in the Ethics area for your decision.</source>
        <translation>Il est consigné dans l&apos;espace Déontologie pour que vous décidiez.</translation>
    </message>
    <message>
        <source>A conflict of interest to decide</source>
        <translation>Un conflit d&apos;intérêts à trancher</translation>
    </message>
    <message>
        <source>Referrals are kept</source>
        <translation>Les orientations sont conservées</translation>
    </message>
    <message>
        <source>A referral stays in the client&apos;s record. Cancel it with Status ▸ Cancel the referral.</source>
        <translation>Une orientation reste dans le dossier du client. Annulez-la avec Statut ▸ Annuler l&apos;orientation.</translation>
    </message>
    <message>
        <source>Referrals are cancelled, not deleted.</source>
        <translation>Les orientations sont annulées, pas supprimées.</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Le statut n&apos;a pas été changé</translation>
    </message>
</context>
</TS>
