<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ComposeWindow</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The connected mailbox this message is sent from</source>
        <translation>La boîte aux lettres connectée depuis laquelle ce message est envoyé</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Envoyer par</translation>
    </message>
    <message>
        <source>This address is connected twice: choose which provider sends</source>
        <translation>Cette adresse est connectée deux fois : choisissez le fournisseur qui envoie</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write your message…</source>
        <translation>Écrivez votre message…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Recipients: type or paste addresses</source>
        <translation>Destinataires : saisissez ou collez des adresses</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>In&amp;sertion</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Langue de l’orthographe</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <source>Open another compose window</source>
        <translation>Ouvrir une autre fenêtre de rédaction</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Show &amp;Cc</source>
        <translation>Afficher &amp;Cc</translation>
    </message>
    <message>
        <source>Show the Cc field</source>
        <translation>Afficher le champ Cc</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show &amp;Bcc</source>
        <translation>Afficher Cc&amp;i</translation>
    </message>
    <message>
        <source>Show the Bcc field</source>
        <translation>Afficher le champ Cci</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Formatting Toolbar</source>
        <translation>Barre de &amp;mise en forme</translation>
    </message>
    <message>
        <source>Show the formatting toolbar (rich text only)</source>
        <translation>Afficher la barre de mise en forme (texte enrichi uniquement)</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>&amp;Texte enrichi (HTML)</translation>
    </message>
    <message>
        <source>Write with formatting; sent as HTML with a plain-text alternative</source>
        <translation>Écrire avec mise en forme ; envoyé en HTML avec une version texte brut</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>Insert the signature of the mailbox in From</source>
        <translation>Insérer la signature de la boîte aux lettres indiquée dans De</translation>
    </message>
    <message>
        <source>Underline misspelled words in the message</source>
        <translation>Souligner les mots mal orthographiés dans le message</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>vi&amp;a</source>
        <translation>&amp;via</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Check Spelling While Typing</source>
        <translation>Vérifier l’&amp;orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Drafts are saved as you type. Open one to go on writing it, or discard it.</source>
        <translation>Les brouillons sont enregistrés pendant la saisie. Ouvrez-en un pour continuer à l’écrire, ou supprimez-le.</translation>
    </message>
    <message>
        <source>No drafts. Whatever you start writing is kept here until you send or discard it.</source>
        <translation>Aucun brouillon. Tout ce que vous commencez à écrire est conservé ici jusqu’à ce que vous l’envoyiez ou le supprimiez.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Continue this draft in a compose window</source>
        <translation>Reprendre ce brouillon dans une fenêtre de rédaction</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Supprimer ce brouillon</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Mail on its way. Each message stays here until the server confirms it, waits for the network when it is gone, and is never sent twice.</source>
        <translation>Courrier en route. Chaque message reste ici jusqu’à ce que le serveur le confirme, attend le réseau s’il est coupé et n’est jamais envoyé deux fois.</translation>
    </message>
    <message>
        <source>The Outbox is empty: everything you sent has gone out.</source>
        <translation>La boîte d’envoi est vide : tout ce que vous avez envoyé est parti.</translation>
    </message>
    <message>
        <source>Try this message again now (or send a scheduled one now)</source>
        <translation>Réessayer ce message maintenant (ou envoyer maintenant un message programmé)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Take the message out of the Outbox and open it in a compose window</source>
        <translation>Retirer le message de la boîte d’envoi et l’ouvrir dans une fenêtre de rédaction</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the message; it is not sent</source>
        <translation>Supprimer le message ; il ne sera pas envoyé</translation>
    </message>
    <message>
        <source>&amp;Undo after Send:</source>
        <translation>&amp;Annulation après envoi :</translation>
    </message>
    <message>
        <source>Undo after Send, in seconds</source>
        <translation>Annulation après envoi, en secondes</translation>
    </message>
    <message>
        <source>How long Undo is offered after Send (0 sends at once)</source>
        <translation>Durée pendant laquelle l’annulation est proposée après l’envoi (0 envoie immédiatement)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
</context>
<context>
    <name>Outpost::AccessTokenSource</name>
    <message>
        <source>The provider refused the access token: sign in to the mailbox again.</source>
        <translation>Le fournisseur a refusé le jeton d’accès : reconnectez-vous à la boîte aux lettres.</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountActions</name>
    <message>
        <source>Your sign-in to %1 has expired or was revoked: sign in again. What you wrote is kept.</source>
        <translation>Votre connexion à %1 a expiré ou a été révoquée : reconnectez-vous. Ce que vous avez écrit est conservé.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired or was revoked (the server said: “%2”): sign in again. What you wrote is kept.</source>
        <translation>Votre connexion à %1 a expiré ou a été révoquée (le serveur a répondu : « %2 ») : reconnectez-vous. Ce que vous avez écrit est conservé.</translation>
    </message>
    <message>
        <source>Not signed in to any instance. Sign in (Account ▸ Sign in to an instance…), or start Outpost with --sandbox to try it.</source>
        <translation>Vous n’êtes connecté à aucune instance. Connectez-vous (Compte ▸ Se connecter à une instance…), ou lancez Outpost avec --sandbox pour l’essayer.</translation>
    </message>
    <message>
        <source>The keychain no longer has your sign-in to %1.</source>
        <translation>Le trousseau ne contient plus votre connexion à %1.</translation>
    </message>
    <message>
        <source>Accou&amp;nt</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>&amp;Sign In to an Instance…</source>
        <translation>Se &amp;connecter à une instance…</translation>
    </message>
    <message>
        <source>&amp;Accounts and Mailboxes…</source>
        <translation>Comptes et &amp;boîtes aux lettres…</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountCheck</name>
    <message>
        <source>%1 did not say which account this sign-in belongs to (%2). Connect the mailbox again so that Outpost can check it.</source>
        <translation>%1 n’a pas indiqué à quel compte appartient cette connexion (%2). Connectez de nouveau la boîte aux lettres pour qu’Outpost puisse la vérifier.</translation>
    </message>
    <message>
        <source>the answer named no address</source>
        <translation>la réponse ne donnait aucune adresse</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, not %3: connect %3 or choose %2.</source>
        <translation>Connecté à %1 en tant que %2, et non %3 : connectez %3 ou choisissez %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountsDialog</name>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation>Connecter &amp;Gmail…</translation>
    </message>
    <message>
        <source>Connect &amp;Outlook…</source>
        <translation>Connecter &amp;Outlook…</translation>
    </message>
    <message>
        <source>Add Gmail &amp;directly…</source>
        <translation>Ajouter Gmail &amp;directement…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Connected through</source>
        <translation>Connectée via</translation>
    </message>
    <message>
        <source>Connected mailboxes</source>
        <translation>Boîtes aux lettres connectées</translation>
    </message>
    <message>
        <source>Opens your browser to connect a Gmail mailbox</source>
        <translation>Ouvre votre navigateur pour connecter une boîte Gmail</translation>
    </message>
    <message>
        <source>Opens your browser to connect an Outlook mailbox</source>
        <translation>Ouvre votre navigateur pour connecter une boîte Outlook</translation>
    </message>
    <message>
        <source>Send directly, without the platform</source>
        <translation>Envoyer directement, sans la plateforme</translation>
    </message>
    <message>
        <source>you@gmail.com or you@outlook.com</source>
        <translation>vous@gmail.com ou vous@outlook.com</translation>
    </message>
    <message>
        <source>Address of the mailbox to add directly</source>
        <translation>Adresse de la boîte aux lettres à ajouter directement</translation>
    </message>
    <message>
        <source>Signs in to Google in your browser; Outpost then sends through the Gmail API</source>
        <translation>Vous connecte à Google dans votre navigateur ; Outpost envoie ensuite via l’API Gmail</translation>
    </message>
    <message>
        <source>Signs in to Microsoft in your browser; Outpost then sends through Microsoft Graph</source>
        <translation>Vous connecte à Microsoft dans votre navigateur ; Outpost envoie ensuite via Microsoft Graph</translation>
    </message>
    <message>
        <source>Forgets the selected direct mailbox and its sign-in</source>
        <translation>Oublie la boîte aux lettres directe sélectionnée et sa connexion</translation>
    </message>
    <message>
        <source>%1 is connected directly through %2.</source>
        <translation>%1 est connectée directement via %2.</translation>
    </message>
    <message>
        <source>%1 is connected directly through %2 for this session only: no keychain is available to keep its sign-in.</source>
        <translation>%1 est connectée directement via %2 pour cette session seulement : aucun trousseau n’est disponible pour conserver sa connexion.</translation>
    </message>
    <message>
        <source>Some mailboxes could not be listed: %1</source>
        <translation>Certaines boîtes aux lettres n’ont pas pu être listées : %1</translation>
    </message>
    <message>
        <source>No mailbox connected yet</source>
        <translation>Aucune boîte aux lettres connectée pour l’instant</translation>
    </message>
    <message>
        <source>Direct (without the platform)</source>
        <translation>Directe (sans la plateforme)</translation>
    </message>
    <message>
        <source>Gmail API</source>
        <translation>API Gmail</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Not signed in to any instance. Sign in to connect mailboxes, or add a mailbox directly.</source>
        <translation>Vous n’êtes connecté à aucune instance. Connectez-vous pour connecter des boîtes aux lettres, ou ajoutez une boîte aux lettres directement.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2 in your browser. Outpost is waiting for you to come back…</source>
        <translation>Connectez-vous à %1 en tant que %2 dans votre navigateur. Outpost attend votre retour…</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>%1 was removed; its sign-in was deleted.</source>
        <translation>%1 a été retirée ; sa connexion a été supprimée.</translation>
    </message>
    <message>
        <source>%1 was removed; its sign-in was deleted here, but %2 said: %3</source>
        <translation>%1 a été retirée ; sa connexion a été supprimée ici, mais %2 a répondu : %3</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez vous-même cette adresse : %1</translation>
    </message>
    <message>
        <source>Finish connecting your %1 mailbox in the browser. Outpost is waiting for it to appear…</source>
        <translation>Terminez la connexion de votre boîte %1 dans le navigateur. Outpost attend qu’elle apparaisse…</translation>
    </message>
    <message>
        <source>%1 is connected through %2.</source>
        <translation>%1 est connectée via %2.</translation>
    </message>
    <message>
        <source>Stopped waiting. Nothing was connected by Outpost.</source>
        <translation>Attente arrêtée. Outpost n’a rien connecté.</translation>
    </message>
    <message>
        <source>Asking %1 where to connect…</source>
        <translation>Demande à %1 où se connecter…</translation>
    </message>
    <message>
        <source>Signed out of %1; its sign-in was deleted from the keychain.</source>
        <translation>Déconnecté de %1 ; sa connexion a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Add Outlook direc&amp;tly…</source>
        <translation>Ajouter Outlook direc&amp;tement…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>%1, account not checked yet</source>
        <translation>%1, compte pas encore vérifié</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, connecté en tant que %2</translation>
    </message>
    <message>
        <source>%1, signed in as %2 (%3 is its send-as alias)</source>
        <translation>%1, connecté en tant que %2 (%3 est son alias d’envoi)</translation>
    </message>
    <message>
        <source>%1, signed in as %2: cannot send as %3</source>
        <translation>%1, connecté en tant que %2 : ne peut pas envoyer en tant que %3</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>&amp;Ne plus attendre</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>Déconnecter la &amp;boîte…</translation>
    </message>
    <message>
        <source>Sign &amp;In to an Instance…</source>
        <translation>Se &amp;connecter à une instance…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Ne &amp;plus attendre</translation>
    </message>
    <message>
        <source>Asks the platform to fetch the selected mailbox's recent mail now, so that threads written in other programs appear</source>
        <translation>Demande à la plateforme de récupérer maintenant le courrier récent de la boîte sélectionnée, pour que les fils écrits dans d’autres programmes apparaissent</translation>
    </message>
    <message>
        <source>Disconnects the selected mailbox from the platform</source>
        <translation>Déconnecte la boîte sélectionnée de la plateforme</translation>
    </message>
    <message>
        <source>Asking %1 to sync %2…</source>
        <translation>Demande à %1 de synchroniser %2…</translation>
    </message>
    <message>
        <source>%1 cannot be synced from Outpost: the instance does not offer it, or no longer knows this mailbox.</source>
        <translation>%1 ne peut pas être synchronisée depuis Outpost : l’instance ne le propose pas, ou ne connaît plus cette boîte.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 n’a pas été synchronisée : %2</translation>
    </message>
    <message>
        <source>%1 may still be syncing; its progress cannot be read: %2</source>
        <translation>%1 est peut-être encore en cours de synchronisation ; sa progression ne peut pas être lue : %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %2 of %n messages…</source>
        <translation>
            <numerusform>Synchronisation de %1 : %2 sur %n message…</numerusform>
            <numerusform>Synchronisation de %1 : %2 sur %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is synced: %n messages fetched.</source>
        <translation>
            <numerusform>%1 est synchronisée : %n message récupéré.</numerusform>
            <numerusform>%1 est synchronisée : %n messages récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect Mailbox</source>
        <translation>Déconnecter la boîte</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2?</source>
        <translation>Déconnecter %1 de %2 ?</translation>
    </message>
    <message>
        <source>Outpost and the platform will no longer send from it or list its threads until it is connected again. The mail in the mailbox itself is not touched.</source>
        <translation>Outpost et la plateforme n’enverront plus depuis cette boîte et n’en listeront plus les fils tant qu’elle ne sera pas reconnectée. Le courrier de la boîte elle-même n’est pas touché.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be disconnected from Outpost: the instance does not offer it, or no longer knows this mailbox.</source>
        <translation>%1 ne peut pas être déconnectée depuis Outpost : l’instance ne le propose pas, ou ne connaît plus cette boîte.</translation>
    </message>
    <message>
        <source>%1 was not disconnected: %2</source>
        <translation>%1 n’a pas été déconnectée : %2</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>%1 a été déconnectée.</translation>
    </message>
    <message>
        <source>Accounts and Mailboxes</source>
        <translation>Comptes et boîtes aux lettres</translation>
    </message>
</context>
<context>
    <name>Outpost::AddressList</name>
    <message>
        <source>the domain “%1” is incomplete (no dot)</source>
        <translation>le domaine « %1 » est incomplet (pas de point)</translation>
    </message>
    <message>
        <source>the domain “%1” is not valid</source>
        <translation>le domaine « %1 » n’est pas valide</translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>un guillemet n’est pas fermé</translation>
    </message>
    <message>
        <source>an angle bracket is not closed</source>
        <translation>un chevron n’est pas fermé</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>il n’y a pas de @</translation>
    </message>
    <message>
        <source>nothing stands before the @</source>
        <translation>rien ne précède le @</translation>
    </message>
    <message>
        <source>nothing stands after the @</source>
        <translation>rien ne suit le @</translation>
    </message>
    <message>
        <source>it contains a space; put a name before &lt;address&gt;</source>
        <translation>elle contient une espace ; mettez un nom avant &lt;adresse&gt;</translation>
    </message>
    <message>
        <source>it contains two dots in a row</source>
        <translation>elle contient deux points à la suite</translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation>ce n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>address groups are not supported; list the addresses</source>
        <translation>les groupes d’adresses ne sont pas pris en charge ; indiquez les adresses une à une</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>it holds more than one address</source>
        <translation>elle contient plus d’une adresse</translation>
    </message>
    <message>
        <source>the domain cannot be written in the form mail servers read</source>
        <translation>le domaine ne peut pas être écrit sous la forme que lisent les serveurs de messagerie</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentFile</name>
    <message>
        <source>“%1” cannot be attached: there is no such file.</source>
        <translation>« %1 » ne peut pas être joint : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder: attach the files in it instead.</source>
        <translation>« %1 » est un dossier : joignez plutôt les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a regular file.</source>
        <translation>« %1 » ne peut pas être joint : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: you do not have permission to read it.</source>
        <translation>« %1 » ne peut pas être joint : vous n’avez pas le droit de le lire.</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentList</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>L’image collée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Image collée %1.png</translation>
    </message>
    <message>
        <source>Enter opens the selected attachment, Delete removes it; the Menu key or Shift+F10 offers Cancel, Retry and Remove.</source>
        <translation>Entrée ouvre la pièce jointe sélectionnée, Suppr la retire ; la touche Menu ou Maj+F10 propose Annuler, Réessayer et Retirer.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Annuler le téléversement</translation>
    </message>
    <message>
        <source>&amp;Retry Upload</source>
        <translation>&amp;Réessayer le téléversement</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentListModel</name>
    <message>
        <source>“%1” is attached already.</source>
        <translation>« %1 » est déjà joint.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>“%1” is not a link that can be attached.</source>
        <translation>« %1 » n’est pas un lien qui peut être joint.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only https links can be (not %2).</source>
        <translation>« %1 » ne peut pas être joint : seuls les liens https le peuvent (pas %2).</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: the folder %2 cannot be created.</source>
        <translation>« %1 » ne peut pas être joint : le dossier %2 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: %2</source>
        <translation>« %1 » ne peut pas être joint : %2</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: %2 Retry or remove it.</source>
        <translation>« %1 » n’a pas été téléversé : %2 Réessayez ou retirez-le.</translation>
    </message>
    <message>
        <source>The upload of “%1” was cancelled: retry or remove it.</source>
        <translation>Le téléversement de « %1 » a été annulé : réessayez ou retirez-le.</translation>
    </message>
    <message>
        <source>the file was deleted or moved before it could be uploaded.</source>
        <translation>le fichier a été supprimé ou déplacé avant de pouvoir être téléversé.</translation>
    </message>
    <message>
        <source>the file can no longer be read.</source>
        <translation>le fichier ne peut plus être lu.</translation>
    </message>
    <message>
        <source>it is now %1; files can be at most %2 each.</source>
        <translation>il fait maintenant %1 ; chaque fichier peut faire au plus %2.</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>Nouvel essai en attente : %1</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente de téléversement</translation>
    </message>
    <message>
        <source>Uploading %1%</source>
        <translation>Téléversement : %1 %</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Téléversement en cours</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé</translation>
    </message>
    <message>
        <source>Uploaded — %1</source>
        <translation>Téléversé — %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Finishing the upload…</source>
        <translation>Fin du téléversement…</translation>
    </message>
</context>
<context>
    <name>Outpost::BodyEditor</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Souligné</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Liste à puces</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Insert Lin&amp;k…</source>
        <translation>Ins&amp;érer un lien…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+9</source>
        <translation>Ctrl+Shift+9</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>&amp;Effacer la mise en forme</translation>
    </message>
    <message>
        <source>Ctrl+\</source>
        <translation>Ctrl+\</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web :</translation>
    </message>
</context>
<context>
    <name>Outpost::CommandLine</name>
    <message>
        <source>Usage:
  outpost [--sandbox | --instance URL] [mailto:URL]
      Open a compose window. --sandbox starts a fresh embedded sandbox instance
      and signs in to it; --instance URL uses the token in $OUTPOST_TOKEN, or
      the sign-in kept by `outpost login` (Account &gt; Sign in in the window).
      A mailto: URL (RFC 6068) prefills the window. With Outpost already
      running, the window opens there instead.
  outpost compose [--to ADDRESS]... [--cc ADDRESS]... [--bcc ADDRESS]...
                  [--subject TEXT] [--body TEXT] [--attach FILE]...
      Open a prefilled compose window (in the running Outpost, if any).
  outpost send --instance URL --from ADDRESS --to ADDRESS [options]
      Send one message without a window and print its receipt as JSON.
      See `outpost send --help`.
  outpost login --instance URL --email ADDRESS [--api-token]
      Sign in and keep the sign-in in the desktop keychain (the password is
      asked for without echo, or read from stdin). See `outpost login --help`.
  outpost logout --instance URL [--email ADDRESS]
      Sign out: delete the instance's sign-in from the keychain.
  outpost sandbox [--port N] [--data DIR] [--faults] [--json]
      Run the sandbox instance without a window. See `outpost sandbox --help`.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
  --sandbox        Open the compose window on a fresh embedded sandbox.
  --instance URL   The instance to use (https; http only for 127.0.0.1).

Environment:
  OUTPOST_TOKEN    The access token used with --instance and by `send`; when it
                   is not set, the sign-in kept by `outpost login` is used.

Exit codes:
  0   success
  64  the command line is wrong
  65  the message was refused as written (bad address, unknown mailbox,
      thread or attachment, provider mismatch, too large)
  69  the instance could not be reached or failed (network, TLS, 5xx)
  77  no token, or the token (or password) was refused
</source>
        <translation>Utilisation :
  outpost [--sandbox | --instance URL] [mailto:URL]
      Ouvre une fenêtre de rédaction. --sandbox démarre une nouvelle instance
      bac à sable intégrée et s’y connecte ; --instance URL utilise le jeton de
      $OUTPOST_TOKEN ou la connexion conservée par `outpost login` (Compte &gt; Se
      connecter dans la fenêtre). Une URL mailto: (RFC 6068) préremplit la
      fenêtre. Si Outpost est déjà ouvert, la fenêtre s’ouvre dans celui-ci.
  outpost compose [--to ADRESSE]... [--cc ADRESSE]... [--bcc ADRESSE]...
                  [--subject TEXTE] [--body TEXTE] [--attach FICHIER]...
      Ouvre une fenêtre de rédaction préremplie (dans l’Outpost ouvert, s’il y
      en a un).
  outpost send --instance URL --from ADRESSE --to ADRESSE [options]
      Envoie un message sans fenêtre et affiche son accusé en JSON.
      Voir `outpost send --help`.
  outpost login --instance URL --email ADRESSE [--api-token]
      Se connecte et conserve la connexion dans le trousseau du bureau (le mot
      de passe est demandé sans écho, ou lu sur stdin). Voir
      `outpost login --help`.
  outpost logout --instance URL [--email ADRESSE]
      Se déconnecte : supprime la connexion à l’instance du trousseau.
  outpost sandbox [--port N] [--data DOSSIER] [--faults] [--json]
      Lance l’instance bac à sable sans fenêtre. Voir `outpost sandbox --help`.

Options :
  -h, --help       Afficher cette aide.
  -v, --version    Afficher la version.
  --sandbox        Ouvrir la fenêtre de rédaction sur un nouveau bac à sable
                   intégré.
  --instance URL   L’instance à utiliser (https ; http seulement pour
                   127.0.0.1).

Environnement :
  OUTPOST_TOKEN    Le jeton d’accès utilisé avec --instance et par `send` ;
                   s’il n’est pas défini, la connexion conservée par
                   `outpost login` est utilisée.

Codes de sortie :
  0   succès
  64  la ligne de commande est incorrecte
  65  le message a été refusé tel qu’il est écrit (adresse incorrecte, boîte
      aux lettres, fil ou pièce jointe inconnus, mauvais fournisseur, trop
      volumineux)
  69  l’instance n’a pas pu être jointe ou a échoué (réseau, TLS, 5xx)
  77  pas de jeton, ou le jeton (ou le mot de passe) a été refusé
</translation>
    </message>
    <message>
        <source>Usage: outpost [--sandbox | --instance URL] [mailto:URL]
       outpost compose|send|login|logout|sandbox [options]</source>
        <translation>Utilisation : outpost [--sandbox | --instance URL] [mailto:URL]
       outpost compose|send|login|logout|sandbox [options]</translation>
    </message>
    <message>
        <source>outpost: unknown command “%1”.</source>
        <translation>outpost : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>outpost: unknown command “%1”. Did you mean `outpost %2`?</source>
        <translation>outpost : commande inconnue « %1 ». Vouliez-vous dire `outpost %2` ?</translation>
    </message>
    <message>
        <source>Try `outpost --help`.</source>
        <translation>Essayez `outpost --help`.</translation>
    </message>
    <message>
        <source>outpost %1: %2
Usage: outpost %1 [options]
Try `outpost %1 --help`.</source>
        <translation>outpost %1 : %2
Utilisation : outpost %1 [options]
Essayez `outpost %1 --help`.</translation>
    </message>
    <message>
        <source>Usage: outpost %1 [options]</source>
        <translation>Utilisation : outpost %1 [options]</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeController</name>
    <message>
        <source>Not sent: the outbox could not store it (%1).</source>
        <translation>Non envoyé : la boîte d’envoi n’a pas pu l’enregistrer (%1).</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeRequest</name>
    <message>
        <source>“%1” was left out: %2.</source>
        <translation>« %1 » a été ignoré : %2.</translation>
    </message>
    <message>
        <source>unknown command or argument “%1”.</source>
        <translation>commande ou argument inconnu « %1 ».</translation>
    </message>
    <message>
        <source>--%1 belongs to `outpost compose`.</source>
        <translation>--%1 s’utilise avec `outpost compose`.</translation>
    </message>
    <message>
        <source>--attach: “%1” is not a readable file.</source>
        <translation>--attach : « %1 » n’est pas un fichier lisible.</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeSpelling</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No Hunspell dictionary is installed.</source>
        <translation>Aucun dictionnaire Hunspell n’est installé.</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeTemplates</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insérer un modèle</translation>
    </message>
    <message>
        <source>Insert a template (or type ;; and its name in the message)</source>
        <translation>Insérer un modèle (ou tapez ;; et son nom dans le message)</translation>
    </message>
    <message>
        <source>Your Templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>The Team's Templates</source>
        <translation>Modèles de l’équipe</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeWindow</name>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Your mailboxes could not be loaded: %1</source>
        <translation>Vos boîtes aux lettres n’ont pas pu être chargées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s) (attempt %2).</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n seconde (tentative %2).</numerusform>
            <numerusform>%1 Nouvel essai dans %n secondes (tentative %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is connected to this account yet.</source>
        <translation>Aucune boîte aux lettres n’est encore connectée à ce compte.</translation>
    </message>
    <message>
        <source>Not sent: fix what is marked.</source>
        <translation>Non envoyé : corrigez ce qui est signalé.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Non envoyé. %1</translation>
    </message>
    <message>
        <source>Sent. Thread %1 — replies continue there.</source>
        <translation>Envoyé. Fil %1 — les réponses s’y poursuivent.</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Fil : %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>The draft could not be saved (%1). Keep this window open: nothing is lost while it is.</source>
        <translation>Le brouillon n’a pas pu être enregistré (%1). Gardez cette fenêtre ouverte : rien n’est perdu tant qu’elle l’est.</translation>
    </message>
    <message>
        <source>T&amp;hread:</source>
        <translation>Fi&amp;l :</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>Garder ce message comme brouillon ?</translation>
    </message>
    <message>
        <source>A kept draft is in Drafts, to finish and send later.</source>
        <translation>Un brouillon conservé se trouve dans Brouillons, pour le terminer et l’envoyer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>Envoyer ce message sans objet ?</translation>
    </message>
    <message>
        <source>Recipients will see “(no subject)”. A short subject helps them find it later.</source>
        <translation>Les destinataires verront « (sans objet) ». Un objet court les aide à le retrouver plus tard.</translation>
    </message>
    <message>
        <source>Send &amp;Without Subject</source>
        <translation>Envoyer &amp;sans objet</translation>
    </message>
    <message>
        <source>&amp;Add a Subject</source>
        <translation>&amp;Ajouter un objet</translation>
    </message>
    <message>
        <source>The message mentions “%1”, but nothing is attached.</source>
        <translation>Le message mentionne « %1 », mais rien n’est joint.</translation>
    </message>
    <message>
        <source>Send it anyway?</source>
        <translation>L’envoyer quand même ?</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>A&amp;ttach a File…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Don't Send Yet</source>
        <translation>&amp;Ne pas encore envoyer</translation>
    </message>
    <message>
        <source>In the Outbox</source>
        <translation>Dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Scheduled for %1. It waits in the Outbox; you can close this window.</source>
        <translation>Programmé pour %1. Il attend dans la boîte d’envoi ; vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>In the Outbox: it goes out as soon as it can. You can close this window.</source>
        <translation>Dans la boîte d’envoi : il partira dès que possible. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Messages électroniques (*.eml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Type or paste addresses; a comma, semicolon or Enter ends each.</source>
        <translation>Saisissez ou collez des adresses ; une virgule, un point-virgule ou Entrée termine chacune.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Rich Text</source>
        <translation>Texte enrichi</translation>
    </message>
    <message>
        <source>Sending as soon as your mailboxes are loaded…</source>
        <translation>Envoi dès que vos boîtes aux lettres seront chargées…</translation>
    </message>
    <message>
        <source>&amp;Attach File…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach files to the message (Ctrl+Shift+A)</source>
        <translation>Joindre des fichiers au message (Ctrl+Maj+A)</translation>
    </message>
    <message numerus="yes">
        <source>Sending as soon as %n attachment(s) finish uploading…</source>
        <translation>
            <numerusform>Envoi dès que %n pièce jointe aura fini d’être téléversée…</numerusform>
            <numerusform>Envoi dès que %n pièces jointes auront fini d’être téléversées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rich text offer</source>
        <translation>Proposition de texte enrichi</translation>
    </message>
    <message>
        <source>Keep Plain Text</source>
        <translation>Garder le texte brut</translation>
    </message>
    <message>
        <source>%1 needs rich text. Press %2 again to switch to rich text and apply it.</source>
        <translation>%1 nécessite du texte enrichi. Appuyez de nouveau sur %2 pour passer au texte enrichi et l’appliquer.</translation>
    </message>
    <message>
        <source>S&amp;witch to Rich Text</source>
        <translation>Passer au te&amp;xte enrichi</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Peut-être envoyé</translation>
    </message>
    <message>
        <source>It waits in the Outbox and is not sent again until Outpost knows it was not; the Outbox window can look again.</source>
        <translation>Il attend dans la boîte d’envoi et ne sera renvoyé que lorsqu’Outpost saura qu’il ne l’a pas été ; la fenêtre de la boîte d’envoi peut vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Check the conversation</source>
        <translation>Vérifier la conversation</translation>
    </message>
    <message>
        <source>Check the conversation with the recipients (or your Sent mail) before sending it again.</source>
        <translation>Vérifiez la conversation avec les destinataires (ou vos messages envoyés) avant de le renvoyer.</translation>
    </message>
    <message>
        <source>May have been sent: check the conversation</source>
        <translation>Peut-être envoyé : vérifiez la conversation</translation>
    </message>
    <message>
        <source>Sending as %1 · &lt;a href="%2"&gt;Change&lt;/a&gt;</source>
        <translation>Envoi en tant que %1 · &lt;a href="%2"&gt;Changer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>You last wrote to these recipients from %1. Change sends this one from there too.</source>
        <translation>Vous avez écrit à ces destinataires la dernière fois depuis %1. « Changer » envoie aussi celui-ci depuis cette adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are not valid addresses: fix them to send.</source>
        <translation>
            <numerusform>%n destinataire n’est pas une adresse valide : corrigez-le pour envoyer.</numerusform>
            <numerusform>%n destinataires ne sont pas des adresses valides : corrigez-les pour envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Add Cc or Bcc recipients</source>
        <translation>Ajouter des destinataires en Cc ou Cci</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <translation>&amp;Garder comme brouillon</translation>
    </message>
    <message>
        <source>Close Message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>Pas d’objet</translation>
    </message>
    <message>
        <source>No Attachment</source>
        <translation>Pas de pièce jointe</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Save As .eml</source>
        <translation>Enregistrer en .eml</translation>
    </message>
    <message>
        <source>Save As .&amp;eml…</source>
        <translation>Enregistrer en .e&amp;ml…</translation>
    </message>
</context>
<context>
    <name>Outpost::ContactNotesJson</name>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>the list of users is missing from the answer</source>
        <translation>la liste des utilisateurs manque dans la réponse</translation>
    </message>
    <message>
        <source>the answer does not describe the note</source>
        <translation>la réponse ne décrit pas la note</translation>
    </message>
    <message>
        <source>the list of notes is missing from the answer</source>
        <translation>la liste des notes manque dans la réponse</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationDocument</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Only your team sees this note: it is never sent nor quoted.</source>
        <translation>Seule votre équipe voit cette note : elle n’est jamais envoyée ni citée.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Remote images in this message are hidden to protect your privacy.</source>
        <translation>Les images distantes de ce message sont masquées pour protéger votre vie privée.</translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation>Toujours afficher les images de %1</translation>
    </message>
    <message>
        <source>Sent just now; the server has not listed it yet.</source>
        <translation>Envoyé à l’instant ; le serveur ne l’a pas encore listé.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Afficher le texte cité</translation>
    </message>
    <message>
        <source>Remote image, hidden</source>
        <translation>Image distante, masquée</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aucun message pour l’instant.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>dans %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Internal note, %1</source>
        <translation>Note interne, %1</translation>
    </message>
    <message>
        <source>Internal note by %1, %2</source>
        <translation>Note interne de %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>author, day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You trust %1, but the mail provider reports that this message failed the sender check (%2): it may not be from %1, so its images stay hidden.</source>
        <translation>Vous faites confiance à %1, mais le fournisseur de messagerie signale que ce message a échoué à la vérification de l’expéditeur (%2) : il ne vient peut-être pas de %1, ses images restent donc masquées.</translation>
    </message>
    <message>
        <source>The mail provider reports that this message failed the sender check (%2): it may not be from %1.</source>
        <translation>Le fournisseur de messagerie signale que ce message a échoué à la vérification de l’expéditeur (%2) : il ne vient peut-être pas de %1.</translation>
    </message>
    <message>
        <source>Show images in the message of %1</source>
        <translation>Afficher les images du message de %1</translation>
    </message>
    <message>
        <source>Actions on the message of %1</source>
        <translation>Actions sur le message de %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>Reply all to %1</source>
        <translation>Répondre à tous au message de %1</translation>
    </message>
    <message>
        <source>Forward the message of %1</source>
        <translation>Transférer le message de %1</translation>
    </message>
    <message>
        <source>Show Images</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Reply All</source>
        <translation>Répondre à tous</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n earlier message(s)…</source>
        <translation>
            <numerusform>Chargement de %n message plus ancien…</numerusform>
            <numerusform>Chargement de %n messages plus anciens…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationLoader</name>
    <message>
        <source>Not signed in to the instance this conversation is on.</source>
        <translation>Non connecté à l’instance où se trouve cette conversation.</translation>
    </message>
    <message>
        <source>The platform does not list this thread yet.</source>
        <translation>La plateforme ne liste pas encore ce fil.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationPreview</name>
    <message>
        <source>Repl&amp;y</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <source>Reply to the latest message (%1)</source>
        <translation>Répondre au dernier message (%1)</translation>
    </message>
    <message>
        <source>Reply to everyone on the latest message (%1)</source>
        <translation>Répondre à tous les destinataires du dernier message (%1)</translation>
    </message>
    <message>
        <source>Forward the latest message (%1)</source>
        <translation>Transférer le dernier message (%1)</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationQuote</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit :</translation>
    </message>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Message transféré ----------</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationRenderer</name>
    <message>
        <source>There is not enough memory to prepare these messages.</source>
        <translation>La mémoire est insuffisante pour préparer ces messages.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationViewLoader</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 est introuvable dans %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the conversation from the server again (F5)</source>
        <translation>Relire la conversation depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 — Conversation</source>
        <translation>%1 — Conversation</translation>
    </message>
    <message>
        <source>The conversation view is not installed, so messages cannot be shown here.
%1</source>
        <translation>L’affichage des conversations n’est pas installé : les messages ne peuvent pas être affichés ici.
%1</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>Impossible de lire la conversation : %1</translation>
    </message>
    <message>
        <source>The conversation could not be shown, not even as plain text.</source>
        <translation>La conversation n’a pas pu être affichée, même en texte brut.</translation>
    </message>
    <message>
        <source>The conversation could not be shown.</source>
        <translation>La conversation n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Its plain-text version may still show.</source>
        <translation>Sa version en texte brut peut encore s’afficher.</translation>
    </message>
    <message>
        <source>Show as &amp;Plain Text</source>
        <translation>Afficher en texte &amp;brut</translation>
    </message>
</context>
<context>
    <name>Outpost::DirectMailboxes</name>
    <message>
        <source>Direct sending is not available.</source>
        <translation>L’envoi direct n’est pas disponible.</translation>
    </message>
    <message>
        <source>%1 was not connected: %2</source>
        <translation>%1 n’a pas été connecté : %2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, not %3: %2 was added. To send from %3, connect %3 again and choose %3 on %1's page.</source>
        <translation>Connecté à %1 en tant que %2, et non %3 : %2 a été ajouté. Pour envoyer depuis %3, connectez de nouveau %3 et choisissez %3 sur la page de %1.</translation>
    </message>
</context>
<context>
    <name>Outpost::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>(no recipients)</source>
        <translation>(aucun destinataire)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>Outpost::DraftsWindow</name>
    <message>
        <source>Discard “%1”? It cannot be brought back.</source>
        <translation>Supprimer « %1 » ? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>It is open in a compose window: close it there and choose Discard</source>
        <translation>Il est ouvert dans une fenêtre de rédaction : fermez-le là-bas et choisissez Supprimer</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Supprimer ce brouillon</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Brouillons (%1)</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
</context>
<context>
    <name>Outpost::GmailApi</name>
    <message>
        <source>Gmail is limiting how fast mail is sent; Outpost will try again.</source>
        <translation>Gmail limite la vitesse d’envoi ; Outpost réessaiera.</translation>
    </message>
    <message>
        <source>Gmail refused: %1</source>
        <translation>Gmail a refusé : %1</translation>
    </message>
    <message>
        <source>Gmail does not know this thread any more. %1</source>
        <translation>Gmail ne connaît plus ce fil. %1</translation>
    </message>
    <message>
        <source>Gmail refused the sign-in: connect the mailbox again.</source>
        <translation>Gmail a refusé la connexion : reconnectez la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Gmail refused the message as too large (at most %1).</source>
        <extracomment>%1 is Gmail's message limit, written as every size is ("35 MB").</extracomment>
        <translation>Gmail a refusé le message, trop volumineux (%1 au plus).</translation>
    </message>
</context>
<context>
    <name>Outpost::GmailSubmission</name>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>Le message n’a pas pu être préparé : %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>no usable upload session</source>
        <translation>aucune session de téléversement utilisable</translation>
    </message>
    <message>
        <source>The message is %1 with its attachments; Gmail accepts at most %2.</source>
        <translation>Le message fait %1 avec ses pièces jointes ; Gmail accepte au plus %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::GraphApi</name>
    <message>
        <source>Outlook refused the sign-in: connect the mailbox again.</source>
        <translation>Outlook a refusé la connexion : reconnectez la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Outlook refused the request as too large. %1</source>
        <translation>Outlook a refusé la requête, trop volumineuse. %1</translation>
    </message>
</context>
<context>
    <name>Outpost::GraphSubmission</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Outlook has no message in this conversation to reply to.</source>
        <translation>Outlook n’a aucun message de cette conversation auquel répondre.</translation>
    </message>
    <message>
        <source>no upload URL</source>
        <translation>pas d’URL de téléversement</translation>
    </message>
</context>
<context>
    <name>Outpost::GuiLauncher</name>
    <message>
        <source>outpost: the sandbox could not start: %1</source>
        <translation>outpost : le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>outpost: --instance: %1</source>
        <translation>outpost : --instance : %1</translation>
    </message>
    <message>
        <source>Sandbox at %1, signed in as %2; its Gmail and Outlook mailboxes for direct sending are in From too. Mail goes nowhere real.</source>
        <translation>Bac à sable sur %1, connecté en tant que %2 ; ses boîtes Gmail et Outlook d’envoi direct figurent aussi dans De. Aucun message ne part réellement.</translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation>outpost : %1</translation>
    </message>
    <message>
        <source>Try `outpost --help`.</source>
        <translation>Essayez `outpost --help`.</translation>
    </message>
    <message>
        <source>outpost: to connect the mailbox, open this address in a browser:
%1</source>
        <translation>outpost : pour connecter la boîte aux lettres, ouvrez cette adresse dans un navigateur :
%1</translation>
    </message>
    <message>
        <source>If no browser opened, open this address in a browser to connect the mailbox. Outpost waits for it.</source>
        <translation>Si aucun navigateur ne s’est ouvert, ouvrez cette adresse dans un navigateur pour connecter la boîte aux lettres. Outpost l’attend.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser to connect the mailbox. Outpost waits for it.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez cette adresse dans un navigateur pour connecter la boîte aux lettres. Outpost l’attend.</translation>
    </message>
    <message>
        <source>--instance: %1</source>
        <translation>--instance : %1</translation>
    </message>
    <message>
        <source>outpost: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without a display, `outpost send`, `outpost login` and `outpost sandbox` work; see `outpost --help`.</source>
        <translation>outpost : aucun écran où ouvrir une fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n’est défini).
Sans écran, `outpost send`, `outpost login` et `outpost sandbox` fonctionnent ; voir `outpost --help`.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Open in a Browser</source>
        <translation>Ouvrir dans un navigateur</translation>
    </message>
</context>
<context>
    <name>Outpost::HttpClient</name>
    <message>
        <source>Outpost connects only over https, or over plain http to this computer</source>
        <translation>Outpost ne se connecte qu’en https, ou en http simple vers cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot reach %1: the server is not answering (%2).</source>
        <translation>Impossible de joindre %1 : le serveur ne répond pas (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: there is no network connection, or no server by that name (%2).</source>
        <translation>Impossible de joindre %1 : il n’y a pas de connexion réseau, ou aucun serveur de ce nom (%2).</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceSession</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceSignIn</name>
    <message>
        <source>Enter the email address you sign in with.</source>
        <translation>Saisissez l’adresse e-mail avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <source>“%1” is not an email address: %2.</source>
        <translation>« %1 » n’est pas une adresse e-mail : %2.</translation>
    </message>
    <message>
        <source>Enter your password, or paste an API token instead.</source>
        <translation>Saisissez votre mot de passe, ou collez plutôt un jeton d’API.</translation>
    </message>
    <message>
        <source>The instance refused this token.</source>
        <translation>L’instance a refusé ce jeton.</translation>
    </message>
    <message>
        <source>The instance refused this token: %1</source>
        <translation>L’instance a refusé ce jeton : %1</translation>
    </message>
    <message>
        <source>The instance refused this email and password.</source>
        <translation>L’instance a refusé cette adresse e-mail et ce mot de passe.</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceUrl</name>
    <message>
        <source>Enter the address of your instance.</source>
        <translation>Saisissez l’adresse de votre instance.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>« %1 » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>%1 doit être joint en https : le http simple n’est permis que pour cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Utilisez une adresse https://.</translation>
    </message>
</context>
<context>
    <name>Outpost::LocalStore</name>
    <message>
        <source>The drafts file could not be written.</source>
        <translation>Le fichier des brouillons n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The drafts file is not open.</source>
        <translation>Le fichier des brouillons n’est pas ouvert.</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Ce message n’est plus dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>This message was already sent.</source>
        <translation>Ce message a déjà été envoyé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Another Outpost (process %1) is using %2.</source>
        <translation>Un autre Outpost (processus %1) utilise %2.</translation>
    </message>
    <message>
        <source>Cannot lock %1 (check the folder's permissions).</source>
        <translation>Impossible de verrouiller %1 (vérifiez les droits du dossier).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d’utiliser %1 : %2</translation>
    </message>
    <message>
        <source>The file is not a database Outpost can read.</source>
        <translation>Ce fichier n’est pas une base de données qu’Outpost sait lire.</translation>
    </message>
    <message>
        <source>The file was written by a newer Outpost (schema %1; this one knows up to %2). Nothing was changed.</source>
        <translation>Le fichier a été écrit par un Outpost plus récent (schéma %1 ; celui-ci connaît jusqu’au %2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not start upgrading the file: %1</source>
        <translation>Impossible de commencer la mise à niveau du fichier : %1</translation>
    </message>
    <message>
        <source>Could not upgrade the file to schema %1: %2</source>
        <translation>Impossible de mettre le fichier à niveau vers le schéma %1 : %2</translation>
    </message>
    <message>
        <source>The drafts file was damaged and has been replaced. Recovered from it: %1 and %2.</source>
        <translation>Le fichier des brouillons était endommagé et a été remplacé. Récupéré : %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message en attente d’envoi</numerusform>
            <numerusform>%n messages en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n n’a pas pu être lu.</numerusform>
            <numerusform>%n n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged copy is kept as %1.</source>
        <translation>La copie endommagée est conservée sous %1.</translation>
    </message>
    <message>
        <source>Cannot move the file %1 aside.</source>
        <translation>Impossible de mettre le fichier %1 de côté.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Outpost (schema %1), which this one cannot update safely. It is kept unchanged as %2; this Outpost goes on with a new file, into which it copied %3 and %4.</source>
        <translation>Le fichier des brouillons a été écrit par une version plus récente d’Outpost (schéma %1), que celle-ci ne peut pas mettre à jour sans risque. Il est conservé tel quel sous %2 ; cet Outpost continue avec un nouveau fichier, dans lequel il a copié %3 et %4.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template named “%1” already exists.</source>
        <translation>Un modèle nommé « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>Outpost::LoginCommand</name>
    <message>
        <source>outpost %1: %2</source>
        <translation>outpost %1 : %2</translation>
    </message>
    <message>
        <source>Sign in to a platform instance and keep the sign-in in the desktop keychain (Secret Service), for the compose window and `outpost send`.
The password is asked for without echo on a terminal, or read from the first line of standard input otherwise. It is never stored.
Exit codes: 0 signed in, 64 usage, 69 instance or keychain unavailable, 77 refused.</source>
        <translation>Se connecter à une instance de la plateforme et conserver la connexion dans le trousseau du bureau (Secret Service), pour la fenêtre de rédaction et `outpost send`.
Le mot de passe est demandé sans écho dans un terminal, sinon lu sur la première ligne de l’entrée standard. Il n’est jamais enregistré.
Codes de sortie : 0 connecté, 64 utilisation, 69 instance ou trousseau indisponible, 77 refusé.</translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation>L’instance (https ; http seulement pour 127.0.0.1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The email address you sign in with.</source>
        <translation>L’adresse e-mail avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Read a personal API token instead of a password.</source>
        <translation>Lire un jeton d’API personnel au lieu d’un mot de passe.</translation>
    </message>
    <message>
        <source>outpost login: --instance and --email are required.
Try `outpost login --help`.</source>
        <translation>outpost login : --instance et --email sont requis.
Essayez `outpost login --help`.</translation>
    </message>
    <message>
        <source>outpost login: --instance: %1</source>
        <translation>outpost login : --instance : %1</translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>Jeton d’API pour %1 : </translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe pour %1 sur %2 : </translation>
    </message>
    <message>
        <source>outpost login: %1</source>
        <translation>outpost login : %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Sign out of a platform instance: deletes its sign-in from the keychain and forgets the instance.
Exit codes: 0 signed out, 64 usage, 69 keychain unavailable.</source>
        <translation>Se déconnecter d’une instance de la plateforme : supprime sa connexion du trousseau et oublie l’instance.
Codes de sortie : 0 déconnecté, 64 utilisation, 69 trousseau indisponible.</translation>
    </message>
    <message>
        <source>The instance to sign out of.</source>
        <translation>L’instance dont se déconnecter.</translation>
    </message>
    <message>
        <source>Only this user (default: every user of the instance).</source>
        <translation>Seulement cet utilisateur (par défaut : tous les utilisateurs de l’instance).</translation>
    </message>
    <message>
        <source>outpost logout: --instance is required.
Try `outpost logout --help`.</source>
        <translation>outpost logout : --instance est requis.
Essayez `outpost logout --help`.</translation>
    </message>
    <message>
        <source>outpost logout: --instance: %1</source>
        <translation>outpost logout : --instance : %1</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Déconnecté de %1 (%2).</translation>
    </message>
    <message>
        <source>outpost login: signed in to %1 as %2, but the sign-in cannot be kept: %3</source>
        <translation>outpost login : connecté à %1 en tant que %2, mais la connexion ne peut pas être conservée : %3</translation>
    </message>
</context>
<context>
    <name>Outpost::LoopbackReceiver</name>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing here. Return to Outpost.</source>
        <translation>Rien ici. Retournez dans Outpost.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Outpost stopped waiting for this sign-in.</source>
        <translation>Outpost n’attend plus cette connexion.</translation>
    </message>
</context>
<context>
    <name>Outpost::MailStatusLinks</name>
    <message>
        <source>Outbox (%1)</source>
        <translation>Boîte d’envoi (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent</source>
        <translation>Rien n’attend d’être envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the way: open the Outbox</source>
        <translation>
            <numerusform>%n message en route : ouvrir la boîte d’envoi</numerusform>
            <numerusform>%n messages en route : ouvrir la boîte d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Open the list of mail sent recently (Ctrl+Shift+E)</source>
        <translation>Ouvrir la liste des messages envoyés récemment (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Open the drafts kept on this computer (Ctrl+Shift+D)</source>
        <translation>Ouvrir les brouillons conservés sur cet ordinateur (Ctrl+Maj+D)</translation>
    </message>
</context>
<context>
    <name>Outpost::MailWindows</name>
    <message>
        <source>Reopened: Outpost stopped before this message was sent or closed. Nothing you typed more than two seconds before was lost.</source>
        <translation>Rouvert : Outpost s’est arrêté avant que ce message soit envoyé ou fermé. Rien de ce que vous avez saisi plus de deux secondes auparavant n’a été perdu.</translation>
    </message>
    <message>
        <source>Reopened: this message was still open when Outpost closed. It is as you left it.</source>
        <translation>Rouvert : ce message était encore ouvert quand Outpost s’est fermé. Il est tel que vous l’avez laissé.</translation>
    </message>
    <message>
        <source>Taken out of the Outbox. The last attempt failed: %1</source>
        <translation>Retiré de la boîte d’envoi. La dernière tentative a échoué : %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (prévu %2)</translation>
    </message>
    <message>
        <source>Send it now, or review it in the Outbox?</source>
        <translation>L’envoyer maintenant, ou le vérifier dans la boîte d’envoi ?</translation>
    </message>
    <message>
        <source>Send them now, or review them in the Outbox?</source>
        <translation>Les envoyer maintenant, ou les vérifier dans la boîte d’envoi ?</translation>
    </message>
    <message>
        <source>&amp;Review in Outbox</source>
        <translation>&amp;Vérifier dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>It is scheduled for %1: it goes out then if Outpost is open; if not, Outpost asks you about it when you next start it.</source>
        <translation>Il est programmé pour %1 : il part alors si Outpost est ouvert ; sinon, Outpost vous le demandera à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Mail scheduled for later goes out at its time while Outpost is open (the first: %1); mail whose time comes while Outpost is closed is asked about when you next start it.</source>
        <translation>Le courrier programmé part à son heure tant qu’Outpost est ouvert (le premier : %1) ; pour celui dont l’heure arrive quand Outpost est fermé, Outpost vous demandera à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Mail that was not sent, or may have been, waits in the Outbox until you decide about it.</source>
        <translation>Le courrier qui n’a pas été envoyé, ou l’a peut-être été, attend dans la boîte d’envoi que vous en décidiez.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Drafts cannot be saved to disk (%1). Keep your windows open until your mail is sent: nothing will be there after Outpost closes.</source>
        <translation>Les brouillons ne peuvent pas être enregistrés sur le disque (%1). Gardez vos fenêtres ouvertes jusqu’à l’envoi de votre courrier : rien ne restera après la fermeture d’Outpost.</translation>
    </message>
    <message>
        <source>Quit Outpost; open messages are kept and reopened next time</source>
        <translation>Quitter Outpost ; les messages ouverts sont conservés et rouverts la prochaine fois</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fell due while Outpost was closed:</source>
        <translation>
            <numerusform>Un message est arrivé à échéance pendant qu’Outpost était fermé :</numerusform>
            <numerusform>%n messages sont arrivés à échéance pendant qu’Outpost était fermé :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the Outbox.</source>
        <translation>
            <numerusform>%n message est encore dans la boîte d’envoi.</numerusform>
            <numerusform>%n messages sont encore dans la boîte d’envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>This message went straight through %1: its conversation is read there, in your mail.</source>
        <translation>Ce message est passé directement par %1 : sa conversation se lit là-bas, dans votre messagerie.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Messages kept to finish later</source>
        <translation>Messages conservés pour être terminés plus tard</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Mail on its way, scheduled or not sent</source>
        <translation>Courrier en cours d’envoi, programmé ou non envoyé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>What went out recently, and its conversations</source>
        <translation>Ce qui est parti récemment, et ses conversations</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep Outpost Open</source>
        <translation>&amp;Garder Outpost ouvert</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Your templates: create, edit and delete them</source>
        <translation>Vos modèles : les créer, les modifier et les supprimer</translation>
    </message>
    <message>
        <source>Scheduled Mail</source>
        <translation>Courrier programmé</translation>
    </message>
    <message>
        <source>Mail Still in the Outbox</source>
        <translation>Courrier encore dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Manage Templates…</source>
        <translation>Gérer les modèles…</translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxConnector</name>
    <message numerus="yes">
        <source>No new %1 mailbox appeared within %n minute(s). If you finished in the browser, try again; if the browser did not open, check that a default browser is set.</source>
        <translation>
            <numerusform>Aucune nouvelle boîte %1 n’est apparue en %n minute. Si vous avez terminé dans le navigateur, réessayez ; si le navigateur ne s’est pas ouvert, vérifiez qu’un navigateur par défaut est défini.</numerusform>
            <numerusform>Aucune nouvelle boîte %1 n’est apparue en %n minutes. Si vous avez terminé dans le navigateur, réessayez ; si le navigateur ne s’est pas ouvert, vérifiez qu’un navigateur par défaut est défini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxListModel</name>
    <message>
        <source>%1 · direct</source>
        <translation>%1 · direct</translation>
    </message>
</context>
<context>
    <name>Outpost::MentionEdit</name>
    <message>
        <source>Colleagues to mention</source>
        <translation>Collègues à mentionner</translation>
    </message>
</context>
<context>
    <name>Outpost::MergeFields</name>
    <message>
        <source>there is no recipient yet; add one in To first.</source>
        <translation>il n’y a pas encore de destinataire ; ajoutez-en un dans À d’abord.</translation>
    </message>
    <message>
        <source>the contact %1 could not be looked up: %2</source>
        <translation>le contact %1 n’a pas pu être recherché : %2</translation>
    </message>
    <message>
        <source>no contact on the instance has the address %1.</source>
        <translation>aucun contact de l’instance n’a l’adresse %1.</translation>
    </message>
    <message>
        <source>the contact %1 has no first name.</source>
        <translation>le contact %1 n’a pas de prénom.</translation>
    </message>
    <message>
        <source>the contact %1 has no last name.</source>
        <translation>le contact %1 n’a pas de nom de famille.</translation>
    </message>
    <message>
        <source>no mailbox to send from is chosen yet.</source>
        <translation>aucune boîte d’envoi n’est encore choisie.</translation>
    </message>
    <message>
        <source>the mailbox %1 has no name.</source>
        <translation>la boîte %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Outpost does not know your address (sign in to an instance).</source>
        <translation>Outpost ne connaît pas votre adresse (connectez-vous à une instance).</translation>
    </message>
    <message>
        <source>Outpost does not know your name.</source>
        <translation>Outpost ne connaît pas votre nom.</translation>
    </message>
    <message>
        <source>Outpost knows no field of that name (it knows %1).</source>
        <translation>Outpost ne connaît aucun champ de ce nom (il connaît %1).</translation>
    </message>
</context>
<context>
    <name>Outpost::MimeMessage</name>
    <message>
        <source>%1 contains a line break, which is not allowed in a mail header.</source>
        <translation>%1 contient un saut de ligne, ce qui n’est pas permis dans un en-tête de courrier.</translation>
    </message>
    <message>
        <source>The name “%1”</source>
        <translation>Le nom « %1 »</translation>
    </message>
    <message>
        <source>The address “%1”</source>
        <translation>L’adresse « %1 »</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>L’expéditeur</translation>
    </message>
    <message>
        <source>The sender's name</source>
        <translation>Le nom de l’expéditeur</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <source>In-Reply-To</source>
        <translation>In-Reply-To</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>The Message-ID</source>
        <translation>Le Message-ID</translation>
    </message>
    <message>
        <source>The sender is not an address.</source>
        <translation>L’expéditeur n’est pas une adresse.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>The file name “%1”</source>
        <translation>Le nom de fichier « %1 »</translation>
    </message>
    <message>
        <source>A content type</source>
        <translation>Un type de contenu</translation>
    </message>
    <message>
        <source>“%1” is stored on the platform only and cannot be sent directly.</source>
        <translation>« %1 » est stocké uniquement sur la plateforme et ne peut pas être envoyé directement.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2 does not exist or is not readable.</source>
        <translation>« %1 » ne peut pas être lu : %2 n’existe pas ou n’est pas lisible.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>l’écriture de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthFlow</name>
    <message>
        <source>Nothing came back from the browser in time. Start again to connect %1.</source>
        <translation>Le navigateur n’a rien renvoyé à temps. Recommencez pour connecter %1.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the browser on 127.0.0.1: %1</source>
        <translation>Outpost n’a pas pu attendre le navigateur sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Outpost was not given access. You can close this window.</source>
        <translation>Outpost n’a pas reçu l’accès. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You can close this window and return to Outpost.</source>
        <translation>Vous pouvez fermer cette fenêtre et retourner dans Outpost.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch), so it was ignored. Start again to connect %1.</source>
        <translation>Le navigateur est revenu avec une réponse qui n’appartient pas à cette connexion (state différent) ; elle a donc été ignorée. Recommencez pour connecter %1.</translation>
    </message>
    <message>
        <source>%1 did not give Outpost access (access denied). Nothing was connected.</source>
        <translation>%1 n’a pas donné l’accès à Outpost (accès refusé). Rien n’a été connecté.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>%1 came back without a code. Start again.</source>
        <translation>%1 est revenu sans code. Recommencez.</translation>
    </message>
    <message>
        <source>Outpost is not waiting for this sign-in any more. Return to Outpost and start again.</source>
        <translation>Outpost n’attend plus cette connexion. Revenez à Outpost et recommencez.</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthProfile</name>
    <message>
        <source>No %1 client id is configured: set OUTPOST_%2_CLIENT_ID or oauth/%3/clientId in the settings.</source>
        <translation>Aucun identifiant client %1 n’est configuré : définissez OUTPOST_%2_CLIENT_ID ou oauth/%3/clientId dans les paramètres.</translation>
    </message>
    <message>
        <source>The %1 endpoint “%2” must be an https:// address.</source>
        <translation>Le point de terminaison %1 « %2 » doit être une adresse https://.</translation>
    </message>
    <message>
        <source>No %1 client secret is configured: %1's desktop clients need it even with PKCE. Set oauth/%2/clientSecret in Outpost's settings file (next to the client id of Settings → Direct sending) or OUTPOST_%3_CLIENT_SECRET.</source>
        <translation>Aucun secret client %1 n’est configuré : les clients de bureau de %1 en ont besoin même avec PKCE. Définissez oauth/%2/clientSecret dans le fichier de paramètres d’Outpost (à côté de l’identifiant client de Paramètres → Envoi direct) ou OUTPOST_%3_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthTokenClient</name>
    <message>
        <source>%1 no longer accepts this sign-in (it expired, was already used or was revoked). Connect the mailbox again.</source>
        <translation>%1 n’accepte plus cette connexion (elle a expiré, a déjà été utilisée ou a été révoquée). Reconnectez la boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2).</source>
        <translation>%1 a refusé la connexion (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>%1 answered without an access token.</source>
        <translation>%1 a répondu sans jeton d’accès.</translation>
    </message>
    <message>
        <source>%1 granted access for this hour only (no refresh token), so Outpost would have to ask again soon. Remove Outpost from your %1 account's connected apps and connect again.</source>
        <translation>%1 n’a accordé l’accès que pour cette heure (pas de jeton d’actualisation) : Outpost devrait bientôt redemander. Retirez Outpost des applications connectées de votre compte %1 et reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 could not be told to forget Outpost's access (%2); remove it from your account's connected apps.</source>
        <translation>Impossible de demander à %1 d’oublier l’accès d’Outpost (%2) ; retirez-le des applications connectées de votre compte.</translation>
    </message>
    <message>
        <source>%1 no longer grants what Outpost asked for (invalid scope). Connect the mailbox again.</source>
        <translation>%1 n’accorde plus ce qu’Outpost a demandé (portée invalide). Connectez de nouveau la boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 answered without saying what kind of token it issued, so Outpost cannot use it (it needs a Bearer token).</source>
        <translation>%1 a répondu sans indiquer quel type de jeton il a émis ; Outpost ne peut donc pas l’utiliser (il lui faut un jeton Bearer).</translation>
    </message>
    <message>
        <source>%1 issued a token of type “%2”, which Outpost cannot use (it needs a Bearer token).</source>
        <translation>%1 a émis un jeton de type « %2 », qu’Outpost ne peut pas utiliser (il lui faut un jeton Bearer).</translation>
    </message>
</context>
<context>
    <name>Outpost::Outbox</name>
    <message>
        <source>May have been sent: %1 Check the conversation before sending it again.</source>
        <translation>Peut-être envoyé : %1 Vérifiez la conversation avant de le renvoyer.</translation>
    </message>
    <message>
        <source>May have been sent: %1 Outpost could not find out whether it arrived (%2). Check the conversation before sending it again.</source>
        <translation>Peut-être envoyé : %1 Outpost n’a pas pu savoir s’il est arrivé (%2). Vérifiez la conversation avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>Outpost::OutboxModel</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Held for Undo until %1</source>
        <translation>Retenu pour annulation jusqu’à %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programmé pour %1</translation>
    </message>
    <message>
        <source>Was due at %1 while Outpost was closed: send it or edit it</source>
        <extracomment>%1 is a time ("14:05") today, else a date and time ("12 May, 14:05").</extracomment>
        <translation>Arrivé à échéance (%1) pendant qu’Outpost était fermé : envoyez-le ou modifiez-le</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Trying again at %1 (attempt %2): %3</source>
        <translation>Nouvel essai à %1 (tentative %2) : %3</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Waiting for the network: %1</source>
        <translation>En attente du réseau : %1</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Non envoyé : annulé.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>the server kept failing (HTTP %1)</source>
        <translation>le serveur a échoué à plusieurs reprises (HTTP %1)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n’a pas pu être joint</translation>
    </message>
    <message>
        <source>Stopped after %1 attempts: %2.</source>
        <translation>Arrêté après %1 tentatives : %2.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Checking whether it was sent: the server's answer was lost</source>
        <translation>Vérification de l’envoi : la réponse du serveur s’est perdue</translation>
    </message>
    <message>
        <source>May have been sent: check the conversation before sending it again.</source>
        <translation>Peut-être envoyé : vérifiez la conversation avant de le renvoyer.</translation>
    </message>
</context>
<context>
    <name>Outpost::OutboxWindow</name>
    <message>
        <source>Delete “%1”? It will not be sent, and it cannot be brought back.</source>
        <translation>Supprimer « %1 » ? Il ne sera pas envoyé et ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Boîte d’envoi (%1)</translation>
    </message>
    <message>
        <source>“%1” may have been sent already: check the conversation first. Edited and sent again, it may arrive twice.</source>
        <translation>« %1 » a peut-être déjà été envoyé : vérifiez d’abord la conversation. Modifié et renvoyé, il risque d’arriver deux fois.</translation>
    </message>
    <message>
        <source>Looks for it on the server again; it goes again only if it is certainly not there.</source>
        <translation>Le recherche de nouveau sur le serveur ; il n’est renvoyé que s’il n’y est certainement pas.</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Modifier quand même</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Supprimer le message</translation>
    </message>
</context>
<context>
    <name>Outpost::PeopleText</name>
    <message numerus="yes">
        <source>%n others</source>
        <comment>always 2 or more</comment>
        <extracomment>The end of a list of people: "Jamie Lee, Robin Hale and 2 others" (n is 2 or more).</extracomment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformClient</name>
    <message>
        <source>%1 is not a mailbox connected to your account on this instance.</source>
        <translation>%1 n’est pas une boîte aux lettres connectée à votre compte sur cette instance.</translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformJson</name>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>the send answer is not JSON</source>
        <translation>la réponse à l’envoi n’est pas du JSON</translation>
    </message>
    <message>
        <source>the send answer has no conversationId</source>
        <translation>la réponse à l’envoi n’a pas de conversationId</translation>
    </message>
    <message>
        <source>the mailbox list is not JSON</source>
        <translation>la liste des boîtes aux lettres n’est pas du JSON</translation>
    </message>
    <message>
        <source>the sign-in answer has no token</source>
        <translation>la réponse de connexion n’a pas de jeton</translation>
    </message>
    <message>
        <source>the upload answer is not JSON</source>
        <translation>la réponse au téléversement n’est pas du JSON</translation>
    </message>
    <message>
        <source>the upload answer has a file without a key</source>
        <translation>la réponse au téléversement contient un fichier sans clé</translation>
    </message>
    <message>
        <source>the mailbox connection answer has no usable https authUrl</source>
        <translation>la réponse de connexion de la boîte aux lettres n’a pas d’authUrl https utilisable</translation>
    </message>
    <message>
        <source>the contact list is not JSON</source>
        <translation>la liste des contacts n’est pas du JSON</translation>
    </message>
    <message>
        <source>the conversation list is not JSON</source>
        <translation>la liste des conversations n’est pas du JSON</translation>
    </message>
    <message>
        <source>the conversation answer has no _id</source>
        <translation>la réponse de conversation n’a pas d’_id</translation>
    </message>
    <message>
        <source>the message list is not JSON</source>
        <translation>la liste des messages n’est pas du JSON</translation>
    </message>
    <message>
        <source>the sync status answer is not a JSON object</source>
        <translation>la réponse sur l’état de synchronisation n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the search answer has no list of results</source>
        <translation>la réponse de recherche ne contient pas de liste de résultats</translation>
    </message>
    <message>
        <source>the template list holds no list</source>
        <translation>la liste des modèles ne contient pas de liste</translation>
    </message>
    <message>
        <source>the template list is not JSON</source>
        <translation>la liste des modèles n’est pas du JSON</translation>
    </message>
    <message>
        <source>the saved template's answer is not JSON</source>
        <translation>la réponse pour le modèle enregistré n’est pas du JSON</translation>
    </message>
    <message>
        <source>the saved template's answer has no id</source>
        <translation>la réponse pour le modèle enregistré n’a pas d’identifiant</translation>
    </message>
</context>
<context>
    <name>Outpost::Provider</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>Outpost::ProviderInfo</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>Outpost::ProviderSignIn</name>
    <message>
        <source>%1 is not connected for direct sending. Connect it first.</source>
        <translation>%1 n’est pas connectée pour l’envoi direct. Connectez-la d’abord.</translation>
    </message>
    <message>
        <source>%1 no longer grants Outpost what it needs to send from %2 (invalid scope). Connect %2 again.</source>
        <translation>%1 n’accorde plus à Outpost ce dont il a besoin pour envoyer depuis %2 (portée invalide). Connectez de nouveau %2.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Outpost's sign-in for %2 (it expired or was revoked). Connect %2 again.</source>
        <translation>%1 n’accepte plus la connexion d’Outpost pour %2 (elle a expiré ou a été révoquée). Connectez de nouveau %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::RecipientChip</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation>« %1 » n’est pas une adresse valide : %2.</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinataire %1</translation>
    </message>
    <message>
        <source>Invalid recipient %1</source>
        <translation>Destinataire non valide %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Removes this recipient (Delete)</source>
        <translation>Retire ce destinataire (Suppr)</translation>
    </message>
    <message>
        <source>Puts this recipient back in the entry to edit it (F2)</source>
        <translation>Remet ce destinataire dans le champ de saisie pour le modifier (F2)</translation>
    </message>
</context>
<context>
    <name>Outpost::RecipientEdit</name>
    <message>
        <source>Address suggestions</source>
        <translation>Suggestions d’adresses</translation>
    </message>
</context>
<context>
    <name>Outpost::RoutingSubmission</name>
    <message>
        <source>%1 is not a mailbox of any instance you are signed in to.</source>
        <translation>%1 n’est une boîte aux lettres d’aucune instance à laquelle vous êtes connecté.</translation>
    </message>
    <message>
        <source>%1 is no longer a mailbox Outpost sends through directly. Add it again in Accounts, or send from another mailbox.</source>
        <translation>%1 n’est plus une boîte aux lettres par laquelle Outpost envoie directement. Ajoutez-la de nouveau dans « Comptes et boîtes aux lettres », ou envoyez depuis une autre boîte.</translation>
    </message>
    <message>
        <source>Signed out of %1 as %2 since this message was queued: sign in again to send it.</source>
        <translation>Vous avez été déconnecté de %1 (%2) depuis que ce message a été mis en file d’attente : reconnectez-vous pour l’envoyer.</translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxCommand</name>
    <message>
        <source>Run the sandbox: a stand-in platform instance on 127.0.0.1 with demo data, for trying Outpost and for tests. Runs until interrupted.</source>
        <translation>Lancer le bac à sable : une instance de plateforme de substitution sur 127.0.0.1 avec des données de démonstration, pour essayer Outpost et pour les tests. Fonctionne jusqu’à interruption.</translation>
    </message>
    <message>
        <source>Listen on port N (default: any free port).</source>
        <translation>Écouter sur le port N (par défaut : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the state in DIR (default: a fresh temporary directory).</source>
        <translation>Conserver l’état dans DOSSIER (par défaut : un nouveau dossier temporaire).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Enable the /_sandbox/ fault-injection endpoints.</source>
        <translation>Activer les points de terminaison d’injection de pannes /_sandbox/.</translation>
    </message>
    <message>
        <source>Print one JSON line {url, email, password, token} once connections are accepted.</source>
        <translation>Afficher une ligne JSON {url, email, password, token} dès que les connexions sont acceptées.</translation>
    </message>
    <message>
        <source>outpost sandbox: --port must be a number from 0 to 65535.</source>
        <translation>outpost sandbox : --port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>outpost sandbox: %1</source>
        <translation>outpost sandbox : %1</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
  data:     %2
  user:     %3
  password: %4
  token:    %5
Try: OUTPOST_TOKEN=%5 outpost --instance %1</source>
        <translation>Bac à sable à l’écoute sur %1
  données :      %2
  utilisateur :  %3
  mot de passe : %4
  jeton :        %5
Essayez : OUTPOST_TOKEN=%5 outpost --instance %1</translation>
    </message>
    <message>
        <source>Accept uploaded files of up to N MB each (default: 50, as the platform).</source>
        <translation>Accepter des fichiers téléversés de N Mo au plus chacun (par défaut : 50, comme la plateforme).</translation>
    </message>
    <message>
        <source>outpost sandbox: --max-upload-mb must be a number from 1 to %1.</source>
        <translation>outpost sandbox : --max-upload-mb doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>Play a platform that ignores Idempotency-Key: a repeated send is stored again (with --faults, POST /_sandbox/faults {"ignoreIdempotencyKey": false} switches it back).</source>
        <translation>Jouer une plateforme qui ignore Idempotency-Key : un envoi répété est de nouveau enregistré (avec --faults, POST /_sandbox/faults {"ignoreIdempotencyKey": false} le désactive).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Play an instance of an earlier platform version: legacy-accountid (its send endpoint names the mailbox by accountId instead of from), or minimal (no message search, no mailbox sync or disconnect). Default: current.</source>
        <translation>Jouer une instance d’une version antérieure de la plateforme : legacy-accountid (son point d’envoi nomme la boîte accountId au lieu de from) ou minimal (ni recherche de messages, ni synchronisation ou déconnexion de boîte). Par défaut : current.</translation>
    </message>
    <message>
        <source>outpost sandbox: --instance-profile must be current, legacy-accountid or minimal, not “%1”.</source>
        <translation>outpost sandbox : --instance-profile doit valoir current, legacy-accountid ou minimal, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxModule</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 est introuvable dans %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::SendCommand</name>
    <message>
        <source>outpost send: %1</source>
        <translation>outpost send : %1</translation>
    </message>
    <message>
        <source>outpost send: %1: %2</source>
        <translation>outpost send : %1 : %2</translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation>L’instance (https ; http seulement pour 127.0.0.1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sending mailbox.</source>
        <translation>La boîte aux lettres d’envoi.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>A recipient, bare or "Name" &lt;address&gt; (repeatable).</source>
        <translation>Un destinataire, adresse seule ou "Nom" &lt;adresse&gt; (répétable).</translation>
    </message>
    <message>
        <source>A Cc recipient (repeatable).</source>
        <translation>Un destinataire en Cc (répétable).</translation>
    </message>
    <message>
        <source>A Bcc recipient (repeatable).</source>
        <translation>Un destinataire en Cci (répétable).</translation>
    </message>
    <message>
        <source>The subject (omitted: the thread's, or "(no subject)").</source>
        <translation>L’objet (omis : celui du fil, ou "(sans objet)").</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>Le texte du message.</translation>
    </message>
    <message>
        <source>Read the message text from FILE (- for stdin).</source>
        <translation>Lire le texte du message dans FICHIER (- pour stdin).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The body is HTML.</source>
        <translation>Le corps est en HTML.</translation>
    </message>
    <message>
        <source>Reply into this thread (a threadId).</source>
        <translation>Répondre dans ce fil (un threadId).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The Message-ID replied to, with &lt;&gt;.</source>
        <translation>Le Message-ID auquel on répond, avec &lt;&gt;.</translation>
    </message>
    <message>
        <source>The References chain (space-separated).</source>
        <translation>La chaîne References (séparée par des espaces).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>gmail or outlook, when the address is connected under both.</source>
        <translation>gmail ou outlook, quand l’adresse est connectée via les deux.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>outpost send: unexpected argument “%1”.
Try `outpost send --help`.</source>
        <translation>outpost send : argument inattendu « %1 ».
Essayez `outpost send --help`.</translation>
    </message>
    <message>
        <source>outpost send: missing %1.
Try `outpost send --help`.</source>
        <translation>outpost send : %1 manquant.
Essayez `outpost send --help`.</translation>
    </message>
    <message>
        <source>outpost send: --instance: %1</source>
        <translation>outpost send : --instance : %1</translation>
    </message>
    <message>
        <source>outpost send: --provider must be gmail or outlook.</source>
        <translation>outpost send : --provider doit valoir gmail ou outlook.</translation>
    </message>
    <message>
        <source>outpost send: cannot read %1: %2</source>
        <translation>outpost send : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>outpost send: %1 Retrying in %2 ms (attempt %3).</source>
        <translation>outpost send : %1 Nouvel essai dans %2 ms (tentative %3).</translation>
    </message>
    <message>
        <source>outpost send: cannot write %1: %2</source>
        <translation>outpost send : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>outpost send: --via must be gmail or outlook.</source>
        <translation>outpost send : --via doit valoir gmail ou outlook.</translation>
    </message>
    <message>
        <source>outpost send: --api-url: %1</source>
        <translation>outpost send : --api-url : %1</translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_PROVIDER_TOKEN to an access token of %1.</source>
        <translation>outpost send : pas de jeton : définissez OUTPOST_PROVIDER_TOKEN avec un jeton d’accès de %1.</translation>
    </message>
    <message>
        <source>outpost send: --eml with --via outlook: Graph builds the message itself; use --dry-run to write the .eml.</source>
        <translation>outpost send : --eml avec --via outlook : Graph construit lui-même le message ; utilisez --dry-run pour écrire le .eml.</translation>
    </message>
    <message>
        <source>With --via: the provider API's address (default: Google's or Microsoft's).</source>
        <translation>Avec --via : l’adresse de l’API du fournisseur (par défaut : celle de Google ou de Microsoft).</translation>
    </message>
    <message>
        <source>Also write the message, exactly as it is sent directly, to FILE (.eml).</source>
        <translation>Écrire aussi le message, exactement tel qu’il est envoyé directement, dans FICHIER (.eml).</translation>
    </message>
    <message>
        <source>Send nothing: with --eml, only write the file.</source>
        <translation>Ne rien envoyer : avec --eml, écrire seulement le fichier.</translation>
    </message>
    <message>
        <source>outpost send: --eml needs --via or --dry-run: the platform writes its own message.</source>
        <translation>outpost send : --eml nécessite --via ou --dry-run : la plateforme écrit son propre message.</translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_TOKEN to an access token of %1, or sign in with `outpost login --instance %2 --email ADDRESS`.</source>
        <translation>outpost send : pas de jeton : définissez OUTPOST_TOKEN avec un jeton d’accès de %1, ou connectez-vous avec `outpost login --instance %2 --email ADRESSE`.</translation>
    </message>
    <message>
        <source>outpost send: --attach: %1</source>
        <translation>outpost send : --attach : %1</translation>
    </message>
    <message>
        <source>Attach FILE (repeat for several): uploaded to the instance, then sent; with --via or --dry-run, put in the message itself.</source>
        <translation>Joindre FICHIER (à répéter pour plusieurs) : téléversé sur l’instance, puis envoyé avec le message ; avec --via ou --dry-run, inclus dans le message lui-même.</translation>
    </message>
    <message>
        <source>Send one message through a platform instance, without a window.
Prints the receipt as one JSON line on success. The token comes from $OUTPOST_TOKEN.
Exit codes: 0 sent, 64 usage, 65 refused as written, 69 network or server failure (not sent), 75 may have been sent (the answer was lost and Outpost could not find out whether the server stored it: look in the conversation before sending again), 77 no token or token refused.
Without $OUTPOST_TOKEN, the sign-in kept by `outpost login` is used.</source>
        <translation>Envoyer un message via une instance de la plateforme, sans fenêtre.
Affiche l’accusé sur une ligne JSON en cas de succès. Le jeton provient de $OUTPOST_TOKEN.
Codes de sortie : 0 envoyé, 64 utilisation, 65 refusé tel qu’écrit, 69 panne du réseau ou du serveur (non envoyé), 75 peut-être envoyé (la réponse s’est perdue et Outpost n’a pas pu savoir si le serveur l’a enregistré : vérifiez la conversation avant de renvoyer), 77 pas de jeton ou jeton refusé.
Sans $OUTPOST_TOKEN, la connexion conservée par `outpost login` est utilisée.</translation>
    </message>
    <message>
        <source>outpost send: %1 Looking whether it arrived in %2 ms.</source>
        <translation>outpost send : %1 Vérification de son arrivée dans %2 ms.</translation>
    </message>
    <message numerus="yes">
        <source>outpost send: waiting for %n attachment(s) to upload…</source>
        <translation>
            <numerusform>outpost send : attente du téléversement d’une pièce jointe…</numerusform>
            <numerusform>outpost send : attente du téléversement de %n pièces jointes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Send straight through gmail or outlook (Gmail API, Microsoft Graph) instead of the platform; the provider's access token comes from $OUTPOST_PROVIDER_TOKEN. The account the token belongs to is asked of the provider first: a --from it cannot send as (Gmail: not the account nor a verified send-as alias) is refused (exit 65).</source>
        <translation>Envoyer directement par gmail ou outlook (API Gmail, Microsoft Graph) au lieu de la plateforme ; le jeton d’accès du fournisseur vient de $OUTPOST_PROVIDER_TOKEN. Le fournisseur est d’abord interrogé sur le compte du jeton : un --from au nom duquel il ne peut pas envoyer (Gmail : ni le compte ni un alias d’envoi vérifié) est refusé (code de sortie 65).</translation>
    </message>
    <message>
        <source>Write the message from the template NAME (your own, else the instance's), its {{firstName}}-style fields filled from the first --to recipient's contact, the --from mailbox and you; its subject unless --subject is given. A field that cannot be filled is named and nothing is sent (exit 65).</source>
        <translation>Écrire le message à partir du modèle NAME (le vôtre, sinon celui de l’instance), ses champs comme {{firstName}} remplis à partir du contact du premier destinataire --to, de la boîte --from et de vous ; son objet sauf si --subject est donné. Un champ impossible à remplir est nommé et rien n’est envoyé (code 65).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>exactly one of --body, --body-file or --template</source>
        <translation>exactement un de --body, --body-file ou --template</translation>
    </message>
    <message>
        <source>outpost send: --template needs an instance: its fields are filled from the instance's contacts.</source>
        <translation>outpost send : --template a besoin d’une instance : ses champs sont remplis à partir des contacts de l’instance.</translation>
    </message>
    <message>
        <source>no template is named “%1”, and there are none.</source>
        <translation>aucun modèle ne s’appelle « %1 », et il n’y en a aucun.</translation>
    </message>
    <message>
        <source>no template is named “%1”. There are: %2.</source>
        <translation>aucun modèle ne s’appelle « %1 ». Il y a : %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLaterButton</name>
    <message>
        <source>Choose when the message goes out; it waits in the Outbox until then</source>
        <translation>Choisir quand le message part ; il attend dans la boîte d’envoi jusque-là</translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation>Envoyer &amp;plus tard</translation>
    </message>
    <message>
        <source>In an Hour (%1)</source>
        <translation>Dans une heure (%1)</translation>
    </message>
    <message>
        <source>Tomorrow Morning (%1)</source>
        <translation>Demain matin (%1)</translation>
    </message>
    <message>
        <source>Monday Morning (%1)</source>
        <translation>Lundi matin (%1)</translation>
    </message>
    <message>
        <source>Pick a Date and Time…</source>
        <translation>Choisir une date et une heure…</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLaterDialog</name>
    <message>
        <source>The message waits in the Outbox and goes out at this time, if Outpost is running. If it is not, Outpost asks when it next starts.</source>
        <translation>Le message attend dans la boîte d’envoi et part à cette heure-là si Outpost est lancé. Sinon, Outpost pose la question à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>Envoyer &amp;à :</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>That time has passed: choose a time from now on.</source>
        <translation>Cette heure est passée : choisissez une heure à partir de maintenant.</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Envoyer plus tard</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLimits</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
</context>
<context>
    <name>Outpost::SendNotifier</name>
    <message numerus="yes">
        <source>Outpost: %n message(s) on the way</source>
        <translation>
            <numerusform>Outpost : %n message en cours d’envoi</numerusform>
            <numerusform>Outpost : %n messages en cours d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <extracomment>A notification: “Subject” to Robin Hale, Kim</extracomment>
        <translation>« %1 » à %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>Outpost::SendRules</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation>« %1 » n’est pas une adresse valide : %2.</translation>
    </message>
    <message>
        <source>Choose the mailbox to send from.</source>
        <translation>Choisissez la boîte aux lettres d’envoi.</translation>
    </message>
    <message>
        <source>The sender is not a valid address: %1.</source>
        <translation>L’expéditeur n’est pas une adresse valide : %1.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The subject cannot contain a line break.</source>
        <translation>L’objet ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The thread reference contains a line break.</source>
        <translation>La référence du fil contient un saut de ligne.</translation>
    </message>
    <message>
        <source>“%1” is both uploaded and a link.</source>
        <translation>« %1 » est à la fois téléversé et un lien.</translation>
    </message>
    <message>
        <source>“%1” is neither uploaded nor a link.</source>
        <translation>« %1 » n’est ni téléversé ni un lien.</translation>
    </message>
    <message>
        <source>“%1” must be an https link.</source>
        <translation>« %1 » doit être un lien https.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be at most %3 each.</source>
        <translation>« %1 » fait %2 ; chaque fichier peut faire au plus %3.</translation>
    </message>
    <message>
        <source>%1 is not a mailbox connected to your account.</source>
        <translation>%1 n’est pas une boîte aux lettres connectée à votre compte.</translation>
    </message>
    <message>
        <source>%1 is connected through both Gmail and Outlook: choose one.</source>
        <translation>%1 est connectée à la fois via Gmail et via Outlook : choisissez-en un.</translation>
    </message>
    <message>
        <source>%1 is not connected through %2.</source>
        <translation>%1 n’est pas connectée via %2.</translation>
    </message>
    <message>
        <source>“%1” (%2) would bring the attachments to %3; a message can carry at most %4.</source>
        <translation>« %1 » (%2) porterait les pièces jointes à %3 ; un message peut contenir au plus %4.</translation>
    </message>
    <message>
        <source>“%1” (%2) would bring the attachments to %3; %4 accepts at most %5 per message.</source>
        <translation>« %1 » (%2) porterait les pièces jointes à %3 ; %4 accepte au plus %5 par message.</translation>
    </message>
    <message>
        <source>The attachments come to %1; a message can carry at most %2.</source>
        <translation>Les pièces jointes font %1 ; un message peut contenir au plus %2.</translation>
    </message>
    <message>
        <source>The attachments come to %1; %2 accepts at most %3 per message.</source>
        <translation>Les pièces jointes font %1 ; %2 accepte au plus %3 par message.</translation>
    </message>
    <message>
        <source>%1 could not be filled. Edit it before sending.</source>
        <translation>%1 n’a pas pu être rempli. Modifiez-le avant d’envoyer.</translation>
    </message>
    <message>
        <source>%1 could not be filled: %2 Edit it before sending.</source>
        <translation>%1 n’a pas pu être rempli : %2 Modifiez-le avant d’envoyer.</translation>
    </message>
    <message>
        <source>%1 could not be filled. Edit them before sending.</source>
        <translation>%1 n’ont pas pu être remplis. Modifiez-les avant d’envoyer.</translation>
    </message>
</context>
<context>
    <name>Outpost::SentListModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <extracomment>%1 is the server's own word for what it did with the mail (`delivered`, `queued`)</extracomment>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Sent from %1</source>
        <translation>Envoyé depuis %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Outpost::SentWindow</name>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sent mail</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Read the conversation this message went into</source>
        <translation>Lire la conversation dans laquelle ce message est entré</translation>
    </message>
    <message>
        <source>The sent mail could not be read: %1</source>
        <translation>Les messages envoyés n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Nothing sent in the last week.</source>
        <translation>Rien n’a été envoyé la semaine dernière.</translation>
    </message>
</context>
<context>
    <name>Outpost::ServiceError</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Le serveur a répondu : « %2 »</translation>
    </message>
    <message>
        <source>The server refused the message as written.</source>
        <translation>Le serveur a refusé le message tel qu’il est écrit.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This mailbox or conversation is not one of yours on this instance.</source>
        <translation>Cette boîte aux lettres ou cette conversation ne vous appartient pas sur cette instance.</translation>
    </message>
    <message>
        <source>The thread, conversation or attachment no longer exists.</source>
        <translation>Le fil, la conversation ou la pièce jointe n’existe plus.</translation>
    </message>
    <message>
        <source>Choose whether this address sends through Gmail or Outlook.</source>
        <translation>Choisissez si cette adresse envoie via Gmail ou via Outlook.</translation>
    </message>
    <message>
        <source>A file or the message is too large.</source>
        <translation>Un fichier ou le message est trop volumineux.</translation>
    </message>
    <message>
        <source>The server is busy (too many requests); Outpost will try again.</source>
        <translation>Le serveur est surchargé (trop de requêtes) ; Outpost réessaiera.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable; Outpost will try again.</source>
        <translation>Le serveur est temporairement indisponible ; Outpost réessaiera.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Le serveur a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée (%2). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 answered with something Outpost cannot read (%2).</source>
        <translation>%1 a répondu par quelque chose qu’Outpost ne sait pas lire (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2).</source>
        <translation>Impossible de joindre %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsDialog</name>
    <message>
        <source>How long a sent message waits in the outbox so that it can still be taken back. 0 sends at once.</source>
        <translation>Durée pendant laquelle un message envoyé attend dans la boîte d’envoi, pour pouvoir encore être repris. 0 envoie immédiatement.</translation>
    </message>
    <message>
        <source>Ask for each message or sender</source>
        <translation>Demander pour chaque message ou expéditeur</translation>
    </message>
    <message>
        <source>Always show</source>
        <translation>Toujours afficher</translation>
    </message>
    <message>
        <source>Remote images tell the sender when and where you read their message.</source>
        <translation>Les images distantes indiquent à l’expéditeur quand et où vous avez lu son message.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>As the window’s language</source>
        <translation>Comme la langue des fenêtres</translation>
    </message>
    <message>
        <source>The first in the list</source>
        <translation>La première de la liste</translation>
    </message>
    <message>
        <source>No mailbox is connected yet.</source>
        <translation>Aucune boîte aux lettres n’est encore connectée.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address (plain http:// only for 127.0.0.1).</source>
        <translation>« %1 » n’est pas une adresse https:// (http:// simple seulement pour 127.0.0.1).</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Texte enrichi</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>How a new message starts. Format ▸ Rich Text switches one message either way.</source>
        <translation>Comment commence un nouveau message. Format ▸ Texte enrichi change un message dans un sens ou dans l’autre.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsSalvage</name>
    <message>
        <source>The settings file %1 cannot be read and cannot be moved aside: Outpost uses its defaults and will not save settings there.</source>
        <translation>Le fichier de paramètres %1 ne peut être ni lu ni mis de côté : Outpost utilise ses valeurs par défaut et n’y enregistrera pas de paramètres.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and has been replaced; %2 kept.</source>
        <translation>Le fichier de paramètres %1 était endommagé et a été remplacé ; conservés : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n paramètre</numerusform>
            <numerusform>%n paramètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and take their defaults.</source>
        <translation>
            <numerusform>%n n’a pas pu être lu et prend sa valeur par défaut.</numerusform>
            <numerusform>%n n’ont pas pu être lus et prennent leur valeur par défaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged copy is kept as %1.</source>
        <translation>La copie endommagée est conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>Outpost::SignInDialog</name>
    <message>
        <source>Your password is sent to the instance once and never stored; the sign-in is kept in the desktop keychain.</source>
        <translation>Votre mot de passe est envoyé une fois à l’instance et jamais enregistré ; la connexion est conservée dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Outpost::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNoteAction</name>
    <message>
        <source>Note for the &amp;Team…</source>
        <translation>&amp;Note pour l’équipe…</translation>
    </message>
    <message>
        <source>Write a note about this contact for your colleagues; it is never sent (Ctrl+Shift+N)</source>
        <translation>Écrire une note sur ce contact pour vos collègues ; elle n’est jamais envoyée (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Notes for the team are kept on a platform instance: sign in to one to write them.</source>
        <translation>Les notes pour l’équipe sont conservées sur une instance de la plateforme : connectez-vous à une instance pour en écrire.</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNoteDialog</name>
    <message>
        <source>Attach &amp;File…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Note for the Team</source>
        <translation>Note pour l’équipe</translation>
    </message>
    <message>
        <source>Only your team sees this note: it is never sent with the email.</source>
        <translation>Seule votre équipe voit cette note : elle n’est jamais envoyée avec le e-mail.</translation>
    </message>
    <message>
        <source>About %1. Only your team sees this note: it is never sent with the email.</source>
        <translation>Au sujet de %1. Seule votre équipe voit cette note : elle n’est jamais envoyée avec le e-mail.</translation>
    </message>
    <message>
        <source>&amp;Note (type @ to mention a colleague):</source>
        <translation>&amp;Note (tapez @ pour mentionner un collègue) :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add the note for the team (Ctrl+Return)</source>
        <translation>Ajouter la note pour l’équipe (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Add a recipient in To: first: a note is about the person you write to.</source>
        <translation>Ajoutez d’abord un destinataire dans À : une note porte sur la personne à qui vous écrivez.</translation>
    </message>
    <message>
        <source>Attach a File to the Note</source>
        <translation>Joindre un fichier à la note</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>La note n’a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNotes</name>
    <message>
        <source>This instance does not offer notes for the team.</source>
        <translation>Cette instance ne propose pas de notes pour l’équipe.</translation>
    </message>
    <message>
        <source>%1 is not a contact on the instance: a note can only be about a contact.</source>
        <translation>%1 n’est pas un contact de l’instance : une note ne peut porter que sur un contact.</translation>
    </message>
</context>
<context>
    <name>Outpost::TemplateLibrary</name>
    <message>
        <source>The instance offers no email templates: only your own are listed.</source>
        <translation>L’instance ne propose pas de modèles de e-mail : seuls les vôtres sont listés.</translation>
    </message>
    <message>
        <source>The instance's templates could not be read: %1</source>
        <translation>Les modèles de l’instance n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Saved as your own. The instance offers no templates to share it with.</source>
        <translation>Enregistré comme le vôtre. L’instance ne propose pas de modèles pour le partager.</translation>
    </message>
    <message>
        <source>Saved as your own, but not shared: %1</source>
        <translation>Enregistré comme le vôtre, mais non partagé : %1</translation>
    </message>
    <message>
        <source>no instance is signed in</source>
        <translation>aucune instance n’est connectée</translation>
    </message>
</context>
<context>
    <name>Outpost::TemplatesWindow</name>
    <message>
        <source>S&amp;hare with the Team</source>
        <translation>&amp;Partager avec l’équipe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <source>Your Temp&amp;lates:</source>
        <translation>Vos &amp;modèles :</translation>
    </message>
    <message>
        <source>No templates yet: write one and save it.</source>
        <translation>Aucun modèle pour l’instant : écrivez-en un et enregistrez-le.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Optional: fills an empty subject</source>
        <translation>Facultatif : remplit un objet vide</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Also save it on the instance, where your team's templates are. Its subject stays yours: the instance's templates have none.</source>
        <translation>L’enregistrer aussi sur l’instance, où sont les modèles de votre équipe. Son objet reste à vous : les modèles de l’instance n’en ont pas.</translation>
    </message>
    <message>
        <source>Fields filled when the template is used: %1.</source>
        <translation>Champs remplis quand le modèle est utilisé : %1.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Start a new template (Ctrl+N)</source>
        <translation>Commencer un nouveau modèle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Enregistrer le modèle (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Write the template's text.</source>
        <translation>Écrivez le texte du modèle.</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>« %1 » est enregistré.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>« %1 » est supprimé.</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPicker</name>
    <message>
        <source>Choose the thread</source>
        <translation>Choisir le fil</translation>
    </message>
    <message>
        <source>Filter by subject, people or mailbox</source>
        <translation>Filtrer par objet, personnes ou boîte aux lettres</translation>
    </message>
    <message>
        <source>Filter threads</source>
        <translation>Filtrer les fils</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Looking up threads…</source>
        <translation>Recherche des fils…</translation>
    </message>
    <message>
        <source>Looking up threads with %1…</source>
        <translation>Recherche des fils avec %1…</translation>
    </message>
    <message>
        <source>Add recipients in To: to see the threads you have with them.</source>
        <translation>Ajoutez des destinataires dans À pour voir vos fils avec eux.</translation>
    </message>
    <message>
        <source>No earlier threads with %1: this message starts a new one.</source>
        <translation>Aucun fil antérieur avec %1 : ce message en commence un nouveau.</translation>
    </message>
    <message>
        <source>No thread matches “%1”.</source>
        <translation>Aucun fil ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Some threads could not be listed: %1</source>
        <translation>Certains fils n’ont pas pu être listés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n thread(s)</source>
        <translation>
            <numerusform>%1 sur %n fil</numerusform>
            <numerusform>%1 sur %n fils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n fils</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Searching messages…</source>
        <translation>Recherche dans les messages…</translation>
    </message>
    <message>
        <source>More messages match than are shown: add a word to narrow them.</source>
        <translation>Plus de messages correspondent que ceux affichés : ajoutez un mot pour affiner.</translation>
    </message>
    <message>
        <source>Messages could not be searched: %1</source>
        <translation>La recherche dans les messages a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerDelegate</name>
    <message>
        <source>Start a new thread with the recipients</source>
        <translation>Commencer un nouveau fil avec les destinataires</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sent from this computer</source>
        <translation>envoyé depuis cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerProxy</name>
    <message>
        <source>New thread</source>
        <translation>Nouveau fil</translation>
    </message>
    <message>
        <source>The message starts a new thread with its recipients.</source>
        <translation>Le message commence un nouveau fil avec ses destinataires.</translation>
    </message>
    <message>
        <source>found in a message: %1</source>
        <translation>trouvé dans un message : %1</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerRow</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Continue one of the threads with the recipients (Ctrl+T)</source>
        <translation>Poursuivre l’un des fils avec les destinataires (Ctrl+T)</translation>
    </message>
    <message>
        <source>Choose the thread</source>
        <translation>Choisir le fil</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Read the chosen thread's messages</source>
        <translation>Lire les messages du fil choisi</translation>
    </message>
    <message>
        <source>This thread is in %1, a mailbox Outpost sends through %2 itself: its messages are not on the platform. Read them in %2.</source>
        <translation>Ce fil se trouve dans %1, une boîte aux lettres par laquelle Outpost envoie lui-même via %2 : ses messages ne sont pas sur la plateforme. Lisez-les dans %2.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Nouveau fil</translation>
    </message>
    <message>
        <source>This message starts a new thread.</source>
        <translation>Ce message commence un nouveau fil.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source> · %1 (%2)</source>
        <translation> · %1 (%2)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Continues the thread %1</source>
        <translation>Poursuit le fil %1</translation>
    </message>
</context>
<context>
    <name>Outpost::TimeText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <extracomment>A day and a time of day ("14 May, 10:00"; "Thursday, 14 May 2026, 10:00").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>A list's date column for a moment of the day before today.</extracomment>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>Outpost::TokenStore</name>
    <message>
        <source>The keychain is locked, so Outpost cannot keep your sign-in: it stays in memory until Outpost quits and is never written to disk. Unlock the keychain and sign in again to keep it.</source>
        <translation>Le trousseau est verrouillé : Outpost ne peut pas conserver votre connexion. Elle reste en mémoire jusqu’à ce qu’Outpost quitte et n’est jamais écrite sur le disque. Déverrouillez le trousseau et reconnectez-vous pour la conserver.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available, so Outpost cannot keep your sign-in: it stays in memory until Outpost quits and is never written to disk.</source>
        <translation>Aucun trousseau (Secret Service) n’est disponible : Outpost ne peut pas conserver votre connexion. Elle reste en mémoire jusqu’à ce qu’Outpost quitte et n’est jamais écrite sur le disque.</translation>
    </message>
</context>
<context>
    <name>Outpost::TrustedSendersPage</name>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remote images are always shown in mail from these senders, in the mailbox named beside each. They stay hidden in a message whose sender the mail provider could not confirm.</source>
        <translation>Les images distantes sont toujours affichées dans les messages de ces expéditeurs, dans la boîte aux lettres indiquée à côté de chacun. Elles restent masquées dans un message dont le fournisseur de messagerie n’a pas pu confirmer l’expéditeur.</translation>
    </message>
    <message>
        <source>&amp;Trusted senders:</source>
        <translation>Ex&amp;péditeurs de confiance :</translation>
    </message>
    <message>
        <source>Trusted senders</source>
        <translation>Expéditeurs de confiance</translation>
    </message>
    <message>
        <source>The list cannot be read: the drafts file is not open.</source>
        <translation>La liste ne peut pas être lue : le fichier des brouillons n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>La liste ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — dans %2</translation>
    </message>
    <message>
        <source>No sender is trusted: remote images are shown only when you ask, message by message.</source>
        <translation>Aucun expéditeur n’est de confiance : les images distantes ne s’affichent qu’à votre demande, message par message.</translation>
    </message>
</context>
<context>
    <name>Outpost::UndoSendBar</name>
    <message>
        <source>Sending in %1 s…</source>
        <translation>Envoi dans %1 s…</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Take the message back to keep editing it; nothing is sent (Ctrl+Z)</source>
        <translation>Reprendre le message pour continuer à le modifier ; rien n’est envoyé (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Outpost::UploadClient</name>
    <message>
        <source>There is no file to upload.</source>
        <translation>Il n’y a aucun fichier à téléverser.</translation>
    </message>
    <message>
        <source>At most %1 files can be uploaded at once; these are %2.</source>
        <translation>Au plus %1 fichiers peuvent être téléversés à la fois ; il y en a %2.</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted.</source>
        <translation>« %1 » n’est plus là : il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>“%1” is a folder: attach the files in it instead.</source>
        <translation>« %1 » est un dossier : joignez plutôt les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission.</source>
        <translation>« %1 » ne peut pas être lu : vous n’en avez pas le droit.</translation>
    </message>
    <message>
        <source>“%1” is %2; the platform accepts at most %3 per file.</source>
        <translation>« %1 » fait %2 ; la plateforme accepte au plus %3 par fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The server stored %1 of the %2 files sent.</source>
        <translation>Le serveur a enregistré %1 des %2 fichiers envoyés.</translation>
    </message>
    <message>
        <source>The server refused %1 as too large.</source>
        <translation>Le serveur a refusé %1, trop volumineux.</translation>
    </message>
    <message>
        <source>Not signed in to the instance any more: sign in again to upload %1.</source>
        <translation>Vous n’êtes plus connecté à l’instance : reconnectez-vous pour téléverser %1.</translation>
    </message>
    <message>
        <source>Too large for the server: %1.</source>
        <translation>Trop volumineux pour le serveur : %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Default mailbox:</source>
        <translation>Boîte aux lettres par &amp;défaut :</translation>
    </message>
    <message>
        <source>Default mailbox</source>
        <translation>Boîte aux lettres par défaut</translation>
    </message>
    <message>
        <source>&amp;Undo send for:</source>
        <translation>&amp;Annulation de l’envoi pendant :</translation>
    </message>
    <message>
        <source>Undo send delay</source>
        <translation>Délai d’annulation de l’envoi</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remote images:</source>
        <translation>&amp;Images distantes :</translation>
    </message>
    <message>
        <source>Remote images in conversations</source>
        <translation>Images distantes dans les conversations</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>Langue d’Outpost</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Outpost.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’Outpost.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Boîte aux lettres :</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;Orthographe :</translation>
    </message>
    <message>
        <source>Spelling language of this mailbox</source>
        <translation>Langue d’orthographe de cette boîte aux lettres</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <source>Signature of this mailbox</source>
        <translation>Signature de cette boîte aux lettres</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Pas de signature</translation>
    </message>
    <message>
        <source>Direct sending</source>
        <translation>Envoi direct</translation>
    </message>
    <message>
        <source>Outpost signs in to Google and Microsoft as the app registered with these client IDs. Leave a field empty to use the default.</source>
        <translation>Outpost se connecte à Google et à Microsoft en tant qu’application enregistrée avec ces identifiants client. Laissez un champ vide pour utiliser la valeur par défaut.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Google client ID</source>
        <translation>Identifiant client Google</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>URL d’&amp;autorisation :</translation>
    </message>
    <message>
        <source>Google authorization URL</source>
        <translation>URL d’autorisation Google</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du &amp;jeton :</translation>
    </message>
    <message>
        <source>Google token URL</source>
        <translation>URL du jeton Google</translation>
    </message>
    <message>
        <source>&amp;Revocation URL:</source>
        <translation>URL de &amp;révocation :</translation>
    </message>
    <message>
        <source>Google revocation URL</source>
        <translation>URL de révocation Google</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Microsoft client ID</source>
        <translation>Identifiant client Microsoft</translation>
    </message>
    <message>
        <source>Microsoft authorization URL</source>
        <translation>URL d’autorisation Microsoft</translation>
    </message>
    <message>
        <source>Microsoft token URL</source>
        <translation>URL du jeton Microsoft</translation>
    </message>
    <message>
        <source>&amp;Write new mail in:</source>
        <translation>&amp;Nouveaux messages en :</translation>
    </message>
    <message>
        <source>Format of new mail</source>
        <translation>Format des nouveaux messages</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Identifiant &amp;client :</translation>
    </message>
    <message>
        <source>A&amp;uthorization URL:</source>
        <translation>&amp;URL d’autorisation :</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL du j&amp;eton :</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance :</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Adresse de l’instance</translation>
    </message>
    <message>
        <source>https://your-instance.example.com</source>
        <translation>https://votre-instance.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API :</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>Paste a personal API token</source>
        <translation>Collez un jeton d’API personnel</translation>
    </message>
    <message>
        <source>Use a personal API token instead of the password</source>
        <translation>Utiliser un jeton d’API personnel au lieu du mot de passe</translation>
    </message>
    <message>
        <source>Sign In to an Instance</source>
        <translation>Se connecter à une instance</translation>
    </message>
</context>
</TS>
