<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationPack</name>
    <message>
        <source>Choose where to save the application pack</source>
        <translation>Choisir où enregistrer le dossier de candidature</translation>
    </message>
    <message>
        <source>Credential application pack</source>
        <translation>Dossier de candidature à l&apos;accréditation</translation>
    </message>
    <message>
        <source>The application pack was not saved</source>
        <translation>Le dossier de candidature n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {reason}.

Choose another folder, or check that you may write to it.</source>
        <translation>Impossible d&apos;écrire dans {folder} : {reason}.

Choisissez un autre dossier, ou vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Application pack saved</source>
        <translation>Dossier de candidature enregistré</translation>
    </message>
    <message>
        <source>Saved in {folder}:
{names}

Each file is recorded in Ethics ▸ Sent out.</source>
        <translation>Enregistré dans {folder} :
{names}

Chaque fichier est consigné dans Éthique ▸ Envois.</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Your upcoming sessions as an iCalendar (.ics) file for Google Calendar, Outlook or Apple Calendar. Importing a newer file updates the events instead of adding copies.</source>
        <translation>Vos séances à venir dans un fichier iCalendar (.ics) pour Google Agenda, Outlook ou Calendrier Apple. Importer un fichier plus récent met à jour les événements au lieu de les dupliquer.</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter l&apos;agenda…</translation>
    </message>
    <message>
        <source>Save the upcoming sessions as an .ics file</source>
        <translation>Enregistrer les séances à venir dans un fichier .ics</translation>
    </message>
    <message>
        <source>Use client names in titles</source>
        <translation>Utiliser le nom des clients dans les titres</translation>
    </message>
    <message>
        <source>Otherwise titles show only the client&apos;s initials (“Coaching session · Z.Ø.”), so a calendar you share or sync does not name your clients. Notes never go into the file.</source>
        <translation>Sinon, les titres ne montrent que les initiales (« Séance de coaching · Z.Ø. »), pour qu&apos;un agenda partagé ou synchronisé ne nomme pas vos clients. Les notes n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutes avant</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutes avant</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Rappel :</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Séances à venir</translation>
    </message>
    <message>
        <source>No upcoming sessions yet: the file would hold no events.</source>
        <translation>Aucune séance à venir pour l&apos;instant : le fichier ne contiendrait aucun événement.</translation>
    </message>
</context>
<context>
    <name>CredentialCard</name>
    <message>
        <source>{credential} progress</source>
        <translation>Progression {credential}</translation>
    </message>
    <message>
        <source>✓ All met</source>
        <translation>✓ Tout est rempli</translation>
    </message>
    <message>
        <source>{met} of {required} met</source>
        <translation>{met} sur {required} remplies</translation>
    </message>
</context>
<context>
    <name>CredentialsView</name>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Certificats (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>Images JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attach certificate</source>
        <translation>Joindre un certificat</translation>
    </message>
    <message>
        <source>Certificate not attached</source>
        <translation>Certificat non joint</translation>
    </message>
    <message>
        <source>Could not read “{name}”: {reason}.</source>
        <translation>Impossible de lire « {name} » : {reason}.</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Certificat non enregistré</translation>
    </message>
    <message>
        <source>Save a copy of the certificate</source>
        <translation>Enregistrer une copie du certificat</translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation>Certificat non retiré</translation>
    </message>
    <message>
        <source>Core Competencies</source>
        <translation>Compétences clés</translation>
    </message>
    <message>
        <source>Coaching Ethics</source>
        <translation>Éthique du coaching</translation>
    </message>
    <message>
        <source>Resource Development</source>
        <translation>Développement des ressources</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Obtenue</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Group of {n}</source>
        <translation>Groupe de {n}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>État des exigences</translation>
    </message>
    <message>
        <source>Measured by ICF&apos;s rules as checked on {day}; each line says what is met and what is missing.</source>
        <translation>Mesuré selon les règles de l&apos;ICF vérifiées le {day} ; chaque ligne indique ce qui est rempli et ce qui manque.</translation>
    </message>
    <message>
        <source>Application pack…</source>
        <translation>Dossier de candidature…</translation>
    </message>
    <message>
        <source>Save one PDF of this evidence, the log as CSV and your CCE certificates in a folder</source>
        <translation>Enregistrer dans un dossier un PDF de ces justificatifs, le journal en CSV et vos certificats CCE</translation>
    </message>
    <message>
        <source>Supervision and practice</source>
        <translation>Supervision et pratique</translation>
    </message>
    <message>
        <source>Supervision period from</source>
        <translation>Période de supervision du</translation>
    </message>
    <message>
        <source>Supervision period to</source>
        <translation>Période de supervision au</translation>
    </message>
    <message>
        <source>Hours of coaching per supervision hour</source>
        <translation>Heures de coaching par heure de supervision</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>· 1 hour of supervision per</source>
        <translation>· 1 heure de supervision pour</translation>
    </message>
    <message>
        <source>hours of coaching</source>
        <translation>heures de coaching</translation>
    </message>
    <message>
        <source>Credentials held</source>
        <translation>Accréditations obtenues</translation>
    </message>
    <message>
        <source>The credentials you hold, since when, and when each is due for renewal.</source>
        <translation>Vos accréditations, depuis quand vous les détenez et quand chacune doit être renouvelée.</translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation>Ajouter une accréditation…</translation>
    </message>
    <message>
        <source>No credential yet. Add the one you hold to see what its renewal asks.</source>
        <translation>Aucune accréditation pour l&apos;instant. Ajoutez la vôtre pour voir ce qu&apos;exige son renouvellement.</translation>
    </message>
    <message>
        <source>Mentor coaching received</source>
        <translation>Mentor coaching reçu</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ajouter une séance…</translation>
    </message>
    <message>
        <source>Mentor coaching sessions you receive will be listed here.</source>
        <translation>Les séances de mentor coaching que vous recevez figureront ici.</translation>
    </message>
    <message>
        <source>Continuing coach education</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translation>Ajouter une formation…</translation>
    </message>
    <message>
        <source>Courses and events will be listed here with their CCE units and certificates.</source>
        <translation>Les formations et événements figureront ici avec leurs unités CCE et certificats.</translation>
    </message>
    <message>
        <source>Supervision received</source>
        <translation>Supervision reçue</translation>
    </message>
    <message>
        <source>Sessions with your supervisor; the ratio above is measured on them.</source>
        <translation>Séances avec votre superviseur ; le ratio ci-dessus est calculé sur elles.</translation>
    </message>
    <message>
        <source>Supervision sessions you receive will be listed here.</source>
        <translation>Les séances de supervision que vous recevez figureront ici.</translation>
    </message>
    <message>
        <source>Attach certificate…</source>
        <translation>Joindre un certificat…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Write the certificate to a file you choose (recorded in the outbound ledger)</source>
        <translation>Écrire le certificat dans un fichier de votre choix (consigné au registre des sorties)</translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation>Retirer le certificat</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Supprimer ?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Delete your {body} {level} from the credentials held?</source>
        <translation>Supprimer votre {body} {level} des accréditations obtenues ?</translation>
    </message>
    <message>
        <source>Delete the mentor coaching session of {day} with {mentor}?</source>
        <translation>Supprimer la séance de mentor coaching du {day} avec {mentor} ?</translation>
    </message>
    <message>
        <source> Its certificate is deleted with it.</source>
        <translation> Son certificat est supprimé avec elle.</translation>
    </message>
    <message>
        <source>Delete “{title}” ({day})?</source>
        <translation>Supprimer « {title} » ({day}) ?</translation>
    </message>
    <message>
        <source>Delete the supervision session of {day} with {supervisor}?</source>
        <translation>Supprimer la séance de supervision du {day} avec {supervisor} ?</translation>
    </message>
    <message>
        <source>No ICF credential held yet: add it under Credentials held.</source>
        <translation>Aucune accréditation ICF pour l&apos;instant : ajoutez-la sous Accréditations obtenues.</translation>
    </message>
    <message>
        <source>You hold ICF&apos;s highest credential.</source>
        <translation>Vous détenez la plus haute accréditation de l&apos;ICF.</translation>
    </message>
    <message>
        <source>Ratio not saved</source>
        <translation>Ratio non enregistré</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>EarlierHoursDialog</name>
    <message>
        <source>Hours before CoachDesk</source>
        <translation>Heures avant CoachDesk</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Earlier log lines</source>
        <translation>Lignes antérieures du journal</translation>
    </message>
    <message>
        <source>Lines from the log you kept before CoachDesk, in ICF&apos;s columns. They print in the hours log marked as entered, and count in the totals and the progress towards each credential.</source>
        <translation>Lignes du journal tenu avant CoachDesk, dans les colonnes de l&apos;ICF. Elles figurent dans le journal des heures, marquées comme saisies, et comptent dans les totaux et la progression vers chaque accréditation.</translation>
    </message>
    <message>
        <source>No earlier lines yet: add one, or import your earlier log as CSV.</source>
        <translation>Aucune ligne antérieure pour l&apos;instant : ajoutez-en une, ou importez votre ancien journal en CSV.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>A CSV in the hours log&apos;s own columns; every row is checked before anything is added</source>
        <translation>Un CSV dans les colonnes du journal des heures ; chaque ligne est vérifiée avant tout ajout</translation>
    </message>
    <message>
        <source>Delete the earlier line “%1”? Its hours leave the log.</source>
        <translation>Supprimer la ligne antérieure « %1 » ? Ses heures sortent du journal.</translation>
    </message>
    <message>
        <source>Import an earlier hours log (CSV)</source>
        <translation>Importer un ancien journal d&apos;heures (CSV)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>The file is too large for an hours log.</source>
        <translation>Le fichier est trop volumineux pour un journal d&apos;heures.</translation>
    </message>
</context>
<context>
    <name>EarlierLineDialog</name>
    <message>
        <source>Earlier log line</source>
        <translation>Ligne antérieure du journal</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>E-mail or phone, as ICF asks</source>
        <translation>Courriel ou téléphone, comme le demande l&apos;ICF</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Individual/Group</source>
        <translation>Individuel/Groupe</translation>
    </message>
    <message>
        <source>No. in group</source>
        <translation>Nb dans le groupe</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Heures rémunérées</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation>Heures pro bono</translation>
    </message>
</context>
<context>
    <name>EducationDialog</name>
    <message>
        <source>New course or event</source>
        <translation>Nouvelle formation ou événement</translation>
    </message>
    <message>
        <source>Edit course or event</source>
        <translation>Modifier la formation ou l’événement</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Ethics in everyday coaching</source>
        <translation>p. ex. L’éthique au quotidien du coaching</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>CCE units</source>
        <translation>Unités CCE</translation>
    </message>
    <message>
        <source>e.g. 1.5</source>
        <translation>p. ex. 1,5</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>HeldCredentialDialog</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>New credential</source>
        <translation>Nouvelle accréditation</translation>
    </message>
    <message>
        <source>Edit credential</source>
        <translation>Modifier l&apos;accréditation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>Organisme certificateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>e.g. ACC, PCC, MCC</source>
        <translation>p. ex. ACC, PCC, MCC</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>Obtenue le</translation>
    </message>
    <message>
        <source>Renewal due on</source>
        <translation>Renouvellement le</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Renouvellement</translation>
    </message>
</context>
<context>
    <name>HoursLog</name>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Individual/Group</source>
        <translation>Individuel/Groupe</translation>
    </message>
    <message>
        <source>Group of {number}</source>
        <translation>Groupe de {number}</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Heures rémunérées</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation>Heures pro bono</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>%1 (entered)</source>
        <translation>%1 (saisie)</translation>
    </message>
    <message>
        <source>Not claimable: %1, %2 hours — %3</source>
        <translation>Non comptabilisables : %1, %2 heures — %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>In group</source>
        <translation>Dans le groupe</translation>
    </message>
    <message>
        <source>In
group</source>
        <translation>En
groupe</translation>
    </message>
    <message>
        <source>Start
date</source>
        <translation>Date de
début</translation>
    </message>
    <message>
        <source>End
date</source>
        <translation>Date
de fin</translation>
    </message>
    <message>
        <source>Paid
hours</source>
        <translation>Payées
(h)</translation>
    </message>
    <message>
        <source>Pro bono
hours</source>
        <translation>Pro bono
(h)</translation>
    </message>
    <message>
        <source>Entered by you from an earlier log (hours before CoachDesk)</source>
        <translation>Saisie par vous depuis un ancien journal (heures avant CoachDesk)</translation>
    </message>
    <message>
        <source>Logged as an alias: the organisation&apos;s contact verifies these hours</source>
        <translation>Saisie sous alias : le contact de l&apos;organisation atteste ces heures</translation>
    </message>
    <message>
        <source>{hours} coaching hours ({paid} paid, {pro_bono} pro bono) · {clients} · {recent} hours since {since}</source>
        <translation>{hours} heures de coaching ({paid} rémunérées, {pro_bono} pro bono) · {clients} · {recent} heures depuis le {since}</translation>
    </message>
    <message>
        <source>{achieved} / {required} h</source>
        <translation>{achieved} / {required} h</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Rempli</translation>
    </message>
    <message>
        <source>{hours} h to go</source>
        <translation>encore {hours} h</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Coaching-hours log</source>
        <translation>Journal des heures de coaching</translation>
    </message>
    <message>
        <source>Completed sessions in the ICF credential format: one row per client or group (up to 15 participants counted). Only claimable hours are listed and counted; the rest is shown apart.</source>
        <translation>Séances réalisées au format des accréditations ICF : une ligne par client ou groupe (jusqu&apos;à 15 participants comptés). Seules les heures comptabilisables sont listées et comptées ; le reste est présenté à part.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the log as a spreadsheet (CSV) in the ICF columns</source>
        <translation>Enregistrer le journal comme tableur (CSV) dans les colonnes de l&apos;ICF</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the log as a PDF with your details and the totals</source>
        <translation>Enregistrer le journal en PDF avec vos coordonnées et les totaux</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the log with your details and the totals (Ctrl+P)</source>
        <translation>Imprimer le journal avec vos coordonnées et les totaux (Ctrl+P)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>not set: from your first session</source>
        <translation>non définie : depuis votre première séance</translation>
    </message>
    <message>
        <source>not set: up to today</source>
        <translation>non définie : jusqu&apos;à aujourd&apos;hui</translation>
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
        <source>No hours logged</source>
        <translation>Aucune heure saisie</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Not claimable</source>
        <translation>Non comptabilisables</translation>
    </message>
    <message>
        <source>Earlier hours…</source>
        <translation>Heures antérieures…</translation>
    </message>
    <message>
        <source>Enter or import log lines for hours coached before CoachDesk</source>
        <translation>Saisir ou importer les lignes des heures de coaching antérieures à CoachDesk</translation>
    </message>
    <message>
        <source>Verification letter…</source>
        <translation>Lettre d&apos;attestation…</translation>
    </message>
    <message>
        <source>A letter for an organisation&apos;s contact to sign, verifying hours logged under aliases</source>
        <translation>Une lettre à faire signer par le contact d&apos;une organisation, attestant les heures saisies sous alias</translation>
    </message>
    <message>
        <source>No completed sessions in this period.</source>
        <translation>Aucune séance réalisée sur cette période.</translation>
    </message>
    <message>
        <source>No completed sessions yet. Each client you coach will be listed here with their paid and pro bono hours once a session is marked completed.</source>
        <translation>Aucune séance réalisée pour l&apos;instant. Chaque client que vous accompagnez figurera ici avec ses heures rémunérées et pro bono dès qu&apos;une séance sera marquée comme réalisée.</translation>
    </message>
    <message>
        <source>Total: {totals}</source>
        <translation>Total : {totals}</translation>
    </message>
</context>
<context>
    <name>KeepClientDialog</name>
    <message>
        <source>Keep a client&apos;s records</source>
        <translation>Conserver le dossier d&apos;un client</translation>
    </message>
    <message>
        <source>Keep records</source>
        <translation>Conserver le dossier</translation>
    </message>
    <message>
        <source>{client}&apos;s records stay in the vault past the retention period. Say why (for example a complaint or a legal claim still open, or the client asked you to keep them): the reason is recorded. With a review date, they are listed here again on that day.</source>
        <translation>Le dossier de {client} reste dans le coffre au-delà de la durée de conservation. Indiquez pourquoi (par exemple une réclamation ou une action en justice en cours, ou le client vous l&apos;a demandé) : le motif est consigné. Avec une date de réexamen, il réapparaîtra ici ce jour-là.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why the records are kept</source>
        <translation>Pourquoi le dossier est conservé</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réexamen</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Réexaminer le</translation>
    </message>
    <message>
        <source>Without a review date, the client is not listed again.</source>
        <translation>Sans date de réexamen, le client ne réapparaît plus.</translation>
    </message>
</context>
<context>
    <name>MentoringDialog</name>
    <message>
        <source>New mentor coaching session</source>
        <translation>Nouvelle séance de mentor coaching</translation>
    </message>
    <message>
        <source>Edit mentor coaching session</source>
        <translation>Modifier la séance de mentor coaching</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>e.g. Mara Quist</source>
        <translation>p. ex. Mara Quist</translation>
    </message>
    <message>
        <source>Mentor&apos;s credential</source>
        <translation>Accréditation du mentor</translation>
    </message>
    <message>
        <source>e.g. PCC, MCC</source>
        <translation>p. ex. PCC, MCC</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>1 for one-to-one; ICF counts groups of at most 10</source>
        <translation>1 pour une séance individuelle ; l&apos;ICF compte les groupes de 10 au plus</translation>
    </message>
    <message>
        <source>Participants (1: one-to-one)</source>
        <translation>Participants (1 : individuel)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress towards ICF credentials</source>
        <translation>Progression vers les accréditations ICF</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>{title} heading</source>
        <translation>Titre {title}</translation>
    </message>
    <message>
        <source>Could not write “{file}” in {folder}: {reason}.

Choose another folder, or check that this one exists and that you may write to it.</source>
        <translation>Impossible d&apos;écrire « {file} » dans {folder} : {reason}.

Choisissez un autre dossier, ou vérifiez que celui-ci existe et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to go</source>
        <translation>
            <numerusform>encore %n client</numerusform>
            <numerusform>encore %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming session(s) will be exported.</source>
        <translation>
            <numerusform>%n séance à venir sera exportée.</numerusform>
            <numerusform>%n séances à venir seront exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Progress towards ICF credentials</source>
        <translation>Progression vers les accréditations ICF</translation>
    </message>
    <message>
        <source>Hours and records</source>
        <translation>Heures et dossiers</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Accréditations</translation>
    </message>
    <message>
        <source>Measured on the log&apos;s claimable lines. ACC and PCC also ask for hours in the last {months} months; MCC does not.</source>
        <translation>Mesuré sur les lignes comptabilisables du journal. ACC et PCC exigent aussi des heures sur les {months} derniers mois ; MCC non.</translation>
    </message>
    <message>
        <source>Measured on the log&apos;s claimable lines in the period chosen. ACC and PCC also ask for hours in the last {months} months (since {since}); MCC does not.</source>
        <translation>Mesuré sur les lignes comptabilisables du journal pour la période choisie. ACC et PCC exigent aussi des heures sur les {months} derniers mois (depuis le {since}) ; MCC non.</translation>
    </message>
    <message>
        <source>Measured on the log&apos;s claimable lines. ACC and PCC also ask for hours in the last {months} months (since {since}); MCC does not.</source>
        <translation>Mesuré sur les lignes comptabilisables du journal. ACC et PCC exigent aussi des heures sur les {months} derniers mois (depuis le {since}) ; MCC non.</translation>
    </message>
    <message>
        <source>Export the coaching-hours log as {kind}</source>
        <translation>Exporter le journal des heures de coaching en {kind}</translation>
    </message>
    <message>
        <source>Coaching-hours log</source>
        <translation>Journal des heures de coaching</translation>
    </message>
    <message>
        <source>The hours log was not saved</source>
        <translation>Le journal des heures n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved “{file}” in {folder}.</source>
        <translation>« {file} » enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>L&apos;agenda n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved “{file}” in {folder}: {events}, titles with client names.</source>
        <translation>« {file} » enregistré dans {folder} : {events}, titres avec le nom des clients.</translation>
    </message>
    <message>
        <source>Saved “{file}” in {folder}: {events}, titles with initials only.</source>
        <translation>« {file} » enregistré dans {folder} : {events}, titres avec les initiales seulement.</translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>{credential}: {requirement}</source>
        <translation>{credential} : {requirement}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Last engagement ended</source>
        <translation>Fin du dernier accompagnement</translation>
    </message>
    <message>
        <source>Last agreement</source>
        <translation>Dernière convention</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Kept: {reason}, review on {day}</source>
        <translation>Conservé : {reason}, réexamen le {day}</translation>
    </message>
    <message>
        <source>Kept: {reason}</source>
        <translation>Conservé : {reason}</translation>
    </message>
    <message>
        <source>Review due (kept on {day}: {reason})</source>
        <translation>Réexamen dû (conservé le {day} : {reason})</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Compté depuis</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Fin de la durée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Clients whose records have been kept for the whole retention period after their last activity: erase their records, or keep them with a reason.</source>
        <translation>Clients dont le dossier a été conservé pendant toute la durée de conservation après leur dernière activité : effacez leur dossier, ou conservez-le en indiquant un motif.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Durée de conservation en années</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Enregistrer la durée</translation>
    </message>
    <message>
        <source>after a client&apos;s last engagement ends, or their last session</source>
        <translation>après la fin du dernier accompagnement d&apos;un client, ou sa dernière séance</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Conserver les dossiers pendant</translation>
    </message>
    <message>
        <source>Show clients kept with a reason</source>
        <translation>Afficher les clients conservés avec un motif</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Clients au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>No clients past retention</source>
        <translation>Aucun client au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Keep…</source>
        <translation>Conserver…</translation>
    </message>
    <message>
        <source>Keep the selected client&apos;s records, with the reason</source>
        <translation>Conserver le dossier du client sélectionné, avec le motif</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase the selected client and everything recorded about them (Del)</source>
        <translation>Effacer le client sélectionné et tout ce qui le concerne (Suppr)</translation>
    </message>
    <message>
        <source>No client is past the retention period. Clients whose records have been kept for {years} after their last activity will be listed here, for you to erase their records or keep them with a reason.</source>
        <translation>Aucun client n&apos;a dépassé la durée de conservation. Les clients dont le dossier a été conservé {years} après leur dernière activité figureront ici, pour que vous effaciez leur dossier ou le conserviez avec un motif.</translation>
    </message>
    <message>
        <source>Records are now kept for {years} after the last activity.</source>
        <translation>Les dossiers sont désormais conservés {years} après la dernière activité.</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>New supervision session</source>
        <translation>Nouvelle séance de supervision</translation>
    </message>
    <message>
        <source>Edit supervision session</source>
        <translation>Modifier la séance de supervision</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>e.g. Pat Oyelaran</source>
        <translation>p. ex. Pat Oyelaran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Supervision de groupe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VerificationLetter</name>
    <message>
        <source>No verification letter</source>
        <translation>Pas de lettre d&apos;attestation</translation>
    </message>
    <message>
        <source>No engagement is logged as an alias yet. In the agreement with a sponsor whose confidentiality policy keeps client names in, tick “Log as an alias, verified by the organisation”.</source>
        <translation>Aucun accompagnement n&apos;est encore saisi sous alias. Dans la convention avec un commanditaire dont la politique de confidentialité garde les noms des clients en interne, cochez « Saisir sous alias, attesté par l&apos;organisation ».</translation>
    </message>
    <message>
        <source>Verification letter</source>
        <translation>Lettre d&apos;attestation</translation>
    </message>
</context>
<context>
    <name>VerificationLetterDialog</name>
    <message>
        <source>Verification letter</source>
        <translation>Lettre d&apos;attestation</translation>
    </message>
    <message>
        <source>External coach</source>
        <translation>Coach externe</translation>
    </message>
    <message>
        <source>Internal coach (employed by the organisation)</source>
        <translation>Coach interne (salarié de l&apos;organisation)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>The letter lists the hours you logged under aliases for this organisation, for its contact to sign and send to ICF with your application. It names no client.</source>
        <translation>La lettre liste les heures saisies sous alias pour cette organisation, pour que son contact la signe et l&apos;envoie à l&apos;ICF avec votre candidature. Elle ne nomme aucun client.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
</context>
</TS>
