<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementStatus</name>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Marquer comme signée</translation>
    </message>
    <message>
        <source>Mark as active</source>
        <translation>Marquer comme active</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Withdraw to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Active depuis le</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Résiliée le</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>commanditaire</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>honoraires</translation>
    </message>
    <message>
        <source>notice period</source>
        <translation>préavis</translation>
    </message>
    <message>
        <source>attendance shared with the sponsor</source>
        <translation>présence communiquée au commanditaire</translation>
    </message>
    <message>
        <source>goals shared with the sponsor</source>
        <translation>objectifs communiqués au commanditaire</translation>
    </message>
    <message>
        <source>progress summary for the sponsor</source>
        <translation>bilan d&apos;étape pour le commanditaire</translation>
    </message>
    <message>
        <source>{move} “{title}”? The agreement becomes a closed record: its terms can no longer change and it cannot be reopened.</source>
        <translation>{move}&#xa0;: «&#xa0;{title}&#xa0;»&#xa0;? La convention devient une archive close&#xa0;: ses conditions ne peuvent plus changer et elle ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>Terminated {day}</source>
        <translation>Résiliée le {day}</translation>
    </message>
    <message>
        <source>Completed {day}</source>
        <translation>Terminée le {day}</translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation>Envoyée le {day}</translation>
    </message>
    <message>
        <source>Signed {day}</source>
        <translation>Signée le {day}</translation>
    </message>
    <message>
        <source>Active from {day}</source>
        <translation>Active depuis le {day}</translation>
    </message>
    <message>
        <source>Changed since signing: {terms}. The agreement as signed does not change; record each change the parties agreed in writing on the Amendments tab.</source>
        <translation>Modifié depuis la signature&#xa0;: {terms}. La convention signée ne change pas&#xa0;; consignez chaque modification convenue par écrit dans l&apos;onglet «&#xa0;Avenants&#xa0;».</translation>
    </message>
    <message>
        <source>No further status changes</source>
        <translation>Aucun autre changement de statut</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résiliée</translation>
    </message>
    <message>
        <source>No fee (pro bono)</source>
        <translation>Sans honoraires (pro bono)</translation>
    </message>
    <message>
        <source>{amount} per session</source>
        <translation>{amount} par séance</translation>
    </message>
    <message>
        <source>{amount} for the engagement</source>
        <translation>{amount} pour l&apos;accompagnement</translation>
    </message>
    <message>
        <source>{amount} per session, paid by the sponsor</source>
        <translation>{amount} par séance, payés par le commanditaire</translation>
    </message>
    <message>
        <source>{amount} for the engagement, paid by the sponsor</source>
        <translation>{amount} pour l&apos;accompagnement, payés par le commanditaire</translation>
    </message>
    <message>
        <source>{amount} per session, paid by the client</source>
        <translation>{amount} par séance, payés par le client</translation>
    </message>
    <message>
        <source>{amount} for the engagement, paid by the client</source>
        <translation>{amount} pour l&apos;accompagnement, payés par le client</translation>
    </message>
    <message>
        <source>Sent {day}</source>
        <translation>Envoyée le {day}</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>{done} (as agreed)</source>
        <translation>{done} (selon accord)</translation>
    </message>
    <message>
        <source>— two-party</source>
        <translation>— bipartite</translation>
    </message>
    <message>
        <source>Delete the agreement “{title}” with {client}?</source>
        <translation>Supprimer la convention «&#xa0;{title}&#xa0;» avec {client}&#xa0;?</translation>
    </message>
    <message>
        <source>Its {records} stay with {client}, no longer linked to an agreement.</source>
        <translation>Ses {records} restent avec {client}, sans lien avec une convention.</translation>
    </message>
    <message>
        <source>This cannot be undone, except from a backup made before.</source>
        <translation>Cette action est irréversible, sauf à partir d&apos;une sauvegarde antérieure.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 objectif</translation>
    </message>
    <message>
        <source>{count} goals</source>
        <translation>{count} objectifs</translation>
    </message>
    <message>
        <source>1 conflict record</source>
        <translation>1 fiche de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>{count} conflict records</source>
        <translation>{count} fiches de conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honoraires</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Filter by client, agreement or sponsor</source>
        <translation>Filtrer par client, convention ou commanditaire</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nouvelle convention…</translation>
    </message>
    <message>
        <source>Draft your first agreement…</source>
        <translation>Rédiger votre première convention…</translation>
    </message>
    <message>
        <source>Delete the selected agreement (Del); its sessions and goals stay</source>
        <translation>Supprimer la convention sélectionnée (Suppr)&#xa0;; ses séances et objectifs sont conservés</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Filtrer les conventions</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show every client&apos;s agreements again</source>
        <translation>Afficher à nouveau les conventions de tous les clients</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mark the selected agreement as sent, signed, active, completed…</source>
        <translation>Marquer la convention sélectionnée comme envoyée, signée, active, terminée…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>See the agreement as it will print</source>
        <translation>Voir la convention telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Save the agreement as a PDF file; the arrow offers a password</source>
        <translation>Enregistrer la convention en PDF&#xa0;; la flèche propose un mot de passe</translation>
    </message>
    <message>
        <source>Export PDF with a password…</source>
        <translation>Exporter en PDF avec mot de passe…</translation>
    </message>
    <message>
        <source>Sponsor report…</source>
        <translation>Rapport au commanditaire…</translation>
    </message>
    <message>
        <source>Write the report a three-way agreement lets the sponsor receive</source>
        <translation>Rédiger le rapport que le contrat tripartite autorise pour le commanditaire</translation>
    </message>
    <message>
        <source>Invoice unbilled sessions…</source>
        <translation>Facturer les séances non facturées…</translation>
    </message>
    <message>
        <source>Make a draft invoice of the sessions (or the package) not yet billed, and open it</source>
        <translation>Créer un brouillon de facture des séances (ou du forfait) non encore facturées, puis l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Only {name} ✕</source>
        <translation>Seulement {name} ✕</translation>
    </message>
    <message>
        <source>Only one client ✕</source>
        <translation>Un seul client ✕</translation>
    </message>
    <message>
        <source>Show every client&apos;s agreements</source>
        <translation>Afficher les conventions de tous les clients</translation>
    </message>
    <message>
        <source>{move}: not possible</source>
        <translation>{move}&#xa0;: impossible</translation>
    </message>
    <message>
        <source>Delete the agreement?</source>
        <translation>Supprimer la convention&#xa0;?</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Convention de coaching</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nouvel avenant</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Enregistrer l&apos;avenant</translation>
    </message>
    <message>
        <source>Record a change the parties agreed in writing after signing (a letter, an e-mail both confirmed). Reprints of the agreement list it under “Since signing”.</source>
        <translation>Consignez une modification convenue par écrit après la signature (un courrier, un e-mail confirmé par les deux parties). Les réimpressions de la convention la citent sous «&#xa0;Depuis la signature&#xa0;».</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>e.g. Two further sessions, ten in all</source>
        <translation>p. ex. Deux séances de plus, dix en tout</translation>
    </message>
</context>
<context>
    <name>AmendmentTableModel</name>
    <message>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui change</translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <source>About amendments</source>
        <translation>À propos des avenants</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation>Ajouter un avenant…</translation>
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
        <source>Signed on {day}. CoachDesk keeps the agreement as it was signed: its reprint does not change when you edit the terms. Any change needs the parties&apos; agreement in writing; record it here and reprints list it.</source>
        <translation>Signée le {day}. CoachDesk conserve la convention telle qu&apos;elle a été signée&#xa0;: sa réimpression ne change pas si vous modifiez les conditions. Toute modification exige l&apos;accord écrit des parties&#xa0;; consignez-la ici et les réimpressions la citeront.</translation>
    </message>
    <message>
        <source>Delete the amendment of {day}? Reprints will no longer list it.</source>
        <translation>Supprimer l&apos;avenant du {day}&#xa0;? Les réimpressions ne le citeront plus.</translation>
    </message>
    <message>
        <source>Delete amendment?</source>
        <translation>Supprimer l&apos;avenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ClauseChoices</name>
    <message>
        <source>Optional clauses</source>
        <translation>Clauses facultatives</translation>
    </message>
    <message>
        <source>Untick to leave “%1” out of this agreement.</source>
        <translation>Décochez pour omettre «&#xa0;%1&#xa0;» de cette convention.</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Type de convention</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nouvelle convention</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Ajouter la convention</translation>
    </message>
    <message>
        <source>Add a client first: an agreement is always with a client.</source>
        <translation>Ajoutez d&apos;abord un client&#xa0;: une convention se conclut toujours avec un client.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This agreement is {status}; its terms can no longer change.</source>
        <translation>Cette convention est {status}&#xa0;; ses conditions ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This agreement already has sessions or goals, so it stays with its client.</source>
        <translation>Cette convention a déjà des séances ou des objectifs&#xa0;: elle reste donc avec son client.</translation>
    </message>
    <message>
        <source>Choose the client this agreement is with.</source>
        <translation>Choisissez le client de cette convention.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Check the dates and the number of sessions.</source>
        <translation>Vérifiez les dates et le nombre de séances.</translation>
    </message>
    <message>
        <source>this agreement</source>
        <translation>cette convention</translation>
    </message>
    <message>
        <source>{move}?</source>
        <translation>{move}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EngagementFields</name>
    <message>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Par séance</translation>
    </message>
    <message>
        <source>For the whole engagement</source>
        <translation>Pour tout l&apos;accompagnement</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>The sponsor</source>
        <translation>Le commanditaire</translation>
    </message>
    <message>
        <source>None — a two-party agreement</source>
        <translation>Aucun — convention bipartite</translation>
    </message>
    <message>
        <source>Every agreement also states the limits of confidentiality: illegal activity, disclosure required by law or by a court order or subpoena, and an imminent or likely risk of danger to the client or to others; and that supervision is the one routine exception.</source>
        <translation>Toute convention précise aussi les limites de la confidentialité&#xa0;: activité illégale, divulgation exigée par la loi, une décision de justice ou une citation, et risque imminent ou probable de danger pour le client ou pour autrui&#xa0;; et que la supervision est la seule exception habituelle.</translation>
    </message>
    <message>
        <source>The sponsor never receives your private notes or what the client says in sessions.</source>
        <translation>Le commanditaire ne reçoit jamais vos notes personnelles ni ce que le client dit en séance.</translation>
    </message>
    <message>
        <source>Parties and dates</source>
        <translation>Parties et dates</translation>
    </message>
    <message>
        <source>Sessions and fees</source>
        <translation>Séances et honoraires</translation>
    </message>
    <message>
        <source>Confidentiality and the sponsor</source>
        <translation>Confidentialité et commanditaire</translation>
    </message>
    <message>
        <source>Boundaries and ending</source>
        <translation>Cadre et fin</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Three-way agreement (coach, client and {sponsor})</source>
        <translation>Contrat tripartite (coach, client et {sponsor})</translation>
    </message>
    <message>
        <source>Two-party agreement (coach and client)</source>
        <translation>Convention bipartite (coach et client)</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation>Choisir le client</translation>
    </message>
    <message>
        <source>e.g. First 100 days as Head of Operations</source>
        <translation>p. ex. Les 100 premiers jours comme directrice des opérations</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
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
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Sponsor&apos;s contact</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail de l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Log as an alias, verified by the organisation</source>
        <translation>Consigner sous un alias, vérifié par l&apos;organisation</translation>
    </message>
    <message>
        <source>For an organisation whose confidentiality policy keeps client names in: the hours log lists these sessions as “Confidential Client N” with the contact&apos;s e-mail (needed for the hours to count), and Reports prints the letter the contact signs.</source>
        <translation>Pour une organisation dont la politique de confidentialité ne laisse pas sortir les noms des clients&#xa0;: le journal des heures de coaching inscrit ces séances comme «&#xa0;Client confidentiel N&#xa0;» avec l&apos;e-mail de l&apos;interlocuteur (nécessaire pour que les heures comptent), et Rapports imprime la lettre que l&apos;interlocuteur signe.</translation>
    </message>
    <message>
        <source>Hours log</source>
        <translation>Journal des heures</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>As agreed (no fixed number)</source>
        <translation>Selon accord (sans nombre fixe)</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>0 for pro bono</source>
        <translation>0 pour du pro bono</translation>
    </message>
    <message>
        <source>Fee as printed</source>
        <translation>Honoraires tels qu&apos;imprimés</translation>
    </message>
    <message>
        <source>e.g. Invoiced monthly; payable within 30 days</source>
        <translation>p. ex. Facturé chaque mois&#xa0;; payable sous 30 jours</translation>
    </message>
    <message>
        <source>e.g. Sessions moved with less than 24 hours&apos; notice are charged</source>
        <translation>p. ex. Les séances déplacées moins de 24 heures à l&apos;avance sont facturées</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Each session</source>
        <translation>Chaque séance</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honoraires</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Included in the fee</source>
        <translation>Incluse dans les honoraires</translation>
    </message>
    <message>
        <source>Added to the fee</source>
        <translation>En sus des honoraires</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Non facturée</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Late cancellations and no-shows use a session and are billed</source>
        <translation>Les annulations tardives et absences comptent comme une séance et sont facturées</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Séances manquées</translation>
    </message>
    <message>
        <source>Anything you agree beyond the standard confidentiality clause</source>
        <translation>Ce que vous convenez au-delà de la clause de confidentialité standard</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Attendance: which sessions took place</source>
        <translation>Présence&#xa0;: quelles séances ont eu lieu</translation>
    </message>
    <message>
        <source>The goals agreed for the coaching</source>
        <translation>Les objectifs convenus pour le coaching</translation>
    </message>
    <message>
        <source>A progress summary, agreed with the client first</source>
        <translation>Un bilan d&apos;étape, validé d&apos;abord avec le client</translation>
    </message>
    <message>
        <source>The sponsor receives</source>
        <translation>Le commanditaire reçoit</translation>
    </message>
    <message>
        <source>e.g. In the first week, at the midpoint review and at the close</source>
        <translation>p. ex. La première semaine, au bilan à mi-parcours et à la clôture</translation>
    </message>
    <message>
        <source>Three-way meetings</source>
        <translation>Réunions tripartites</translation>
    </message>
    <message>
        <source>e.g. E-mail; phone for rescheduling only</source>
        <translation>p. ex. E-mail&#xa0;; téléphone uniquement pour reporter</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 9:00–18:00</source>
        <translation>p. ex. Du lundi au vendredi, 9 h – 18 h</translation>
    </message>
    <message>
        <source>e.g. Within two working days</source>
        <translation>p. ex. Sous deux jours ouvrés</translation>
    </message>
    <message>
        <source>e.g. No gifts beyond a token of under €25</source>
        <translation>p. ex. Aucun cadeau au-delà d&apos;une attention de moins de 25 €</translation>
    </message>
    <message>
        <source> days&apos; notice</source>
        <translation> jours de préavis</translation>
    </message>
    <message>
        <source>No notice needed</source>
        <translation>Sans préavis</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Horaires de contact</translation>
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
        <source>Ending early</source>
        <translation>Fin anticipée</translation>
    </message>
    <message>
        <source>Either party may end the coaching with this much notice, in writing.</source>
        <translation>Chaque partie peut mettre fin au coaching par écrit avec ce préavis.</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Clauses facultatives</translation>
    </message>
    <message>
        <source>Untick a clause to leave it out of this agreement. Every other clause always prints; the wording of all of them is in the clause template.</source>
        <translation>Décochez une clause pour l&apos;omettre de cette convention. Toutes les autres clauses sont toujours imprimées&#xa0;; leur texte se trouve dans le modèle de clauses.</translation>
    </message>
    <message>
        <source>A “Place” line beside each signature date</source>
        <translation>Une ligne «&#xa0;Lieu&#xa0;» à côté de chaque date de signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Choose a sponsor first</source>
        <translation>Choisissez d&apos;abord un commanditaire</translation>
    </message>
    <message>
        <source>Only a sponsor receives anything; this is a two-party agreement.</source>
        <translation>Seul un commanditaire reçoit quelque chose&#xa0;; ceci est une convention bipartite.</translation>
    </message>
    <message>
        <source>{name} (the organisation&apos;s contact)</source>
        <translation>{name} (interlocuteur de l&apos;organisation)</translation>
    </message>
    <message>
        <source>Who signs for the sponsor</source>
        <translation>Qui signe pour le commanditaire</translation>
    </message>
</context>
<context>
    <name>NoteTemplateChoice</name>
    <message>
        <source>Note template</source>
        <translation>Modèle de notes</translation>
    </message>
    <message>
        <source>New sessions of this agreement start their private notes from this template</source>
        <translation>Les nouvelles séances de cette convention commencent leurs notes personnelles avec ce modèle</translation>
    </message>
    <message>
        <source>None (empty notes)</source>
        <translation>Aucun (notes vides)</translation>
    </message>
</context>
<context>
    <name>SponsorReportDialog</name>
    <message>
        <source>Sponsor report</source>
        <translation>Rapport au commanditaire</translation>
    </message>
    <message>
        <source>The report holds only what the agreement lets the sponsor receive (attendance, goals the client agreed to, a progress summary) and only while the client&apos;s consent to share with the sponsor is in force. Session notes are never included.</source>
        <translation>Le rapport ne contient que ce que la convention autorise pour le commanditaire (présence, objectifs acceptés par le client, bilan d&apos;étape), et seulement tant que le consentement du client au partage avec le commanditaire est en vigueur. Les notes de séance n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Leave empty for no summary</source>
        <translation>Laisser vide pour ne pas faire de bilan</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Bilan d&apos;étape</translation>
    </message>
    <message>
        <source>The client has read and agreed to this summary</source>
        <translation>Le client a lu et approuvé ce bilan</translation>
    </message>
    <message>
        <source>Client&apos;s own goals</source>
        <translation>Objectifs propres du client</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Next three-way review</source>
        <translation>Prochain bilan tripartite</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Consent warning</source>
        <translation>Avertissement sur le consentement</translation>
    </message>
    <message>
        <source>Record the client&apos;s consent to share</source>
        <translation>Consigner le consentement du client au partage</translation>
    </message>
    <message>
        <source>The client&apos;s consent to share with {sponsor} ends on {ends}, but the engagement has no end date. Reports after that day need the client&apos;s renewed consent.</source>
        <translation>Le consentement du client au partage avec {sponsor} prend fin le {ends}, mais l&apos;accompagnement n&apos;a pas de date de fin. Les rapports après cette date exigent un nouveau consentement du client.</translation>
    </message>
    <message>
        <source>The client&apos;s consent to share with {sponsor} ends on {ends}, before the engagement ends on {end}. Reports after that day need the client&apos;s renewed consent.</source>
        <translation>Le consentement du client au partage avec {sponsor} prend fin le {ends}, avant la fin de l&apos;accompagnement le {end}. Les rapports après cette date exigent un nouveau consentement du client.</translation>
    </message>
    <message>
        <source>Tick each goal the client agreed to share in this report:</source>
        <translation>Cochez chaque objectif que le client accepte de partager dans ce rapport&#xa0;:</translation>
    </message>
    <message>
        <source>The client has no goals of their own in this engagement.</source>
        <translation>Le client n&apos;a pas d&apos;objectifs propres dans cet accompagnement.</translation>
    </message>
    <message>
        <source>Share: {goal}</source>
        <translation>Partager&#xa0;: {goal}</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation goal(s) left out: the client&apos;s agreement is not on record (record it in the goal).</source>
        <translation>
            <numerusform>%n objectif de l&apos;organisation omis&#xa0;: l&apos;accord du client n&apos;est pas consigné (consignez-le dans l&apos;objectif).</numerusform>
            <numerusform>%n objectifs de l&apos;organisation omis&#xa0;: l&apos;accord du client n&apos;est pas consigné (consignez-le dans l&apos;objectif).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status dates</source>
        <translation>Dates du statut</translation>
    </message>
    <message>
        <source>Next step, dated</source>
        <translation>Étape suivante, datée du</translation>
    </message>
    <message>
        <source>Date of the status change</source>
        <translation>Date du changement de statut</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>Problème de statut</translation>
    </message>
    <message>
        <source>Changes after signing</source>
        <translation>Modifications après signature</translation>
    </message>
    <message>
        <source>Kept as signed</source>
        <translation>Conservée telle que signée</translation>
    </message>
    <message>
        <source>Decide on the conflict…</source>
        <translation>Décider du conflit…</translation>
    </message>
    <message>
        <source>— not saved yet; marking it as sent saves it first</source>
        <translation>— pas encore enregistrée&#xa0;; la marquer comme envoyée l&apos;enregistre d&apos;abord</translation>
    </message>
    <message>
        <source>Signed: the agreement is kept as it was signed. A change to its terms needs the parties&apos; agreement in writing; record it on the Amendments tab.</source>
        <translation>Signée&#xa0;: la convention est conservée telle qu&apos;elle a été signée. Toute modification de ses conditions exige l&apos;accord écrit des parties&#xa0;; consignez-la dans l&apos;onglet «&#xa0;Avenants&#xa0;».</translation>
    </message>
</context>
</TS>
