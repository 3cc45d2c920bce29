<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BooksDialog</name>
    <message>
        <source>For the accountant</source>
        <translation>Pour le comptable</translation>
    </message>
    <message>
        <source>A CSV file of the period&apos;s issued invoices and credit notes (number, date, payer, net, VAT per rate, gross, paid), or of the payments received. It names payers and amounts only, never sessions or notes.</source>
        <translation>Un fichier CSV des factures et avoirs émis sur la période (numéro, date, payeur, HT, TVA par taux, TTC, payé), ou des paiements reçus. Il ne cite que les payeurs et les montants, jamais les séances ni les notes.</translation>
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
        <source>Invoices and credit notes issued</source>
        <translation>Factures et avoirs émis</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later last day.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez un dernier jour plus tardif.</translation>
    </message>
</context>
<context>
    <name>BooksExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the accountant&apos;s list</source>
        <translation>Enregistrer la liste pour le comptable</translation>
    </message>
    <message>
        <source>List for the accountant</source>
        <translation>Liste pour le comptable</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>La liste n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Could not write “%1” in %2: %3.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;» dans %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ComputerTagDialog</name>
    <message>
        <source>A number series for this computer</source>
        <translation>Une série de numéros pour cet ordinateur</translation>
    </message>
    <message>
        <source>Save tag</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>Your invoice numbers carry the tag of the computer that issues them, so that two computers never give the same number. This computer has no tag yet. Choose one of 1 to 3 letters or digits, different from your other computers&apos; (for example L for the laptop, D for the desktop). A computer keeps its tag.</source>
        <translation>Vos numéros de facture portent le code de l&apos;ordinateur qui les émet, pour que deux ordinateurs ne donnent jamais le même numéro. Cet ordinateur n&apos;a pas encore de code. Choisissez-en un de 1 à 3 lettres ou chiffres, différent de celui de vos autres ordinateurs (par exemple L pour le portable, D pour le fixe). Un ordinateur garde son code.</translation>
    </message>
    <message>
        <source>This computer&apos;s tag</source>
        <translation>Code de cet ordinateur</translation>
    </message>
    <message>
        <source>e.g. L</source>
        <translation>p. ex. L</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit invoice %1</source>
        <translation>Avoir sur la facture %1</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
    <message>
        <source>In full (%1)</source>
        <translation>En totalité (%1)</translation>
    </message>
    <message>
        <source>In full (already credited in part)</source>
        <translation>En totalité (déjà partiellement créditée)</translation>
    </message>
    <message>
        <source>Part of it</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Amount before VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>e.g. 50.00</source>
        <translation>p. ex. 50,00</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Printed on the credit note, e.g. session cancelled</source>
        <translation>Imprimé sur l&apos;avoir, p. ex. séance annulée</translation>
    </message>
    <message>
        <source>What will be due back</source>
        <translation>Ce qui sera à rembourser</translation>
    </message>
    <message>
        <source>%1 has been paid on this invoice.</source>
        <translation>%1 ont été payés sur cette facture.</translation>
    </message>
    <message>
        <source>This credit note takes off %1 with VAT: %2 will be due back to the payer.</source>
        <translation>Cet avoir déduit %1 TTC : %2 seront à rembourser au payeur.</translation>
    </message>
    <message>
        <source>This credit note takes off %1 with VAT from what is still owed: nothing is due back.</source>
        <translation>Cet avoir déduit %1 TTC de ce qui reste dû : rien n’est à rembourser.</translation>
    </message>
</context>
<context>
    <name>DraftInvoiceDialog</name>
    <message>
        <source>New draft invoice</source>
        <translation>Nouveau brouillon de facture</translation>
    </message>
    <message>
        <source>Edit draft invoice</source>
        <translation>Modifier le brouillon de facture</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
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
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>An invoice is in its agreement&apos;s currency</source>
        <translation>Une facture est libellée dans la devise de sa convention</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Left unset, the due date follows your payment terms when the invoice is issued</source>
        <translation>Sans date, l&apos;échéance suit vos conditions de paiement à l&apos;émission de la facture</translation>
    </message>
    <message>
        <source>Printed on the invoice, e.g. a reference</source>
        <translation>Imprimé sur la facture, p. ex. une référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>As in your profile (%1)</source>
        <translation>Comme dans votre profil (%1)</translation>
    </message>
    <message>
        <source>The sponsor (%1)</source>
        <translation>Le commanditaire (%1)</translation>
    </message>
    <message>
        <source>Choose the engagement this invoice bills.</source>
        <translation>Choisissez l&apos;accompagnement que facture cette facture.</translation>
    </message>
</context>
<context>
    <name>DraftLinesPanel</name>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ex. 150,00</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>e.g. 19</source>
        <translation>p. ex. 20</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>No VAT is charged under this treatment</source>
        <translation>Aucune TVA n&apos;est facturée sous ce régime</translation>
    </message>
    <message>
        <source>Every completed session of this engagement is already on an invoice.</source>
        <translation>Chaque séance réalisée de cet accompagnement figure déjà sur une facture.</translation>
    </message>
    <message>
        <source>This engagement&apos;s package is already on an invoice.</source>
        <translation>Le forfait de cet accompagnement figure déjà sur une facture.</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2 · Total %3</source>
        <translation>HT %1 · TVA %2 · TTC %3</translation>
    </message>
</context>
<context>
    <name>InvoicePdfActions</name>
    <message>
        <source>The invoice cannot be printed</source>
        <translation>La facture ne peut pas être imprimée</translation>
    </message>
    <message>
        <source>No reminder for this invoice</source>
        <translation>Pas de relance pour cette facture</translation>
    </message>
    <message>
        <source>A reminder is for an issued invoice that is not yet paid.</source>
        <translation>Une relance concerne une facture émise qui n&apos;est pas encore payée.</translation>
    </message>
    <message>
        <source>The reminder cannot leave the vault</source>
        <translation>La relance ne peut pas quitter le coffre</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Aucun logiciel de messagerie n&apos;a ouvert le brouillon</translation>
    </message>
    <message>
        <source>Set a default mail program in your system&apos;s settings, or export the reminder as a PDF.</source>
        <translation>Définissez un logiciel de messagerie par défaut dans les réglages du système, ou exportez la relance en PDF.</translation>
    </message>
    <message>
        <source>The draft was not recorded</source>
        <translation>Le brouillon n&apos;a pas été consigné</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>VAT charged</source>
        <translation>TVA facturée</translation>
    </message>
    <message>
        <source>Exempt as a small business</source>
        <translation>Franchise en base de TVA</translation>
    </message>
    <message>
        <source>Reverse charge (business customer in another EU country)</source>
        <translation>Autoliquidation (client professionnel dans un autre pays de l&apos;UE)</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Hors du champ de la TVA</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Unbilled sessions</source>
        <translation>Séances non facturées</translation>
    </message>
    <message>
        <source>Add a line for each completed session not yet billed</source>
        <translation>Ajouter une ligne par séance réalisée non encore facturée</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Add the engagement&apos;s package as one line</source>
        <translation>Ajouter le forfait de l&apos;accompagnement en une ligne</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Forfait fixe</translation>
    </message>
    <message>
        <source>Add the agreement&apos;s fee as a fixed fee</source>
        <translation>Ajouter les honoraires de la convention en forfait fixe</translation>
    </message>
    <message>
        <source>Free line</source>
        <translation>Ligne libre</translation>
    </message>
    <message>
        <source>Add a line you describe and price yourself</source>
        <translation>Ajouter une ligne que vous décrivez et chiffrez vous-même</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; it is corrected by a credit note.</source>
        <translation>Une facture émise ne peut pas être modifiée&#xa0;; elle se corrige par un avoir.</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Paiement en ligne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Issue the invoice to %1 for %2? It takes the next number today.</source>
        <translation>Émettre la facture à %1 pour %2&#xa0;? Elle prend aujourd&apos;hui le numéro suivant.</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Avoir émis</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Remboursement dû</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Filter by number or payer</source>
        <translation>Filtrer par numéro ou payeur</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nouveau brouillon…</translation>
    </message>
    <message>
        <source>Make your first invoice…</source>
        <translation>Créer votre première facture…</translation>
    </message>
    <message>
        <source>Delete the selected draft (Del); issued invoices are corrected by a credit note</source>
        <translation>Supprimer le brouillon sélectionné (Suppr)&#xa0;; une facture émise se corrige par un avoir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected draft</source>
        <translation>Modifier le brouillon sélectionné</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Émettre…</translation>
    </message>
    <message>
        <source>Give the draft its number and fix it for good</source>
        <translation>Donner son numéro au brouillon et le figer définitivement</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <source>Correct an issued invoice with a credit note</source>
        <translation>Corriger une facture émise par un avoir</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Record money received for the invoice</source>
        <translation>Enregistrer l&apos;argent reçu pour la facture</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Enregistrer un remboursement…</translation>
    </message>
    <message>
        <source>Record money paid back to the payer after a credit note</source>
        <translation>Enregistrer l’argent rendu au payeur après un avoir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>See the invoice as it will print</source>
        <translation>Voir la facture telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the invoice as a PDF or an e-invoice, or a payment reminder</source>
        <translation>Enregistrer la facture en PDF ou en facture électronique, ou une relance de paiement</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Filter invoices</source>
        <translation>Filtrer les factures</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Toutes les factures</translation>
    </message>
    <message>
        <source>For the accountant…</source>
        <translation>Pour le comptable…</translation>
    </message>
    <message>
        <source>Save a period&apos;s invoices and credit notes, or its payments, as a CSV file for your books</source>
        <translation>Enregistrer les factures et avoirs d&apos;une période, ou ses paiements, en fichier CSV pour votre comptabilité</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PDF with Factur-X e-invoice data…</source>
        <translation>PDF avec données de facture électronique Factur-X…</translation>
    </message>
    <message>
        <source>Payment reminder…</source>
        <translation>Relance de paiement…</translation>
    </message>
    <message>
        <source>Payment reminder by e-mail…</source>
        <translation>Relance de paiement par e-mail…</translation>
    </message>
    <message>
        <source>An issued invoice is fixed</source>
        <translation>Une facture émise est figée</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed; it is corrected by a credit note.</source>
        <translation>Une facture émise ne peut pas être modifiée&#xa0;; elle se corrige par un avoir.</translation>
    </message>
    <message>
        <source>Nothing to invoice</source>
        <translation>Rien à facturer</translation>
    </message>
    <message>
        <source>Delete draft invoice</source>
        <translation>Supprimer le brouillon de facture</translation>
    </message>
    <message>
        <source>Delete this draft invoice to %1? Its sessions can then be billed again.</source>
        <translation>Supprimer ce brouillon de facture à %1&#xa0;? Ses séances pourront alors être facturées à nouveau.</translation>
    </message>
    <message>
        <source>An issued invoice is kept</source>
        <translation>Une facture émise est conservée</translation>
    </message>
    <message>
        <source>An issued invoice is never deleted; correct it with a credit note (Credit…).</source>
        <translation>Une facture émise n&apos;est jamais supprimée&#xa0;; corrigez-la par un avoir (Avoir…).</translation>
    </message>
    <message>
        <source>The invoice was not issued</source>
        <translation>La facture n&apos;a pas été émise</translation>
    </message>
    <message>
        <source>Issued as invoice %1.</source>
        <translation>Émise comme facture %1.</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>Avoir %1 émis.</translation>
    </message>
    <message>
        <source>Payment recorded; invoice %1 is now %2.</source>
        <translation>Paiement enregistré&#xa0;; la facture %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Refund recorded for %1.</source>
        <translation>Remboursement enregistré pour %1.</translation>
    </message>
    <message>
        <source>The reminder is open in your mail program as a draft: check it and send it from there. It is recorded in Ethics › Sent out.</source>
        <translation>La relance est ouverte en brouillon dans votre messagerie&#xa0;: vérifiez-la et envoyez-la depuis celle-ci. Elle est consignée dans Éthique › Envois.</translation>
    </message>
</context>
<context>
    <name>PackageBillingDialog</name>
    <message>
        <source>Invoice the package</source>
        <translation>Facturer le forfait</translation>
    </message>
    <message>
        <source>This engagement has a fee for the whole package. Bill it on one invoice, or in equal blocks as the payment terms say, one draft per block when it falls due; the last block takes the rounding remainder, so the blocks add up to the fee exactly.</source>
        <translation>Cet accompagnement a des honoraires pour l&apos;ensemble du forfait. Facturez-le en une fois, ou en tranches égales comme le prévoient les conditions de paiement, un brouillon par tranche à son échéance&#xa0;; la dernière tranche prend le reste de l&apos;arrondi, pour que les tranches fassent exactement le montant.</translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>Le forfait entier</translation>
    </message>
    <message>
        <source>The next block, of</source>
        <translation>La tranche suivante, sur</translation>
    </message>
    <message>
        <source>Number of blocks</source>
        <translation>Nombre de tranches</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> tranches</translation>
    </message>
    <message>
        <source>Next: block %1 of %2.</source>
        <translation>Suivante&#xa0;: tranche %1 sur %2.</translation>
    </message>
    <message>
        <source>Make the draft</source>
        <translation>Créer le brouillon</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation>Paiement pour %1</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>e.g. the bank statement&apos;s reference</source>
        <translation>p. ex. la référence du relevé bancaire</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Record refund for %1</source>
        <translation>Enregistrer un remboursement pour %1</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>%1 is to be paid back to %2.</source>
        <translation>%1 sont à rembourser à %2.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>e.g. the bank statement&apos;s reference</source>
        <translation>p. ex. la référence du relevé bancaire</translation>
    </message>
    <message>
        <source>No refund is due on this invoice any more.</source>
        <translation>Aucun remboursement n’est plus dû sur cette facture.</translation>
    </message>
</context>
</TS>
