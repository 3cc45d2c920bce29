<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message numerus="yes">
        <source>Hours in the last %n months</source>
        <translation>
            <numerusform>Heures sur %n mois</numerusform>
            <numerusform>Heures sur les %n derniers mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>VAT exemption wording</source>
        <translation>mention d&apos;exonération de TVA</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>numéro de TVA</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>régime de TVA</translation>
    </message>
    <message>
        <source>VAT wording</source>
        <translation>mention de TVA</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action</translation>
    </message>
    <message>
        <source>action taken</source>
        <translation>mesure prise</translation>
    </message>
    <message>
        <source>action&apos;s owner</source>
        <translation>responsable de l&apos;action</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>convention</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>avenant</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>montant payé</translation>
    </message>
    <message>
        <source>amount to credit</source>
        <translation>montant de l&apos;avoir</translation>
    </message>
    <message>
        <source>anything else to share</source>
        <translation>autres éléments à partager</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>organisme de délivrance</translation>
    </message>
    <message>
        <source>basis for the disclosure</source>
        <translation>fondement de la divulgation</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>adresse de facturation</translation>
    </message>
    <message>
        <source>cancellation policy</source>
        <translation>conditions d&apos;annulation</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>certificate&apos;s file name</source>
        <translation>nom du fichier du certificat</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>client gets copy</source>
        <translation>copie pour le client</translation>
    </message>
    <message>
        <source>client informed</source>
        <translation>client informé</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>client will contact</source>
        <translation>le client prendra contact</translation>
    </message>
    <message>
        <source>coach&apos;s name</source>
        <translation>nom du coach</translation>
    </message>
    <message>
        <source>code of ethics</source>
        <translation>code de déontologie</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>complaints route</source>
        <translation>voie de réclamation</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>préoccupation</translation>
    </message>
    <message>
        <source>confidentiality terms</source>
        <translation>clauses de confidentialité</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>contact channels</source>
        <translation>canaux de contact</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mail du contact</translation>
    </message>
    <message>
        <source>contact hours</source>
        <translation>horaires de contact</translation>
    </message>
    <message>
        <source>contact info</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>contact&apos;s name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact&apos;s phone number</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>contact&apos;s role</source>
        <translation>fonction du contact</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>accréditation</translation>
    </message>
    <message>
        <source>credential level</source>
        <translation>niveau d&apos;accréditation</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>accréditations</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>data-protection authority</source>
        <translation>autorité de protection des données</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date agreed</source>
        <translation>date de l&apos;accord</translation>
    </message>
    <message>
        <source>date consent was given</source>
        <translation>date du consentement</translation>
    </message>
    <message>
        <source>date it happened</source>
        <translation>date de l&apos;incident</translation>
    </message>
    <message>
        <source>date it was awarded</source>
        <translation>date d&apos;obtention</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>date de la décision</translation>
    </message>
    <message>
        <source>date of the disclosure</source>
        <translation>date de la divulgation</translation>
    </message>
    <message>
        <source>date of the letter</source>
        <translation>date de la lettre</translation>
    </message>
    <message>
        <source>date of the log</source>
        <translation>date du journal</translation>
    </message>
    <message>
        <source>date of the next three-way review</source>
        <translation>date du prochain bilan tripartite</translation>
    </message>
    <message>
        <source>date of the report</source>
        <translation>date du rapport</translation>
    </message>
    <message>
        <source>date of withdrawal</source>
        <translation>date du retrait</translation>
    </message>
    <message>
        <source>date the client agreed</source>
        <translation>date de l&apos;accord du client</translation>
    </message>
    <message>
        <source>date the client was told</source>
        <translation>date d&apos;information du client</translation>
    </message>
    <message>
        <source>date to bill up to</source>
        <translation>facturer jusqu&apos;au</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>default session length</source>
        <translation>durée de séance par défaut</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>divulgation</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>durée en minutes</translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation>durée en minutes</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>earlier log line</source>
        <translation>ligne antérieure du journal</translation>
    </message>
    <message>
        <source>education record</source>
        <translation>formation enregistrée</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>fin de la période</translation>
    </message>
    <message>
        <source>end of the range</source>
        <translation>fin de la plage</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>justificatif</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>honoraires</translation>
    </message>
    <message>
        <source>fee basis</source>
        <translation>base des honoraires</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>date de suivi</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>gifts policy</source>
        <translation>politique en matière de cadeaux</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goal&apos;s origin</source>
        <translation>origine de l&apos;objectif</translation>
    </message>
    <message>
        <source>group size</source>
        <translation>taille du groupe</translation>
    </message>
    <message>
        <source>in group</source>
        <translation>en groupe</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>intake date</source>
        <translation>date d&apos;accueil</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>ligne de facture</translation>
    </message>
    <message>
        <source>is group</source>
        <translation>séance de groupe</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>date d&apos;émission</translation>
    </message>
    <message>
        <source>kind of conflict</source>
        <translation>type de conflit</translation>
    </message>
    <message>
        <source>kind of incident</source>
        <translation>type d&apos;incident</translation>
    </message>
    <message>
        <source>kind of line</source>
        <translation>type de ligne</translation>
    </message>
    <message>
        <source>late cancel uses credit</source>
        <translation>annulation tardive décomptée du forfait</translation>
    </message>
    <message>
        <source>limitation of liability</source>
        <translation>limitation de responsabilité</translation>
    </message>
    <message>
        <source>log as alias</source>
        <translation>consigner sous pseudonyme</translation>
    </message>
    <message>
        <source>measure of success</source>
        <translation>critère de réussite</translation>
    </message>
    <message>
        <source>mentor coaching session</source>
        <translation>séance de mentor coaching</translation>
    </message>
    <message>
        <source>mentor&apos;s credential</source>
        <translation>accréditation du mentor</translation>
    </message>
    <message>
        <source>mentor&apos;s name</source>
        <translation>nom du mentor</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>named in hours log</source>
        <translation>nommé dans le journal des heures</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>note template</source>
        <translation>modèle de note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>number in the group</source>
        <translation>nombre de participants</translation>
    </message>
    <message>
        <source>number of blocks</source>
        <translation>nombre de tranches</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>nombre de séances</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>other client</source>
        <translation>autre client</translation>
    </message>
    <message>
        <source>other client consented on</source>
        <translation>consentement de l&apos;autre client le</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>paid hours</source>
        <translation>heures rémunérées</translation>
    </message>
    <message>
        <source>paid on</source>
        <translation>payé le</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>payeur</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>date du paiement</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>mode de paiement</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>conditions de paiement</translation>
    </message>
    <message>
        <source>payment terms in days</source>
        <translation>délai de paiement en jours</translation>
    </message>
    <message>
        <source>pays referral fee</source>
        <translation>verse une commission d&apos;orientation</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>planned three-way meetings</source>
        <translation>rencontres tripartites prévues</translation>
    </message>
    <message>
        <source>practice name</source>
        <translation>nom du cabinet</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nom d&apos;usage</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notes privées</translation>
    </message>
    <message>
        <source>pro bono hours</source>
        <translation>heures pro bono</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>profession</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professionnel</translation>
    </message>
    <message>
        <source>professional body</source>
        <translation>organisme professionnel</translation>
    </message>
    <message>
        <source>progress for the sponsor</source>
        <translation>progrès pour le commanditaire</translation>
    </message>
    <message>
        <source>progress in percent</source>
        <translation>progrès en pourcentage</translation>
    </message>
    <message>
        <source>progress summary</source>
        <translation>résumé des progrès</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>qualifications</source>
        <translation>qualifications</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>reason for keeping the records</source>
        <translation>motif de conservation du dossier</translation>
    </message>
    <message>
        <source>reason for the referral</source>
        <translation>motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>reason in the client&apos;s words</source>
        <translation>motif dans les mots du client</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>recipient may reply</source>
        <translation>le destinataire peut répondre</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>date de l&apos;orientation</translation>
    </message>
    <message>
        <source>reminder in minutes</source>
        <translation>rappel en minutes</translation>
    </message>
    <message>
        <source>renewal date</source>
        <translation>date de renouvellement</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>délai de réponse</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>date de révision</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>safeguards</source>
        <translation>garde-fous</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>services that process data</source>
        <translation>services qui traitent des données</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>session length</source>
        <translation>durée de séance</translation>
    </message>
    <message>
        <source>shared items</source>
        <translation>éléments partagés</translation>
    </message>
    <message>
        <source>shared summary</source>
        <translation>résumé partagé</translation>
    </message>
    <message>
        <source>signature place</source>
        <translation>lieu de signature</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>specialties</source>
        <translation>spécialités</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>commanditaire</translation>
    </message>
    <message>
        <source>sponsor contact email</source>
        <translation>e-mail du contact du commanditaire</translation>
    </message>
    <message>
        <source>sponsor organisation</source>
        <translation>organisation commanditaire</translation>
    </message>
    <message>
        <source>sponsor sees percent</source>
        <translation>le commanditaire voit le pourcentage</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>début de la période</translation>
    </message>
    <message>
        <source>start of the range</source>
        <translation>début de la plage</translation>
    </message>
    <message>
        <source>start of the session</source>
        <translation>début de la séance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>summary the client read</source>
        <translation>résumé lu par le client</translation>
    </message>
    <message>
        <source>supervision session</source>
        <translation>séance de supervision</translation>
    </message>
    <message>
        <source>supervisor&apos;s name</source>
        <translation>nom du superviseur</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>template&apos;s name</source>
        <translation>nom du modèle</translation>
    </message>
    <message>
        <source>termination notice in days</source>
        <translation>préavis de résiliation en jours</translation>
    </message>
    <message>
        <source>time it was done</source>
        <translation>heure de réalisation</translation>
    </message>
    <message>
        <source>time it was sent</source>
        <translation>heure d&apos;envoi</translation>
    </message>
    <message>
        <source>time of finalising</source>
        <translation>heure de finalisation</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>video and messaging platforms</source>
        <translation>plateformes de visio et de messagerie</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>ce qui a changé</translation>
    </message>
    <message>
        <source>what was disclosed</source>
        <translation>ce qui a été divulgué</translation>
    </message>
    <message>
        <source>whether a risk was raised</source>
        <translation>si un risque a été signalé</translation>
    </message>
    <message>
        <source>wording for the agreement</source>
        <translation>formulation pour la convention</translation>
    </message>
    <message>
        <source>action item id</source>
        <translation>identifiant de l&apos;action</translation>
    </message>
    <message>
        <source>amendment id</source>
        <translation>identifiant de l&apos;avenant</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>identifiant du client</translation>
    </message>
    <message>
        <source>conflict id</source>
        <translation>identifiant du conflit</translation>
    </message>
    <message>
        <source>consent id</source>
        <translation>identifiant du consentement</translation>
    </message>
    <message>
        <source>disclosure id</source>
        <translation>identifiant de la divulgation</translation>
    </message>
    <message>
        <source>engagement id</source>
        <translation>identifiant de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>goal id</source>
        <translation>identifiant de l&apos;objectif</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>identifiant de l&apos;incident</translation>
    </message>
    <message>
        <source>invoice id</source>
        <translation>identifiant de la facture</translation>
    </message>
    <message>
        <source>line id</source>
        <translation>identifiant de la ligne</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>other client id</source>
        <translation>identifiant de l&apos;autre client</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>identifiant du paiement</translation>
    </message>
    <message>
        <source>professional id</source>
        <translation>identifiant du professionnel</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>identifiant de la fiche</translation>
    </message>
    <message>
        <source>referral id</source>
        <translation>identifiant de l&apos;orientation</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>identifiant de la séance</translation>
    </message>
    <message>
        <source>session ids</source>
        <translation>identifiants des séances</translation>
    </message>
    <message>
        <source>sponsor id</source>
        <translation>identifiant du commanditaire</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>The agreement starts and ends on the same day ({day}) for {count} sessions.</source>
        <translation>La convention commence et se termine le même jour ({day}) pour {count} séances.</translation>
    </message>
    <message>
        <source>The agreement starts and ends on the same day ({day}).</source>
        <translation>La convention commence et se termine le même jour ({day}).</translation>
    </message>
    <message>
        <source>{count} sessions between {start} and {end} ({days} days) would be less than {gap} days apart.</source>
        <translation>{count} séances entre le {start} et le {end} ({days} jours) seraient espacées de moins de {gap} jours.</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the application pack.</source>
        <translation>Choisissez un dossier vide (ou nouveau) pour le dossier de candidature.</translation>
    </message>
    <message>
        <source>“{number}” is not a VAT number; it starts with the country code, like DE123456789.</source>
        <translation>« {number} » n&apos;est pas un numéro de TVA ; il commence par le code du pays, comme FR12345678901.</translation>
    </message>
    <message>
        <source>{name} is {size}; a certificate can be at most {most}. Save it smaller (a scan at 150 dpi, or a PDF) and attach it again.</source>
        <translation>{name} pèse {size} ; un certificat peut peser au plus {most}. Enregistrez-le plus léger (scan à 150 dpi, ou PDF) et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is empty; choose the certificate file itself.</source>
        <translation>{name} est vide ; choisissez le fichier du certificat lui-même.</translation>
    </message>
    <message>
        <source>{name} is not a PDF, PNG or JPEG file; a certificate must be one of those.</source>
        <translation>{name} n&apos;est pas un fichier PDF, PNG ou JPEG ; un certificat doit être l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>No certificate is kept for “{title}”.</source>
        <translation>Aucun certificat n&apos;est conservé pour « {title} ».</translation>
    </message>
    <message>
        <source>The file is too large to import (at most {megabytes} MB).</source>
        <translation>Le fichier est trop volumineux pour être importé (au plus {megabytes} Mo).</translation>
    </message>
    <message>
        <source>This is not a CSV or vCard file (it holds binary data).</source>
        <translation>Ce n&apos;est pas un fichier CSV ou vCard (il contient des données binaires).</translation>
    </message>
    <message>
        <source>No name: the row needs a Name, or a First Name and Last Name.</source>
        <translation>Pas de nom : la ligne doit avoir un Name, ou un First Name et un Last Name.</translation>
    </message>
    <message>
        <source>Line {line} cannot be imported: {reason}</source>
        <translation>La ligne {line} ne peut pas être importée : {reason}</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Notes amended: {text}</source>
        <translation>Notes complétées : {text}</translation>
    </message>
    <message>
        <source>Referral letter to {professional}: {reason}</source>
        <translation>Lettre d&apos;orientation vers {professional} : {reason}</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the client&apos;s records.</source>
        <translation>Choisissez un dossier vide (ou nouveau) pour le dossier du client.</translation>
    </message>
    <message>
        <source>The erasure did not finish: the vault was busy.</source>
        <translation>L&apos;effacement n&apos;a pas abouti : le coffre était occupé.</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>Séance planifiée</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Séance annulée</translation>
    </message>
    <message>
        <source>Session cancelled late</source>
        <translation>Séance annulée tardivement</translation>
    </message>
    <message>
        <source>Session missed (no-show)</source>
        <translation>Séance manquée (absence)</translation>
    </message>
    <message>
        <source>{what}, {minutes} min, {format}</source>
        <translation>{what}, {minutes} min, {format}</translation>
    </message>
    <message>
        <source>; concern: {concerns}</source>
        <translation> ; préoccupation : {concerns}</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Engagement terminated</source>
        <translation>Accompagnement résilié</translation>
    </message>
    <message>
        <source>Engagement completed</source>
        <translation>Accompagnement terminé</translation>
    </message>
    <message>
        <source>Agreement sent</source>
        <translation>Convention envoyée</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Convention signée</translation>
    </message>
    <message>
        <source>Engagement started</source>
        <translation>Accompagnement commencé</translation>
    </message>
    <message>
        <source>{what}: {title}</source>
        <translation>{what} : {title}</translation>
    </message>
    <message>
        <source>Session notes finalised</source>
        <translation>Notes de séance finalisées</translation>
    </message>
    <message>
        <source>Goal set: {goal}</source>
        <translation>Objectif fixé : {goal}</translation>
    </message>
    <message>
        <source>Goal achieved: {goal}</source>
        <translation>Objectif atteint : {goal}</translation>
    </message>
    <message>
        <source>Action due ({owner}): {action}</source>
        <translation>Action à échéance ({owner}) : {action}</translation>
    </message>
    <message>
        <source>Action done: {action}</source>
        <translation>Action réalisée : {action}</translation>
    </message>
    <message>
        <source>Referred to {professional}</source>
        <translation>Orienté vers {professional}</translation>
    </message>
    <message>
        <source>Referral follow-up: {professional}</source>
        <translation>Suivi de l&apos;orientation : {professional}</translation>
    </message>
    <message>
        <source>Referral {status}: {professional}</source>
        <translation>Orientation {status} : {professional}</translation>
    </message>
    <message>
        <source>Consent given: {about}</source>
        <translation>Consentement donné : {about}</translation>
    </message>
    <message>
        <source>Consent expires: {about}</source>
        <translation>Consentement expirant : {about}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {about}</source>
        <translation>Consentement retiré : {about}</translation>
    </message>
    <message>
        <source>Disclosure to {recipient} ({basis})</source>
        <translation>Divulgation à {recipient} ({basis})</translation>
    </message>
    <message>
        <source>Client told of the disclosure to {recipient}</source>
        <translation>Client informé de la divulgation à {recipient}</translation>
    </message>
    <message>
        <source>Conflict of interest declared: {kind}</source>
        <translation>Conflit d&apos;intérêts déclaré : {kind}</translation>
    </message>
    <message>
        <source>Conflict decided: {decision}</source>
        <translation>Conflit tranché : {decision}</translation>
    </message>
    <message>
        <source>Boundary incident ({kind}): {incident}</source>
        <translation>Incident de cadre ({kind}) : {incident}</translation>
    </message>
    <message>
        <source>A computer&apos;s tag is 1 to 3 letters or digits, for example L or D2.</source>
        <translation>L&apos;étiquette d&apos;un ordinateur compte 1 à 3 lettres ou chiffres, par exemple L ou D2.</translation>
    </message>
    <message>
        <source>The tag {tag} is already another computer&apos;s; choose another one.</source>
        <translation>L&apos;étiquette {tag} appartient déjà à un autre ordinateur ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This computer&apos;s tag is {tag}; it keeps it, so that its number series runs on.</source>
        <translation>L&apos;étiquette de cet ordinateur est {tag} ; il la garde, pour que sa série de numéros continue.</translation>
    </message>
    <message>
        <source>The client is also the sponsor’s contact</source>
        <translation>Le client est aussi le contact du commanditaire</translation>
    </message>
    <message>
        <source>The other client must be someone else.</source>
        <translation>L&apos;autre client doit être une autre personne.</translation>
    </message>
    <message>
        <source>Consent to be named needs the other client; choose them first.</source>
        <translation>Le consentement à être nommé nécessite l&apos;autre client ; choisissez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The wording for the agreement names {names}, a client. Describe the conflict without naming or identifying another client (or record their consent to be named).</source>
        <translation>La formulation pour la convention nomme {names}, un client. Décrivez le conflit sans nommer ni identifier un autre client (ou enregistrez son consentement à être nommé).</translation>
    </message>
    <message>
        <source>Choose the client or the engagement this conflict concerns.</source>
        <translation>Choisissez le client ou l&apos;accompagnement que concerne ce conflit.</translation>
    </message>
    <message>
        <source>That engagement is with another client.</source>
        <translation>Cet accompagnement concerne un autre client.</translation>
    </message>
    <message>
        <source>Say which safeguards make it right to proceed (they appear in the agreement).</source>
        <translation>Indiquez quels garde-fous justifient de poursuivre (ils figurent dans la convention).</translation>
    </message>
    <message>
        <source>The safeguards name {names}, a client, and the agreement prints them. Describe them without naming or identifying another client.</source>
        <translation>Les garde-fous nomment {names}, un client, et la convention les imprime. Décrivez-les sans nommer ni identifier un autre client.</translation>
    </message>
    <message>
        <source>The agreement cannot be {action} while the conflict of interest “{label}” (recorded on {declared}) is undecided. Record a decision on it first.</source>
        <translation>La convention ne peut pas être {action} tant que le conflit d&apos;intérêts « {label} » (enregistré le {declared}) n&apos;est pas tranché. Enregistrez d&apos;abord une décision.</translation>
    </message>
    <message>
        <source>An agreement goes to its parties: {parties}.</source>
        <translation>Une convention va à ses parties : {parties}.</translation>
    </message>
    <message>
        <source>The client agreed to share this letter with {professional} only.</source>
        <translation>Le client a accepté de partager cette lettre avec {professional} uniquement.</translation>
    </message>
    <message>
        <source>This is a two-party agreement: there is no sponsor to report to.</source>
        <translation>Il s&apos;agit d&apos;une convention bipartite : il n&apos;y a pas de commanditaire à qui rendre compte.</translation>
    </message>
    <message>
        <source>The client agreed to share this report with {sponsor} only.</source>
        <translation>Le client a accepté de partager ce rapport avec {sponsor} uniquement.</translation>
    </message>
    <message>
        <source>The hours log names a client who may no longer be named: make the log again before saving it.</source>
        <translation>Le journal des heures nomme un client qui ne peut plus être nommé : refaites le journal avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>No engagement with {name} is logged as an alias: it has nothing to verify.</source>
        <translation>Aucun accompagnement avec {name} n&apos;est consigné sous pseudonyme : il n&apos;y a rien à attester.</translation>
    </message>
    <message>
        <source>The verification letter goes to {organisation} and its contact.</source>
        <translation>La lettre d&apos;attestation va à {organisation} et à son contact.</translation>
    </message>
    <message>
        <source>A client&apos;s records go to {client} (or stay with you).</source>
        <translation>Le dossier d&apos;un client va à {client} (ou reste chez vous).</translation>
    </message>
    <message>
        <source>The calendar is for your own use: no client agreed to their sessions being shared.</source>
        <translation>Le calendrier est pour votre usage personnel : aucun client n&apos;a accepté que ses séances soient partagées.</translation>
    </message>
    <message>
        <source>The session prep is for your own use: it holds what the client has not agreed to share.</source>
        <translation>La préparation de séance est pour votre usage personnel : elle contient ce que le client n&apos;a pas accepté de partager.</translation>
    </message>
    <message>
        <source>This session belongs to no agreement: choose the client&apos;s agreement in the session first, so the recap is sent under it.</source>
        <translation>Cette séance n&apos;appartient à aucune convention : choisissez d&apos;abord la convention du client dans la séance, afin que le récapitulatif soit envoyé à son titre.</translation>
    </message>
    <message>
        <source>A session&apos;s recap goes to {client} only.</source>
        <translation>Le récapitulatif d&apos;une séance va à {client} uniquement.</translation>
    </message>
    <message>
        <source>An invoice goes to the one who pays it: {payer}.</source>
        <translation>Une facture va à celui qui la paie : {payer}.</translation>
    </message>
    <message>
        <source>CoachDesk does not know how a {kind} may leave.</source>
        <translation>CoachDesk ne sait pas comment « {kind} » peut sortir.</translation>
    </message>
    <message>
        <source>Name who receives a disclosure made on a legal basis.</source>
        <translation>Indiquez qui reçoit une divulgation faite sur un fondement légal.</translation>
    </message>
    <message>
        <source>{refusal} Choose “{own_use}”, or record the basis for sharing it first.</source>
        <translation>{refusal} Choisissez « {own_use} », ou enregistrez d&apos;abord le fondement du partage.</translation>
    </message>
    <message>
        <source>No consent is attached to this referral: the client&apos;s consent to referral to {who} is missing.</source>
        <translation>Aucun consentement n&apos;est joint à cette orientation : le consentement du client à l&apos;orientation vers {who} manque.</translation>
    </message>
    <message>
        <source>The consent attached to this referral was given by another client.</source>
        <translation>Le consentement joint à cette orientation a été donné par un autre client.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is a {scope} consent, not a consent to a referral.</source>
        <translation>Le consentement joint à cette orientation porte sur « {scope} », pas sur une orientation.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is for {recipient}, not for {who}.</source>
        <translation>Le consentement joint à cette orientation vaut pour {recipient}, pas pour {who}.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is for no named recipient, not for {who}.</source>
        <translation>Le consentement joint à cette orientation ne nomme aucun destinataire, pas {who}.</translation>
    </message>
    <message>
        <source>The consent attached to this referral is only given from {day}.</source>
        <translation>Le consentement joint à cette orientation ne vaut qu&apos;à partir du {day}.</translation>
    </message>
    <message>
        <source>The client withdrew the consent to a referral to {who} on {day}.</source>
        <translation>Le client a retiré son consentement à l&apos;orientation vers {who} le {day}.</translation>
    </message>
    <message>
        <source>The client&apos;s consent to a referral to {who} expired on {day}.</source>
        <translation>Le consentement du client à l&apos;orientation vers {who} a expiré le {day}.</translation>
    </message>
    <message>
        <source>share with sponsor</source>
        <translation>partage avec le commanditaire</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>named in hours log</source>
        <translation>mention dans le journal des heures</translation>
    </message>
    <message>
        <source>session recording</source>
        <translation>enregistrement de séance</translation>
    </message>
    <message>
        <source>testimonial</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source> A current consent given on {day} covers {professional}: attach it to the referral.</source>
        <translation> Un consentement en cours donné le {day} couvre {professional} : joignez-le à l&apos;orientation.</translation>
    </message>
    <message>
        <source> Record the client&apos;s current consent to this referral and attach it before writing the letter.</source>
        <translation> Enregistrez le consentement actuel du client à cette orientation et joignez-le avant de rédiger la lettre.</translation>
    </message>
    <message>
        <source>{client}&apos;s consent to share information with {sponsor} is missing</source>
        <translation>Le consentement de {client} au partage d&apos;informations avec {sponsor} manque</translation>
    </message>
    <message>
        <source>Record the client&apos;s current consent (scope: share with the sponsor) first.</source>
        <translation>Enregistrez d&apos;abord le consentement actuel du client (portée : partage avec le commanditaire).</translation>
    </message>
    <message>
        <source>{client} withdrew their consent to share information with {sponsor} on {day}</source>
        <translation>{client} a retiré son consentement au partage d&apos;informations avec {sponsor} le {day}</translation>
    </message>
    <message>
        <source>{client}&apos;s consent to share information with {sponsor} expired on {day}</source>
        <translation>Le consentement de {client} au partage d&apos;informations avec {sponsor} a expiré le {day}</translation>
    </message>
    <message>
        <source>{client}&apos;s consent to share information with {sponsor} is only given from {day}</source>
        <translation>Le consentement de {client} au partage d&apos;informations avec {sponsor} ne vaut qu&apos;à partir du {day}</translation>
    </message>
    <message>
        <source>Date the report on or after that day.</source>
        <translation>Datez le rapport de ce jour ou d&apos;un jour suivant.</translation>
    </message>
    <message>
        <source>No sponsor report can be written: {missing}. {remedy}</source>
        <translation>Aucun rapport au commanditaire ne peut être rédigé : {missing}. {remedy}</translation>
    </message>
    <message>
        <source>Say who may receive the information (a consent to share names its recipient).</source>
        <translation>Indiquez qui peut recevoir les informations (un consentement au partage nomme son destinataire).</translation>
    </message>
    <message>
        <source>The expiry date is before the date consent was given.</source>
        <translation>La date d&apos;expiration précède la date du consentement.</translation>
    </message>
    <message>
        <source>A consent belongs to the client who gave it; record a new consent for the other client.</source>
        <translation>Un consentement appartient au client qui l&apos;a donné ; enregistrez un nouveau consentement pour l&apos;autre client.</translation>
    </message>
    <message>
        <source>The consent was withdrawn on {withdrawn_on}; it cannot have been given after that.</source>
        <translation>Le consentement a été retiré le {withdrawn_on} ; il ne peut pas avoir été donné après.</translation>
    </message>
    <message>
        <source>{count} referral(s) rely on this consent; its scope must stay referral.</source>
        <translation>{count} orientation(s) reposent sur ce consentement ; sa portée doit rester l&apos;orientation.</translation>
    </message>
    <message>
        <source>A referral of {referred_on} relies on this consent; the consent must still cover that date.</source>
        <translation>Une orientation du {referred_on} repose sur ce consentement ; il doit encore couvrir cette date.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {withdrawn_on}.</source>
        <translation>Ce consentement a déjà été retiré le {withdrawn_on}.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given ({granted_on}).</source>
        <translation>Un consentement ne peut pas être retiré avant d&apos;avoir été donné ({granted_on}).</translation>
    </message>
    <message>
        <source>The client had no consent in force on {disclosed_on}; record the consent first, or choose the basis that applied.</source>
        <translation>Le client n&apos;avait aucun consentement en vigueur le {disclosed_on} ; enregistrez d&apos;abord le consentement, ou choisissez le fondement applicable.</translation>
    </message>
    <message>
        <source>Give the date the client was told of the disclosure.</source>
        <translation>Indiquez la date à laquelle le client a été informé de la divulgation.</translation>
    </message>
    <message>
        <source>A date the client was told is given, but the client is not marked as told.</source>
        <translation>Une date d&apos;information est indiquée, mais le client n&apos;est pas marqué comme informé.</translation>
    </message>
    <message>
        <source>The date the client was told is before the date of the disclosure.</source>
        <translation>La date d&apos;information du client précède la date de la divulgation.</translation>
    </message>
    <message>
        <source>The client is already recorded as told.</source>
        <translation>Le client est déjà enregistré comme informé.</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>video</source>
        <translation>visio</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>Sharing with the sponsor</source>
        <translation>Partage avec le commanditaire</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Named in the hours log</source>
        <translation>Nommé dans le journal des heures</translation>
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
        <source>Same organisation</source>
        <translation>Même organisation</translation>
    </message>
    <message>
        <source>Client is a sponsor contact</source>
        <translation>Le client est contact du commanditaire</translation>
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
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>client&apos;s action</source>
        <translation>action du client</translation>
    </message>
    <message>
        <source>your action</source>
        <translation>votre action</translation>
    </message>
    <message>
        <source>Records past the retention period</source>
        <translation>Dossiers au-delà de la durée de conservation</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>group of {size}</source>
        <translation>groupe de {size}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Séance de coaching</translation>
    </message>
    <message>
        <source>three-way</source>
        <translation>tripartite</translation>
    </message>
    <message>
        <source>The {label} must be a number of hours.</source>
        <translation>« {label} » doit être un nombre d&apos;heures.</translation>
    </message>
    <message>
        <source>The {label} must be a number of hours like 12.50, not “{value}”.</source>
        <translation>« {label} » doit être un nombre d&apos;heures comme 12.50, pas « {value} ».</translation>
    </message>
    <message>
        <source>The {label} cannot be negative.</source>
        <translation>« {label} » ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The {label} ({amount}) are more than {most:,} on one line.</source>
        <translation>« {label} » ({amount}) dépasse {most:,} sur une ligne.</translation>
    </message>
    <message>
        <source>The {label} may have at most two decimals ({value}).</source>
        <translation>« {label} » peut avoir au plus deux décimales ({value}).</translation>
    </message>
    <message>
        <source>A group line needs the number in the group.</source>
        <translation>Une ligne de groupe nécessite le nombre de participants.</translation>
    </message>
    <message>
        <source>Only a group line has a number in the group.</source>
        <translation>Seule une ligne de groupe a un nombre de participants.</translation>
    </message>
    <message>
        <source>An earlier log line cannot end after today.</source>
        <translation>Une ligne antérieure du journal ne peut pas se terminer après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The line has no hours: give its paid or pro bono hours.</source>
        <translation>La ligne n&apos;a pas d&apos;heures : indiquez ses heures rémunérées ou pro bono.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Ligne {row}, {column} : {message}</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB; nothing was imported.</source>
        <translation>Le fichier dépasse {megabytes} Mo ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it as “CSV UTF-8” and import it again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 : enregistrez-le en « CSV UTF-8 » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not a date written as YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{cells}” is neither Individual nor Group.</source>
        <translation>« {cells} » n&apos;est ni Individual ni Group.</translation>
    </message>
    <message>
        <source>“{size_text}” is not a whole number.</source>
        <translation>« {size_text} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The file is empty; nothing was imported.</source>
        <translation>Le fichier est vide ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file lacks the column {missing}. Its first row must name the log&apos;s columns: {columns}.</source>
        <translation>Il manque au fichier la colonne {missing}. Sa première ligne doit nommer les colonnes du journal : {columns}.</translation>
    </message>
    <message>
        <source>The file lacks the columns {missing}. Its first row must name the log&apos;s columns: {columns}.</source>
        <translation>Il manque au fichier les colonnes {missing}. Sa première ligne doit nommer les colonnes du journal : {columns}.</translation>
    </message>
    <message>
        <source>The file has its header but no lines; nothing was imported.</source>
        <translation>Le fichier a son en-tête mais aucune ligne ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file has {count:,} lines; import at most {most:,} at a time.</source>
        <translation>Le fichier a {count:,} lignes ; importez-en au plus {most:,} à la fois.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} of {total} lines need correcting.</source>
        <translation>Rien n&apos;a été importé : {count} lignes sur {total} sont à corriger.</translation>
    </message>
    <message>
        <source>The units must be a number of CCE units, like 1.5.</source>
        <translation>Les unités doivent être un nombre d&apos;unités CCE, comme 1.5.</translation>
    </message>
    <message>
        <source>The units must be more than zero.</source>
        <translation>Les unités doivent être supérieures à zéro.</translation>
    </message>
    <message>
        <source>The units must be at most {most:,}.</source>
        <translation>Les unités doivent être au plus {most:,}.</translation>
    </message>
    <message>
        <source>The units have more than two decimal places.</source>
        <translation>Les unités ont plus de deux décimales.</translation>
    </message>
    <message>
        <source>The clauses left out must be a set of clause names.</source>
        <translation>Les clauses omises doivent être un ensemble de noms de clauses.</translation>
    </message>
    <message>
        <source>The agreement template has no optional clause called {unknown}; the optional clauses are {known}.</source>
        <translation>Le modèle de convention n&apos;a pas de clause facultative nommée {unknown} ; les clauses facultatives sont {known}.</translation>
    </message>
    <message>
        <source>The fee is implausibly large.</source>
        <translation>Les honoraires sont d&apos;un montant invraisemblable.</translation>
    </message>
    <message>
        <source>The sponsor cannot pay: no sponsor is chosen, and a three-way engagement without a sponsor is not possible. Choose the sponsoring organisation, or make the client the payer.</source>
        <translation>Le commanditaire ne peut pas payer : aucun n&apos;est choisi, et un contrat tripartite sans commanditaire est impossible. Choisissez l&apos;organisation commanditaire, ou faites du client le payeur.</translation>
    </message>
    <message>
        <source>A sponsor contact needs a sponsor; choose the organisation first.</source>
        <translation>Un contact du commanditaire nécessite un commanditaire ; choisissez d&apos;abord l&apos;organisation.</translation>
    </message>
    <message>
        <source>Only a sponsor receives information; choose the organisation first.</source>
        <translation>Seul un commanditaire reçoit des informations ; choisissez d&apos;abord l&apos;organisation.</translation>
    </message>
    <message>
        <source>Only coaching for a sponsor can be logged as an alias verified by the organisation; choose the organisation first.</source>
        <translation>Seul un coaching pour un commanditaire peut être consigné sous pseudonyme attesté par l&apos;organisation ; choisissez d&apos;abord l&apos;organisation.</translation>
    </message>
    <message>
        <source>This engagement is {status}; its terms can no longer change.</source>
        <translation>Cet accompagnement est « {status} » ; ses conditions ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This engagement already has sessions or goals, so it stays with its client.</source>
        <translation>Cet accompagnement a déjà des séances ou des objectifs, il reste donc avec son client.</translation>
    </message>
    <message>
        <source>from {current} it can go to: {allowed}</source>
        <translation>depuis « {current} », possible : {allowed}</translation>
    </message>
    <message>
        <source>it has ended</source>
        <translation>il est terminé</translation>
    </message>
    <message>
        <source>An engagement cannot go from {current} to {target} ({why}).</source>
        <translation>Un accompagnement ne peut pas passer de « {current} » à « {target} » ({why}).</translation>
    </message>
    <message>
        <source>The date ({day}) is before the engagement was {milestone} ({earlier}).</source>
        <translation>La date ({day}) précède « {milestone} » de l&apos;accompagnement ({earlier}).</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>santé mentale</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>médical</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>juridique</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>financier</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>protection</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>client consent</source>
        <translation>consentement du client</translation>
    </message>
    <message>
        <source>law or court order</source>
        <translation>loi ou décision de justice</translation>
    </message>
    <message>
        <source>illegal activity</source>
        <translation>activité illégale</translation>
    </message>
    <message>
        <source>risk of harm to self</source>
        <translation>risque pour soi-même</translation>
    </message>
    <message>
        <source>risk of harm to others</source>
        <translation>risque pour autrui</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>même organisation</translation>
    </message>
    <message>
        <source>client is sponsor contact</source>
        <translation>le client est contact du commanditaire</translation>
    </message>
    <message>
        <source>referral fee</source>
        <translation>commission d&apos;orientation</translation>
    </message>
    <message>
        <source>personal relationship</source>
        <translation>relation personnelle</translation>
    </message>
    <message>
        <source>professional relationship</source>
        <translation>relation professionnelle</translation>
    </message>
    <message>
        <source>financial benefit</source>
        <translation>avantage financier</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>proceed with safeguards</source>
        <translation>poursuivre avec des garde-fous</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>refer elsewhere</source>
        <translation>orienter ailleurs</translation>
    </message>
    <message>
        <source>contact outside agreed hours</source>
        <translation>contact hors des horaires convenus</translation>
    </message>
    <message>
        <source>unagreed channel</source>
        <translation>canal non convenu</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>cadeau</translation>
    </message>
    <message>
        <source>dual relationship</source>
        <translation>double relation</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>périmètre du coaching</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
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
        <source>terminated</source>
        <translation>résilié</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>late cancelled</source>
        <translation>annulée tardivement</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>made active</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>Another client at the same organisation</source>
        <translation>Un autre client dans la même organisation</translation>
    </message>
    <message>
        <source>Client is also a sponsor&apos;s contact</source>
        <translation>Le client est aussi contact du commanditaire</translation>
    </message>
    <message>
        <source>Financial or other benefit</source>
        <translation>Avantage financier ou autre</translation>
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
        <source>Client consent</source>
        <translation>Consentement du client</translation>
    </message>
    <message>
        <source>Required by law or court order</source>
        <translation>Exigé par la loi ou une décision de justice</translation>
    </message>
    <message>
        <source>Illegal activity</source>
        <translation>Activité illégale</translation>
    </message>
    <message>
        <source>Risk of harm to self</source>
        <translation>Risque pour soi-même</translation>
    </message>
    <message>
        <source>Risk of harm to others</source>
        <translation>Risque pour autrui</translation>
    </message>
    <message>
        <source>Contact outside agreed hours</source>
        <translation>Contact hors des horaires convenus</translation>
    </message>
    <message>
        <source>Contact through an unagreed channel</source>
        <translation>Contact par un canal non convenu</translation>
    </message>
    <message>
        <source>Gift offered</source>
        <translation>Cadeau offert</translation>
    </message>
    <message>
        <source>Social-media or dual-relationship request</source>
        <translation>Demande sur les réseaux sociaux ou de double relation</translation>
    </message>
    <message>
        <source>Request outside the scope of coaching</source>
        <translation>Demande hors du périmètre du coaching</translation>
    </message>
    <message>
        <source> (engagement: {title})</source>
        <translation> (accompagnement : {title})</translation>
    </message>
    <message>
        <source> to {recipient}</source>
        <translation> à {recipient}</translation>
    </message>
    <message>
        <source>Withdrawn on {day}</source>
        <translation>Retiré le {day}</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Expiré le {day}</translation>
    </message>
    <message>
        <source>Expires on {day}</source>
        <translation>Expire le {day}</translation>
    </message>
    <message>
        <source>Client not yet told</source>
        <translation>Client pas encore informé</translation>
    </message>
    <message>
        <source>Client told</source>
        <translation>Client informé</translation>
    </message>
    <message>
        <source>Client told on {day}</source>
        <translation>Client informé le {day}</translation>
    </message>
    <message>
        <source>To {recipient}: {basis}</source>
        <translation>À {recipient} : {basis}</translation>
    </message>
    <message>
        <source>Referral to {professional}</source>
        <translation>Orientation vers {professional}</translation>
    </message>
    <message>
        <source>Follow-up due since {day}</source>
        <translation>Suivi dû depuis le {day}</translation>
    </message>
    <message>
        <source>Follow up on {day}</source>
        <translation>Suivi le {day}</translation>
    </message>
    <message>
        <source>A PDF</source>
        <translation>Un PDF</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV)</source>
        <translation>Un tableur (CSV)</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>Un fichier de calendrier</translation>
    </message>
    <message>
        <source>A JSON file</source>
        <translation>Un fichier JSON</translation>
    </message>
    <message>
        <source>{chosen} is your vault: an export never replaces it. Choose another name.</source>
        <translation>{chosen} est votre coffre : un export ne le remplace jamais. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{chosen} is the vault&apos;s lock file: choose another name.</source>
        <translation>{chosen} est le fichier de verrou du coffre : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>That folder holds the vault&apos;s backups: choose another folder.</source>
        <translation>Ce dossier contient les sauvegardes du coffre : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{chosen} is a folder: choose a file name inside it.</source>
        <translation>{chosen} est un dossier : choisissez un nom de fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>{chosen} is a CoachDesk vault: an export never replaces one. Choose another name.</source>
        <translation>{chosen} est un coffre CoachDesk : un export n&apos;en remplace jamais. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This export</source>
        <translation>Cet export</translation>
    </message>
    <message>
        <source>{kind} ends in {endings}: choose a name like {stem}{endings}.</source>
        <translation>{kind} se termine par {endings} : choisissez un nom comme {stem}{endings}.</translation>
    </message>
    <message>
        <source>That is where the vault and its backups live: choose another folder.</source>
        <translation>C&apos;est là que se trouvent le coffre et ses sauvegardes : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{path} is a file: name a folder for the export.</source>
        <translation>{path} est un fichier : indiquez un dossier pour l&apos;export.</translation>
    </message>
    <message>
        <source>{name} in minutes</source>
        <translation>{name} en minutes</translation>
    </message>
    <message>
        <source>This goal has action items, so it stays with its client.</source>
        <translation>Cet objectif a des actions, il reste donc avec son client.</translation>
    </message>
    <message>
        <source>That session is another client&apos;s; choose one of this client&apos;s.</source>
        <translation>Cette séance appartient à un autre client ; choisissez-en une de ce client.</translation>
    </message>
    <message>
        <source>That goal is another client&apos;s; choose one of this client&apos;s.</source>
        <translation>Cet objectif appartient à un autre client ; choisissez-en un de ce client.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>The period starts after today; no session can be in it yet.</source>
        <translation>La période commence après aujourd&apos;hui ; elle ne peut encore contenir aucune séance.</translation>
    </message>
    <message>
        <source>Save the hours log as a .csv or a .pdf file.</source>
        <translation>Enregistrez le journal des heures en fichier .csv ou .pdf.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV: {error}.</source>
        <translation>Le fichier ne peut pas être lu comme CSV : {error}.</translation>
    </message>
    <message>
        <source>A quoted cell starting on line {line} is never closed, so the rest of the file cannot be read as CSV.</source>
        <translation>Une cellule entre guillemets commençant à la ligne {line} n&apos;est jamais fermée, le reste du fichier ne peut donc pas être lu comme CSV.</translation>
    </message>
    <message>
        <source>The row has {count} fields; the header has {header}.</source>
        <translation>La ligne a {count} champs ; l&apos;en-tête en a {header}.</translation>
    </message>
    <message>
        <source>The row has {count} field; the header has {header}.</source>
        <translation>La ligne a {count} champ ; l&apos;en-tête en a {header}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No column with the clients&apos; names on line {header_line} (columns found: {found}). Name the column “Name”, or “First Name” and “Last Name”.</source>
        <translation>Aucune colonne avec les noms des clients à la ligne {header_line} (colonnes trouvées : {found}). Nommez la colonne « Name », ou « First Name » et « Last Name ».</translation>
    </message>
    <message>
        <source>The invoice number pattern is required. {example}</source>
        <translation>Le modèle de numéro de facture est obligatoire. {example}</translation>
    </message>
    <message>
        <source>The invoice number pattern is too long (at most {most}).</source>
        <translation>Le modèle de numéro de facture est trop long (au plus {most}).</translation>
    </message>
    <message>
        <source>The pattern has an unknown part {{{unknown}}}. {example}</source>
        <translation>Le modèle contient une partie inconnue {{{unknown}}}. {example}</translation>
    </message>
    <message>
        <source>The pattern needs exactly one {{seq}} for the running number. {example}</source>
        <translation>Le modèle doit contenir exactement un {{seq}} pour le numéro séquentiel. {example}</translation>
    </message>
    <message>
        <source>The pattern may hold {{computer}} once. {example}</source>
        <translation>Le modèle peut contenir {{computer}} une fois. {example}</translation>
    </message>
    <message>
        <source>In the pattern, only {{seq}} takes a width, from 1 to 9. {example}</source>
        <translation>Dans le modèle, seul {{seq}} prend une largeur, de 1 à 9. {example}</translation>
    </message>
    <message>
        <source>Besides its parts, the pattern may hold letters, digits, spaces and - / . _ only. {example}</source>
        <translation>Outre ses parties, le modèle ne peut contenir que des lettres, chiffres, espaces et - / . _ {example}</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage, like 19 or 5.5.</source>
        <translation>Le taux de TVA doit être un pourcentage, comme 20 ou 5.5.</translation>
    </message>
    <message>
        <source>The VAT rate must be a percentage from 0 to 100.</source>
        <translation>Le taux de TVA doit être un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>The VAT rate has more than two decimal places.</source>
        <translation>Le taux de TVA a plus de deux décimales.</translation>
    </message>
    <message>
        <source>Fill in your profile (your name at least) before invoicing.</source>
        <translation>Complétez votre profil (au moins votre nom) avant de facturer.</translation>
    </message>
    <message>
        <source>The invoice number pattern cannot change once an invoice has been issued: the numbers must run on without a gap.</source>
        <translation>Le modèle de numéro de facture ne peut plus changer une fois une facture émise : les numéros doivent se suivre sans trou.</translation>
    </message>
    <message>
        <source>“{iban}” is not an IBAN (two letters, two digits, then the account).</source>
        <translation>« {iban} » n&apos;est pas un IBAN (deux lettres, deux chiffres, puis le compte).</translation>
    </message>
    <message>
        <source>The IBAN “{iban}” has a typing mistake (its check digits do not match).</source>
        <translation>L&apos;IBAN « {iban} » contient une faute de frappe (sa clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>“{bic}” is not a BIC (8 or 11 letters and digits, like DEUTDEFF).</source>
        <translation>« {bic} » n&apos;est pas un BIC (8 ou 11 lettres et chiffres, comme BNPAFRPP).</translation>
    </message>
    <message>
        <source>The {label} must be more than zero.</source>
        <translation>« {label} » doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The {label} is implausibly large.</source>
        <translation>« {label} » est d&apos;un montant invraisemblable.</translation>
    </message>
    <message>
        <source>The quantity must be a number, like 1 or 1.5.</source>
        <translation>La quantité doit être un nombre, comme 1 ou 1.5.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The quantity must be at most 10,000, with at most two decimals.</source>
        <translation>La quantité doit être au plus 10 000, avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>Invoice {number} is issued and cannot change; correct it with a credit note.</source>
        <translation>La facture {number} est émise et ne peut plus changer ; corrigez-la par un avoir.</translation>
    </message>
    <message>
        <source>One of those sessions no longer exists.</source>
        <translation>L&apos;une de ces séances n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An invoice bills only the sessions of its own engagement.</source>
        <translation>Une facture ne facture que les séances de son propre accompagnement.</translation>
    </message>
    <message>
        <source>That session is already on an invoice; a session is billed once.</source>
        <translation>Cette séance figure déjà sur une facture ; une séance n&apos;est facturée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The line comes to less than a cent; raise the quantity or the price.</source>
        <translation>La ligne fait moins d&apos;un centime ; augmentez la quantité ou le prix.</translation>
    </message>
    <message>
        <source>This engagement has no sponsor; the client pays.</source>
        <translation>Cet accompagnement n&apos;a pas de commanditaire ; le client paie.</translation>
    </message>
    <message>
        <source>This engagement has no fee, so there is nothing to bill.</source>
        <translation>Cet accompagnement n&apos;a pas d&apos;honoraires, il n&apos;y a donc rien à facturer.</translation>
    </message>
    <message>
        <source>This engagement&apos;s package is already on an invoice.</source>
        <translation>Le forfait de cet accompagnement figure déjà sur une facture.</translation>
    </message>
    <message>
        <source>Nothing to bill: every completed session of this engagement is already on an invoice up to {until}.</source>
        <translation>Rien à facturer : chaque séance terminée de cet accompagnement jusqu&apos;au {until} figure déjà sur une facture.</translation>
    </message>
    <message>
        <source>Nothing to bill: every completed session of this engagement is already on an invoice.</source>
        <translation>Rien à facturer : chaque séance terminée de cet accompagnement figure déjà sur une facture.</translation>
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
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Signed agreement, as signed</source>
        <translation>Convention signée, telle que signée</translation>
    </message>
    <message>
        <source>Agreement amendment</source>
        <translation>Avenant à la convention</translation>
    </message>
    <message>
        <source>Note amendment</source>
        <translation>Avenant à la note</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
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
        <source>Conflict record</source>
        <translation>Fiche de conflit</translation>
    </message>
    <message>
        <source>Boundary incident</source>
        <translation>Incident de cadre</translation>
    </message>
    <message>
        <source>Decision to keep records</source>
        <translation>Décision de conserver le dossier</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Outbound entry</source>
        <translation>Entrée du registre des sorties</translation>
    </message>
    <message>
        <source>{record} of {day}</source>
        <translation>{record} du {day}</translation>
    </message>
    <message>
        <source>A change is still being made; merge once it is saved.</source>
        <translation>Une modification est en cours ; fusionnez une fois qu&apos;elle est enregistrée.</translation>
    </message>
    <message>
        <source>The merge would leave broken links; nothing was merged.</source>
        <translation>La fusion laisserait des liens rompus ; rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>The other copy&apos;s database is incomplete (its version or its merge history is missing); it cannot be merged, and nothing was merged.</source>
        <translation>La base de données de l&apos;autre copie est incomplète (sa version ou son historique de fusion manque) ; elle ne peut pas être fusionnée, et rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>The other copy was saved by a newer version of CoachDesk (schema {other}; this one has schema {this}). Update CoachDesk on this computer, then merge again. Nothing was merged, and the other copy was not changed.</source>
        <translation>L&apos;autre copie a été enregistrée par une version plus récente de CoachDesk (schéma {other} ; celle-ci a le schéma {this}). Mettez à jour CoachDesk sur cet ordinateur, puis fusionnez à nouveau. Rien n&apos;a été fusionné, et l&apos;autre copie n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The other copy was saved by an older version of CoachDesk (schema {other}; this one has schema {this}) and was not brought up to date for the merge; nothing was merged.</source>
        <translation>L&apos;autre copie a été enregistrée par une version plus ancienne de CoachDesk (schéma {other} ; celle-ci a le schéma {this}) et n&apos;a pas été mise à jour pour la fusion ; rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>The other file is a different practice&apos;s vault, not a copy of this one; nothing was merged.</source>
        <translation>L&apos;autre fichier est le coffre d&apos;un autre cabinet, pas une copie de celui-ci ; rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>This vault was opened read-only; it cannot take in another copy.</source>
        <translation>Ce coffre a été ouvert en lecture seule ; il ne peut pas intégrer une autre copie.</translation>
    </message>
    <message>
        <source>That is the vault itself; choose the other copy.</source>
        <translation>C&apos;est le coffre lui-même ; choisissez l&apos;autre copie.</translation>
    </message>
    <message>
        <source>The other copy&apos;s records have a different layout; nothing was merged.</source>
        <translation>Les fiches de l&apos;autre copie ont une autre structure ; rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Practice profile</source>
        <translation>Profil du cabinet</translation>
    </message>
    <message>
        <source>There is already a template called “{cleaned}”: choose another name.</source>
        <translation>Il existe déjà un modèle nommé « {cleaned} » : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Ce modèle n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A template that comes with CoachDesk cannot change: copy it, then edit the copy.</source>
        <translation>Un modèle fourni avec CoachDesk ne peut pas changer : copiez-le, puis modifiez la copie.</translation>
    </message>
    <message>
        <source>A template that comes with CoachDesk cannot be deleted.</source>
        <translation>Un modèle fourni avec CoachDesk ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>That template no longer exists: choose another.</source>
        <translation>Ce modèle n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Convention de coaching</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d&apos;orientation</translation>
    </message>
    <message>
        <source>Sponsor report</source>
        <translation>Rapport au commanditaire</translation>
    </message>
    <message>
        <source>Coaching-hours log</source>
        <translation>Journal des heures de coaching</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de récupération</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendrier des séances</translation>
    </message>
    <message>
        <source>Client&apos;s records</source>
        <translation>Dossier du client</translation>
    </message>
    <message>
        <source>CCE certificate</source>
        <translation>Certificat CCE</translation>
    </message>
    <message>
        <source>Verification letter</source>
        <translation>Lettre d&apos;attestation</translation>
    </message>
    <message>
        <source>Credential application pack</source>
        <translation>Dossier de demande d&apos;accréditation</translation>
    </message>
    <message>
        <source>Session prep</source>
        <translation>Préparation de séance</translation>
    </message>
    <message>
        <source>Session recap</source>
        <translation>Récapitulatif de séance</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Relance de paiement</translation>
    </message>
    <message>
        <source>Invoices for the accountant</source>
        <translation>Factures pour le comptable</translation>
    </message>
    <message>
        <source>Payments for the accountant</source>
        <translation>Paiements pour le comptable</translation>
    </message>
    <message>
        <source>Client&apos;s consent</source>
        <translation>Consentement du client</translation>
    </message>
    <message>
        <source>The coaching agreement</source>
        <translation>La convention de coaching</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement légal</translation>
    </message>
    <message>
        <source>Client&apos;s request for their records</source>
        <translation>Demande d&apos;accès du client à son dossier</translation>
    </message>
    <message>
        <source>Coach&apos;s own use</source>
        <translation>Usage personnel du coach</translation>
    </message>
    <message>
        <source>Bookkeeping (tax law)</source>
        <translation>Comptabilité (droit fiscal)</translation>
    </message>
    <message>
        <source>client&apos;s consent</source>
        <translation>consentement du client</translation>
    </message>
    <message>
        <source>required by law or a court order</source>
        <translation>exigé par la loi ou une décision de justice</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Mail draft</source>
        <translation>Brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <source>Bill the package in at least one block.</source>
        <translation>Facturez le forfait en au moins une tranche.</translation>
    </message>
    <message>
        <source>Only a package (a fee per engagement) is billed in blocks; bill sessions one by one.</source>
        <translation>Seul un forfait (honoraires par accompagnement) se facture en tranches ; facturez les séances une à une.</translation>
    </message>
    <message>
        <source>This engagement&apos;s package is already on an invoice whole.</source>
        <translation>Le forfait de cet accompagnement figure déjà en entier sur une facture.</translation>
    </message>
    <message>
        <source>This package is being billed in {blocks} blocks; make the next of {blocks}.</source>
        <translation>Ce forfait est facturé en {blocks} tranches ; faites la suivante des {blocks}.</translation>
    </message>
    <message>
        <source>Every block of this package ({count} of {count}) is already on an invoice.</source>
        <translation>Chaque tranche de ce forfait ({count} sur {count}) figure déjà sur une facture.</translation>
    </message>
    <message>
        <source>The fee is too small to split into that many blocks.</source>
        <translation>Les honoraires sont trop faibles pour être répartis en autant de tranches.</translation>
    </message>
    <message>
        <source>your private notes on the client</source>
        <translation>vos notes privées sur le client</translation>
    </message>
    <message>
        <source>a session&apos;s notes</source>
        <translation>les notes d&apos;une séance</translation>
    </message>
    <message>
        <source>a session&apos;s shared summary</source>
        <translation>le résumé partagé d&apos;une séance</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>un objectif</translation>
    </message>
    <message>
        <source>the engagement&apos;s title (its topic)</source>
        <translation>le titre de l&apos;accompagnement (son sujet)</translation>
    </message>
    <message>
        <source>Line {number} repeats {what}. An invoice to the sponsor says dates and counts only: change it before the invoice leaves.</source>
        <translation>La ligne {number} reprend {what}. Une facture au commanditaire n&apos;indique que des dates et des nombres : modifiez-la avant que la facture ne parte.</translation>
    </message>
    <message>
        <source>The remark repeats {what}. An invoice to the sponsor says dates and counts only: change it before the invoice leaves.</source>
        <translation>La remarque reprend {what}. Une facture au commanditaire n&apos;indique que des dates et des nombres : modifiez-la avant que la facture ne parte.</translation>
    </message>
    <message>
        <source>your notes of the session of {day}</source>
        <translation>vos notes de la séance du {day}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>In the client&apos;s words</source>
        <translation>Dans les mots du client</translation>
    </message>
    <message>
        <source>Summary the client read</source>
        <translation>Résumé lu par le client</translation>
    </message>
    <message>
        <source>Anything else (on the consent)</source>
        <translation>Autres éléments (selon le consentement)</translation>
    </message>
    <message>
        <source>“{label}” is filled in, but the client&apos;s consent does not cover it: it is not printed.</source>
        <translation>« {label} » est rempli, mais le consentement du client ne le couvre pas : il n&apos;est pas imprimé.</translation>
    </message>
    <message>
        <source>“{label}” is long ({count:,} characters): check it holds only what the client agreed to share, and nothing from your notes.</source>
        <translation>« {label} » est long ({count:,} caractères) : vérifiez qu&apos;il ne contient que ce que le client a accepté de partager, et rien de vos notes.</translation>
    </message>
    <message>
        <source>“{label}” repeats {where} (“{excerpt}”). Notes are never shared: print it only if the client agreed to this very text.</source>
        <translation>« {label} » reprend {where} (« {excerpt} »). Les notes ne sont jamais partagées : imprimez-le seulement si le client a accepté ce texte précis.</translation>
    </message>
    <message>
        <source>{item}: consented, but there is nothing to print; the letter leaves it out.</source>
        <translation>{item} : consenti, mais il n&apos;y a rien à imprimer ; la lettre l&apos;omet.</translation>
    </message>
    <message>
        <source>The letter gives the professional no way to reach the client: say that the client will get in touch, or record the client&apos;s consent to share contact details.</source>
        <translation>La lettre ne donne au professionnel aucun moyen de joindre le client : indiquez que le client prendra contact, ou enregistrez son consentement au partage de ses coordonnées.</translation>
    </message>
    <message>
        <source>That consent was given by another client; a referral needs the client&apos;s own consent.</source>
        <translation>Ce consentement a été donné par un autre client ; une orientation nécessite le consentement du client lui-même.</translation>
    </message>
    <message>
        <source>That consent is not a consent to a referral.</source>
        <translation>Ce consentement n&apos;est pas un consentement à une orientation.</translation>
    </message>
    <message>
        <source>That consent is not in force on the referral date ({on}).</source>
        <translation>Ce consentement n&apos;est pas en vigueur à la date de l&apos;orientation ({on}).</translation>
    </message>
    <message>
        <source>The follow-up date is before the referral date.</source>
        <translation>La date de suivi précède la date de l&apos;orientation.</translation>
    </message>
    <message>
        <source>A referral stays with its client; cancel it and make a new one for the other client.</source>
        <translation>Une orientation reste avec son client ; annulez-la et créez-en une nouvelle pour l&apos;autre client.</translation>
    </message>
    <message>
        <source>The referral was sent; it keeps its referral date.</source>
        <translation>L&apos;orientation a été envoyée ; elle garde sa date.</translation>
    </message>
    <message>
        <source>The date of this change is before the referral&apos;s last one ({last}).</source>
        <translation>La date de ce changement précède le dernier changement de l&apos;orientation ({last}).</translation>
    </message>
    <message>
        <source>The referral is already {current}.</source>
        <translation>L&apos;orientation est déjà {current}.</translation>
    </message>
    <message>
        <source>The referral is {current}; it cannot become {new}.</source>
        <translation>L&apos;orientation est {current} ; elle ne peut pas devenir {new}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The referral is {current}; it cannot become {new} (next it can be {allowed}).</source>
        <translation>L&apos;orientation est {current} ; elle ne peut pas devenir {new} (ensuite possible : {allowed}).</translation>
    </message>
    <message>
        <source>last agreement</source>
        <translation>dernière convention</translation>
    </message>
    <message>
        <source>last engagement ended</source>
        <translation>fin du dernier accompagnement</translation>
    </message>
    <message>
        <source>last session</source>
        <translation>dernière séance</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>The review date must be after the date of the decision.</source>
        <translation>La date de révision doit suivre la date de la décision.</translation>
    </message>
    <message>
        <source>Do you have a personal relationship with this client?</source>
        <translation>Avez-vous une relation personnelle avec ce client ?</translation>
    </message>
    <message>
        <source>Do you have another professional relationship with them (employer, supplier, colleague)?</source>
        <translation>Avez-vous une autre relation professionnelle avec lui (employeur, fournisseur, collègue) ?</translation>
    </message>
    <message>
        <source>Is there anything else about this client that could affect your objectivity?</source>
        <translation>Y a-t-il autre chose concernant ce client qui pourrait affecter votre objectivité ?</translation>
    </message>
    <message>
        <source>Would you gain a financial or other benefit beyond your fee from this agreement?</source>
        <translation>Tireriez-vous de cette convention un avantage financier ou autre au-delà de vos honoraires ?</translation>
    </message>
    <message>
        <source>Is there anything else about this agreement that could affect your objectivity?</source>
        <translation>Y a-t-il autre chose concernant cette convention qui pourrait affecter votre objectivité ?</translation>
    </message>
    <message>
        <source>Do you have a personal relationship with the sponsor, {sponsor}, or its contact?</source>
        <translation>Avez-vous une relation personnelle avec le commanditaire, {sponsor}, ou son contact ?</translation>
    </message>
    <message>
        <source>Do you have another professional relationship with {sponsor} (employer, supplier)?</source>
        <translation>Avez-vous une autre relation professionnelle avec {sponsor} (employeur, fournisseur) ?</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>The session list cannot be sorted by {key!r}.</source>
        <translation>La liste des séances ne peut pas être triée par {key!r}.</translation>
    </message>
    <message>
        <source>That engagement is another client&apos;s; choose one of this client&apos;s.</source>
        <translation>Cet accompagnement appartient à un autre client ; choisissez-en un de ce client.</translation>
    </message>
    <message>
        <source>A group session of fewer than 2 people is an individual session; untick group.</source>
        <translation>Une séance de groupe de moins de 2 personnes est une séance individuelle ; décochez groupe.</translation>
    </message>
    <message>
        <source>The concerns must be a set of: {allowed}.</source>
        <translation>Les préoccupations doivent être parmi : {allowed}.</translation>
    </message>
    <message>
        <source>The notes are finalised; add an amendment instead.</source>
        <translation>Les notes sont finalisées ; ajoutez plutôt un avenant.</translation>
    </message>
    <message>
        <source>This session has finalised notes, amendments or action items, so it stays with its client.</source>
        <translation>Cette séance a des notes finalisées, des avenants ou des actions, elle reste donc avec son client.</translation>
    </message>
    <message>
        <source>The notes are already finalised.</source>
        <translation>Les notes sont déjà finalisées.</translation>
    </message>
    <message>
        <source>The notes are not finalised yet; edit them instead of amending.</source>
        <translation>Les notes ne sont pas encore finalisées ; modifiez-les au lieu d&apos;ajouter un avenant.</translation>
    </message>
    <message>
        <source>Only a signed agreement has amendments; until it is signed, edit its terms.</source>
        <translation>Seule une convention signée a des avenants ; tant qu&apos;elle n&apos;est pas signée, modifiez ses conditions.</translation>
    </message>
    <message>
        <source>An amendment is agreed after signing ({signed_on}), not before.</source>
        <translation>Un avenant se convient après la signature ({signed_on}), pas avant.</translation>
    </message>
    <message>
        <source>The hours of coaching per supervision hour must be a number between 1 and 1,000, like 35.</source>
        <translation>Les heures de coaching par heure de supervision doivent être un nombre entre 1 et 1 000, comme 35.</translation>
    </message>
    <message>
        <source>The {name} must be text.</source>
        <translation>« {name} » doit être du texte.</translation>
    </message>
    <message>
        <source>The {name} contains characters that cannot be stored.</source>
        <translation>« {name} » contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The {name} contains a null character.</source>
        <translation>« {name} » contient un caractère nul.</translation>
    </message>
    <message>
        <source>The {name} is required.</source>
        <translation>« {name} » est obligatoire.</translation>
    </message>
    <message>
        <source>The {name} is too long ({count:,} characters; at most {most:,}).</source>
        <translation>« {name} » est trop long ({count:,} caractères ; au plus {most:,}).</translation>
    </message>
    <message>
        <source>The {name} must fit on one line.</source>
        <translation>« {name} » doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The {name} contains an invisible control character ({character}) at position {position}; remove it.</source>
        <translation>« {name} » contient un caractère de contrôle invisible ({character}) à la position {position} ; supprimez-le.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address (it should look like name@example.org).</source>
        <translation>« {address} » n&apos;est pas une adresse e-mail (elle devrait ressembler à nom@example.org).</translation>
    </message>
    <message>
        <source>The {name} must be a whole number.</source>
        <translation>« {name} » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The {name} must be more than zero.</source>
        <translation>« {name} » doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The {name} must be between {minimum:,} and {maximum:,}.</source>
        <translation>« {name} » doit être compris entre {minimum:,} et {maximum:,}.</translation>
    </message>
    <message>
        <source>The {label} must be an amount of money.</source>
        <translation>« {label} » doit être un montant.</translation>
    </message>
    <message>
        <source>The {label} must be an amount of money, like 150.00.</source>
        <translation>« {label} » doit être un montant, comme 150.00.</translation>
    </message>
    <message>
        <source>The {label} has more than two decimal places.</source>
        <translation>« {label} » a plus de deux décimales.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use three letters such as EUR or GBP.</source>
        <translation>« {code} » n&apos;est pas un code de devise ; utilisez trois lettres comme EUR ou GBP.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code in ISO 4217; use one such as EUR or GBP.</source>
        <translation>« {code} » n&apos;est pas un code de devise ISO 4217 ; utilisez-en un comme EUR ou GBP.</translation>
    </message>
    <message>
        <source>Choose the {name}.</source>
        <translation>Choisissez « {name} ».</translation>
    </message>
    <message>
        <source>The {name} must be one of: {allowed}.</source>
        <translation>« {name} » doit être l&apos;un de : {allowed}.</translation>
    </message>
    <message>
        <source>The {name} must be a date.</source>
        <translation>« {name} » doit être une date.</translation>
    </message>
    <message>
        <source>The {name} must be a date like 2026-03-14.</source>
        <translation>« {name} » doit être une date comme 2026-03-14.</translation>
    </message>
    <message>
        <source>The {name} ({day}) is not a plausible date.</source>
        <translation>« {name} » ({day}) n&apos;est pas une date plausible.</translation>
    </message>
    <message>
        <source>The {name} must be a date and time.</source>
        <translation>« {name} » doit être une date et une heure.</translation>
    </message>
    <message>
        <source>The {name} needs a time zone.</source>
        <translation>« {name} » nécessite un fuseau horaire.</translation>
    </message>
    <message>
        <source>The {name} is not a plausible date.</source>
        <translation>« {name} » n&apos;est pas une date plausible.</translation>
    </message>
    <message>
        <source>The {name} is before the start.</source>
        <translation>« {name} » précède le début.</translation>
    </message>
    <message>
        <source>No such record ({name}).</source>
        <translation>Aucune fiche de ce type ({name}).</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone CoachDesk knows. Choose one from the list, written as region/city (for example Europe/Lisbon or America/New_York).</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire connu de CoachDesk. Choisissez-en un dans la liste, écrit région/ville (par exemple Europe/Paris ou America/New_York).</translation>
    </message>
    <message>
        <source>The {name} must be yes or no.</source>
        <translation>« {name} » doit être oui ou non.</translation>
    </message>
    <message>
        <source>Choose the language documents print in.</source>
        <translation>Choisissez la langue d’impression des documents.</translation>
    </message>
    <message>
        <source>The document language must be a language code such as en, de or fr.</source>
        <translation>La langue des documents doit être un code de langue comme en, de ou fr.</translation>
    </message>
    <message>
        <source>“{value}” is not a language documents print in. Choose one of: {known}.</source>
        <translation>« {value} » n’est pas une langue d’impression des documents. Choisissez parmi : {known}.</translation>
    </message>
    <message>
        <source>That {label} no longer exists.</source>
        <translation>« {label} » n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Renewal of your ICF {level}, due {due}</source>
        <translation>Renouvellement de votre {level} ICF, dû le {due}</translation>
    </message>
    <message>
        <source>{remaining} more clients ({achieved} so far)</source>
        <translation>encore {remaining} clients ({achieved} à ce jour)</translation>
    </message>
    <message>
        <source>{remaining} more hours ({achieved} so far)</source>
        <translation>encore {remaining} heures ({achieved} à ce jour)</translation>
    </message>
    <message>
        <source>{requirement}: {required}</source>
        <translation>{requirement} : {required}</translation>
    </message>
    <message>
        <source>Mentor coaching is counted since your {level} was awarded ({since}).</source>
        <translation>Le mentor coaching est compté depuis l&apos;obtention de votre {level} ({since}).</translation>
    </message>
    <message>
        <source>Applying for ICF {level}</source>
        <translation>Demande d&apos;accréditation ICF {level}</translation>
    </message>
    <message>
        <source>{requirement} — met</source>
        <translation>{requirement} — atteint</translation>
    </message>
    <message>
        <source>{requirement} — missing {missing}</source>
        <translation>{requirement} — il manque {missing}</translation>
    </message>
    <message>
        <source>Mentor coaching: {hours} hours</source>
        <translation>Mentor coaching : {hours} heures</translation>
    </message>
    <message>
        <source>{amount} more hour of mentor coaching ({counted} of {hours} so far)</source>
        <translation>encore {amount} heure de mentor coaching ({counted} sur {hours} à ce jour)</translation>
    </message>
    <message>
        <source>{amount} more hours of mentor coaching ({counted} of {hours} so far)</source>
        <translation>encore {amount} heures de mentor coaching ({counted} sur {hours} à ce jour)</translation>
    </message>
    <message>
        <source>Mentor coaching</source>
        <translation>Mentor coaching</translation>
    </message>
    <message>
        <source>Mentor coaching one-to-one: at least {hours} hours</source>
        <translation>Mentor coaching individuel : au moins {hours} heures</translation>
    </message>
    <message>
        <source>{amount} more hour of one-to-one mentor coaching</source>
        <translation>encore {amount} heure de mentor coaching individuel</translation>
    </message>
    <message>
        <source>{amount} more hours of one-to-one mentor coaching</source>
        <translation>encore {amount} heures de mentor coaching individuel</translation>
    </message>
    <message>
        <source>Mentor coaching one-to-one</source>
        <translation>Mentor coaching individuel</translation>
    </message>
    <message>
        <source>Mentor coaching spread over at least {months} months</source>
        <translation>Mentor coaching réparti sur au moins {months} mois</translation>
    </message>
    <message>
        <source>no mentor coaching yet</source>
        <translation>pas encore de mentor coaching</translation>
    </message>
    <message>
        <source>a session on or after {until} (the first was on {first})</source>
        <translation>une séance le {until} ou après (la première était le {first})</translation>
    </message>
    <message>
        <source>Not counted: {count} session ({hours} hours) in groups of more than {size} participants.</source>
        <translation>Non comptée : {count} séance ({hours} heures) en groupes de plus de {size} participants.</translation>
    </message>
    <message>
        <source>Not counted: {count} sessions ({hours} hours) in groups of more than {size} participants.</source>
        <translation>Non comptées : {count} séances ({hours} heures) en groupes de plus de {size} participants.</translation>
    </message>
    <message>
        <source> (Coaching Ethics units count here too)</source>
        <translation> (les unités d&apos;éthique du coaching comptent aussi ici)</translation>
    </message>
    <message>
        <source>CCE: {units} units between {start} and {end}</source>
        <translation>CCE : {units} unités entre le {start} et le {end}</translation>
    </message>
    <message>
        <source>{amount} more CCE unit ({total} so far)</source>
        <translation>encore {amount} unité CCE ({total} à ce jour)</translation>
    </message>
    <message>
        <source>{amount} more CCE units ({total} so far)</source>
        <translation>encore {amount} unités CCE ({total} à ce jour)</translation>
    </message>
    <message>
        <source>CCE in Core Competencies: at least {units} units</source>
        <translation>CCE en compétences clés : au moins {units} unités</translation>
    </message>
    <message>
        <source>{amount} more Core Competencies unit</source>
        <translation>encore {amount} unité de compétences clés</translation>
    </message>
    <message>
        <source>{amount} more Core Competencies units</source>
        <translation>encore {amount} unités de compétences clés</translation>
    </message>
    <message>
        <source>CCE in Coaching Ethics: at least {units} units</source>
        <translation>CCE en éthique du coaching : au moins {units} unités</translation>
    </message>
    <message>
        <source>{amount} more Coaching Ethics unit</source>
        <translation>encore {amount} unité d&apos;éthique du coaching</translation>
    </message>
    <message>
        <source>{amount} more Coaching Ethics units</source>
        <translation>encore {amount} unités d&apos;éthique du coaching</translation>
    </message>
    <message>
        <source>Supervision: 1 hour per {ratio} hours of coaching ({coached} hours coached, {supervised} hours of supervision)</source>
        <translation>Supervision : 1 heure pour {ratio} heures de coaching ({coached} heures de coaching, {supervised} heures de supervision)</translation>
    </message>
    <message>
        <source>{amount} more hour of supervision</source>
        <translation>encore {amount} heure de supervision</translation>
    </message>
    <message>
        <source>{amount} more hours of supervision</source>
        <translation>encore {amount} heures de supervision</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <source>Line {number} is not a vCard property (it has no colon).</source>
        <translation>La ligne {number} n&apos;est pas une propriété vCard (elle n&apos;a pas de deux-points).</translation>
    </message>
    <message>
        <source>The vault could not be read or written ({reason}).</source>
        <translation>Le coffre n&apos;a pas pu être lu ou écrit ({reason}).</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new file name.</source>
        <translation>{name} existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>The backup could not be copied. {reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée. {reason}</translation>
    </message>
    <message>
        <source>{name} could not be renamed ({reason}).</source>
        <translation>{name} n&apos;a pas pu être renommé ({reason}).</translation>
    </message>
    <message>
        <source>{name} is named in {count} referral; the referral record must keep who the client was referred to, so the professional cannot be deleted.</source>
        <translation>{name} figure dans {count} orientation ; le dossier doit garder vers qui le client a été orienté, le professionnel ne peut donc pas être supprimé.</translation>
    </message>
    <message>
        <source>{name} is named in {count} referrals; the referral record must keep who the client was referred to, so the professional cannot be deleted.</source>
        <translation>{name} figure dans {count} orientations ; le dossier doit garder vers qui le client a été orienté, le professionnel ne peut donc pas être supprimé.</translation>
    </message>
    <message>
        <source>{name} sponsors {count} engagement; end or re-assign them before deleting it.</source>
        <translation>{name} est commanditaire de {count} accompagnement ; terminez-le ou réattribuez-le avant de supprimer l&apos;organisation.</translation>
    </message>
    <message>
        <source>{name} sponsors {count} engagements; end or re-assign them before deleting it.</source>
        <translation>{name} est commanditaire de {count} accompagnements ; terminez-les ou réattribuez-les avant de supprimer l&apos;organisation.</translation>
    </message>
    <message>
        <source>Notes finalised in both copies: the second text was kept as an amendment.</source>
        <translation>Notes finalisées dans les deux copies : le second texte a été gardé comme avenant.</translation>
    </message>
    <message>
        <source>Coaching hours</source>
        <translation>Heures de coaching</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Heures rémunérées</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>10 hours of Mentor Coaching over a minimum of three months; at least 3 of the 10 hours one-to-one; group Mentor Coaching may count for up to 7 hours, in groups of no more than 10 participants.</source>
        <translation>10 heures de mentor coaching sur au moins trois mois ; au moins 3 des 10 heures en individuel ; le mentor coaching en groupe peut compter pour 7 heures au plus, en groupes de 10 participants au maximum.</translation>
    </message>
    <message>
        <source>An ACC renewing for the first time also needs 10 hours of Mentor Coaching, received since the credential was awarded; the same structure applies (3 hours one-to-one, groups of at most 10). Those hours may also be counted as Core Competencies CCE units.</source>
        <translation>Un ACC qui renouvelle pour la première fois doit aussi avoir reçu 10 heures de mentor coaching depuis l&apos;obtention de l&apos;accréditation, selon la même structure (3 heures en individuel, groupes de 10 au plus). Ces heures comptent aussi comme unités CCE en compétences clés.</translation>
    </message>
    <message>
        <source>All ICF credentials are valid for three years. 40 Continuing Coach Education units each renewal cycle, at least 24 in Core Competencies, of which at least 3 in Coaching Ethics; the rest may be Resource Development. 1 hour = 1 CCE unit.</source>
        <translation>Toutes les accréditations ICF sont valables trois ans. 40 unités de formation continue (Continuing Coach Education, CCE) par cycle de renouvellement, dont au moins 24 en compétences clés, parmi lesquelles au moins 3 en éthique du coaching ; le reste peut relever du Resource Development. 1 heure = 1 unité CCE.</translation>
    </message>
    <message>
        <source>EMCC&apos;s guideline: about 1 hour of supervision for every 35 hours of coaching practice (a guide, not a fixed rule; change it to the ratio you work to).</source>
        <translation>Recommandation de l&apos;EMCC : environ 1 heure de supervision pour 35 heures de pratique du coaching (un repère, pas une règle fixe ; adaptez-le au ratio que vous appliquez).</translation>
    </message>
    <message>
        <source>A refund is recorded against the credit note that took the money off the invoice.</source>
        <translation>Un remboursement s’enregistre sur l’avoir qui a déduit le montant de la facture.</translation>
    </message>
    <message>
        <source>No refund is due on credit note {number}: nothing was paid beyond what is owed.</source>
        <translation>Aucun remboursement n’est dû sur l’avoir {number} : rien n’a été payé au-delà de ce qui est dû.</translation>
    </message>
    <message>
        <source>That is more than the {amount} {currency} to refund on credit note {number}; record at most {amount}.</source>
        <translation>C’est plus que les {amount} {currency} à rembourser sur l’avoir {number} ; enregistrez au plus {amount}.</translation>
    </message>
    <message>
        <source>A refund cannot be dated before the credit note that makes it due.</source>
        <translation>Un remboursement ne peut être daté d’avant l’avoir qui le rend dû.</translation>
    </message>
</context>
</TS>
