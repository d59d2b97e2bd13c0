<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ComposeWindow</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The connected mailbox this message is sent from</source>
        <translation>El buzón conectado desde el que se envía este mensaje</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Enviar a través de</translation>
    </message>
    <message>
        <source>This address is connected twice: choose which provider sends</source>
        <translation>Esta dirección está conectada dos veces: elige qué proveedor envía</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;o:</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cco</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Asu&amp;nto:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write your message…</source>
        <translation>Escribe tu mensaje…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Recipients: type or paste addresses</source>
        <translation>Destinatarios: escribe o pega direcciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation>&amp;Idioma de ortografía</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Mensaje nuevo</translation>
    </message>
    <message>
        <source>Open another compose window</source>
        <translation>Abrir otra ventana de redacción</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Show &amp;Cc</source>
        <translation>Mostrar &amp;Cc</translation>
    </message>
    <message>
        <source>Show the Cc field</source>
        <translation>Mostrar el campo Cc</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show &amp;Bcc</source>
        <translation>Mostrar Cc&amp;o</translation>
    </message>
    <message>
        <source>Show the Bcc field</source>
        <translation>Mostrar el campo Cco</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Formatting Toolbar</source>
        <translation>&amp;Barra de formato</translation>
    </message>
    <message>
        <source>Show the formatting toolbar (rich text only)</source>
        <translation>Mostrar la barra de formato (solo texto enriquecido)</translation>
    </message>
    <message>
        <source>&amp;Rich Text (HTML)</source>
        <translation>&amp;Texto enriquecido (HTML)</translation>
    </message>
    <message>
        <source>Write with formatting; sent as HTML with a plain-text alternative</source>
        <translation>Escribir con formato; se envía como HTML con una alternativa en texto sin formato</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Insert the signature of the mailbox in From</source>
        <translation>Insertar la firma del buzón indicado en De</translation>
    </message>
    <message>
        <source>Underline misspelled words in the message</source>
        <translation>Subrayar las palabras mal escritas del mensaje</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>vi&amp;a</source>
        <translation>&amp;vía</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Check Spelling While Typing</source>
        <translation>Revisar la &amp;ortografía al escribir</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Mensaje nuevo</translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Drafts are saved as you type. Open one to go on writing it, or discard it.</source>
        <translation>Los borradores se guardan mientras escribes. Abre uno para seguir escribiéndolo o descártalo.</translation>
    </message>
    <message>
        <source>No drafts. Whatever you start writing is kept here until you send or discard it.</source>
        <translation>No hay borradores. Todo lo que empieces a escribir se guarda aquí hasta que lo envíes o lo descartes.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Continue this draft in a compose window</source>
        <translation>Continuar este borrador en una ventana de redacción</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Eliminar este borrador</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Mail on its way. Each message stays here until the server confirms it, waits for the network when it is gone, and is never sent twice.</source>
        <translation>Correo en camino. Cada mensaje permanece aquí hasta que el servidor lo confirma, espera a la red si no hay conexión y nunca se envía dos veces.</translation>
    </message>
    <message>
        <source>The Outbox is empty: everything you sent has gone out.</source>
        <translation>La bandeja de salida está vacía: todo lo que enviaste ya salió.</translation>
    </message>
    <message>
        <source>Try this message again now (or send a scheduled one now)</source>
        <translation>Reintentar este mensaje ahora (o enviar ahora uno programado)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <source>Take the message out of the Outbox and open it in a compose window</source>
        <translation>Sacar el mensaje de la bandeja de salida y abrirlo en una ventana de redacción</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the message; it is not sent</source>
        <translation>Eliminar el mensaje; no se enviará</translation>
    </message>
    <message>
        <source>&amp;Undo after Send:</source>
        <translation>&amp;Deshacer tras enviar:</translation>
    </message>
    <message>
        <source>Undo after Send, in seconds</source>
        <translation>Deshacer tras enviar, en segundos</translation>
    </message>
    <message>
        <source>How long Undo is offered after Send (0 sends at once)</source>
        <translation>Durante cuánto tiempo se ofrece Deshacer tras enviar (0 envía al instante)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
</context>
<context>
    <name>Outpost::AccessTokenSource</name>
    <message>
        <source>The provider refused the access token: sign in to the mailbox again.</source>
        <translation>El proveedor rechazó el token de acceso: vuelve a iniciar sesión en el buzón.</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountActions</name>
    <message>
        <source>Your sign-in to %1 has expired or was revoked: sign in again. What you wrote is kept.</source>
        <translation>Tu sesión en %1 caducó o se revocó: vuelve a iniciar sesión. Lo que escribiste se conserva.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired or was revoked (the server said: “%2”): sign in again. What you wrote is kept.</source>
        <translation>Tu sesión en %1 caducó o se revocó (el servidor respondió: «%2»): vuelve a iniciar sesión. Lo que escribiste se conserva.</translation>
    </message>
    <message>
        <source>Not signed in to any instance. Sign in (Account ▸ Sign in to an instance…), or start Outpost with --sandbox to try it.</source>
        <translation>No has iniciado sesión en ninguna instancia. Inicia sesión (Cuenta ▸ Iniciar sesión en una instancia…) o abre Outpost con --sandbox para probarlo.</translation>
    </message>
    <message>
        <source>The keychain no longer has your sign-in to %1.</source>
        <translation>El llavero ya no tiene tu sesión en %1.</translation>
    </message>
    <message>
        <source>Accou&amp;nt</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Sign In to an Instance…</source>
        <translation>&amp;Iniciar sesión en una instancia…</translation>
    </message>
    <message>
        <source>&amp;Accounts and Mailboxes…</source>
        <translation>Cuentas y &amp;buzones…</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountCheck</name>
    <message>
        <source>%1 did not say which account this sign-in belongs to (%2). Connect the mailbox again so that Outpost can check it.</source>
        <translation>%1 no indicó a qué cuenta pertenece este inicio de sesión (%2). Vuelve a conectar el buzón para que Outpost pueda comprobarlo.</translation>
    </message>
    <message>
        <source>the answer named no address</source>
        <translation>la respuesta no indicaba ninguna dirección</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, not %3: connect %3 or choose %2.</source>
        <translation>Sesión iniciada en %1 como %2, no como %3: conecta %3 o elige %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::AccountsDialog</name>
    <message>
        <source>Connect &amp;Gmail…</source>
        <translation>Conectar &amp;Gmail…</translation>
    </message>
    <message>
        <source>Connect &amp;Outlook…</source>
        <translation>Conectar &amp;Outlook…</translation>
    </message>
    <message>
        <source>Add Gmail &amp;directly…</source>
        <translation>Añadir Gmail di&amp;rectamente…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Connected through</source>
        <translation>Conectado a través de</translation>
    </message>
    <message>
        <source>Connected mailboxes</source>
        <translation>Buzones conectados</translation>
    </message>
    <message>
        <source>Opens your browser to connect a Gmail mailbox</source>
        <translation>Abre tu navegador para conectar un buzón de Gmail</translation>
    </message>
    <message>
        <source>Opens your browser to connect an Outlook mailbox</source>
        <translation>Abre tu navegador para conectar un buzón de Outlook</translation>
    </message>
    <message>
        <source>Send directly, without the platform</source>
        <translation>Enviar directamente, sin la plataforma</translation>
    </message>
    <message>
        <source>you@gmail.com or you@outlook.com</source>
        <translation>tu@gmail.com o tu@outlook.com</translation>
    </message>
    <message>
        <source>Address of the mailbox to add directly</source>
        <translation>Dirección del buzón que se añadirá directamente</translation>
    </message>
    <message>
        <source>Signs in to Google in your browser; Outpost then sends through the Gmail API</source>
        <translation>Inicia sesión en Google en tu navegador; después Outpost envía a través de la API de Gmail</translation>
    </message>
    <message>
        <source>Signs in to Microsoft in your browser; Outpost then sends through Microsoft Graph</source>
        <translation>Inicia sesión en Microsoft en tu navegador; después Outpost envía a través de Microsoft Graph</translation>
    </message>
    <message>
        <source>Forgets the selected direct mailbox and its sign-in</source>
        <translation>Olvida el buzón directo seleccionado y su sesión</translation>
    </message>
    <message>
        <source>%1 is connected directly through %2.</source>
        <translation>%1 está conectado directamente a través de %2.</translation>
    </message>
    <message>
        <source>%1 is connected directly through %2 for this session only: no keychain is available to keep its sign-in.</source>
        <translation>%1 está conectado directamente a través de %2 solo para esta sesión: no hay ningún llavero disponible para conservar su inicio de sesión.</translation>
    </message>
    <message>
        <source>Some mailboxes could not be listed: %1</source>
        <translation>No se pudieron listar algunos buzones: %1</translation>
    </message>
    <message>
        <source>No mailbox connected yet</source>
        <translation>Todavía no hay ningún buzón conectado</translation>
    </message>
    <message>
        <source>Direct (without the platform)</source>
        <translation>Directo (sin la plataforma)</translation>
    </message>
    <message>
        <source>Gmail API</source>
        <translation>API de Gmail</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Not signed in to any instance. Sign in to connect mailboxes, or add a mailbox directly.</source>
        <translation>No has iniciado sesión en ninguna instancia. Inicia sesión para conectar buzones o añade un buzón directamente.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Sign in to %1 as %2 in your browser. Outpost is waiting for you to come back…</source>
        <translation>Inicia sesión en %1 como %2 en tu navegador. Outpost espera a que vuelvas…</translation>
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
        <translation>Se quitó %1; se eliminó su inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 was removed; its sign-in was deleted here, but %2 said: %3</source>
        <translation>Se quitó %1; se eliminó su inicio de sesión aquí, pero %2 respondió: %3</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>No se pudo abrir ningún navegador. Abre tú mismo esta dirección: %1</translation>
    </message>
    <message>
        <source>Finish connecting your %1 mailbox in the browser. Outpost is waiting for it to appear…</source>
        <translation>Termina de conectar tu buzón de %1 en el navegador. Outpost espera a que aparezca…</translation>
    </message>
    <message>
        <source>%1 is connected through %2.</source>
        <translation>%1 está conectado a través de %2.</translation>
    </message>
    <message>
        <source>Stopped waiting. Nothing was connected by Outpost.</source>
        <translation>Se dejó de esperar. Outpost no conectó nada.</translation>
    </message>
    <message>
        <source>Asking %1 where to connect…</source>
        <translation>Preguntando a %1 dónde conectar…</translation>
    </message>
    <message>
        <source>Signed out of %1; its sign-in was deleted from the keychain.</source>
        <translation>Se cerró la sesión en %1; su inicio de sesión se eliminó del llavero.</translation>
    </message>
    <message>
        <source>Add Outlook direc&amp;tly…</source>
        <translation>Añadir Outlook direc&amp;tamente…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>%1, account not checked yet</source>
        <translation>%1, cuenta aún sin comprobar</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, sesión iniciada como %2</translation>
    </message>
    <message>
        <source>%1, signed in as %2 (%3 is its send-as alias)</source>
        <translation>%1, sesión iniciada como %2 (%3 es su alias de envío)</translation>
    </message>
    <message>
        <source>%1, signed in as %2: cannot send as %3</source>
        <translation>%1, sesión iniciada como %2: no puede enviar como %3</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>De&amp;jar de esperar</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Disco&amp;nnect…</source>
        <translation>Desco&amp;nectar…</translation>
    </message>
    <message>
        <source>Sign &amp;In to an Instance…</source>
        <translation>&amp;Iniciar sesión en una instancia…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Dejar de es&amp;perar</translation>
    </message>
    <message>
        <source>Asks the platform to fetch the selected mailbox's recent mail now, so that threads written in other programs appear</source>
        <translation>Pide a la plataforma que traiga ahora el correo reciente del buzón seleccionado, para que aparezcan los hilos escritos en otros programas</translation>
    </message>
    <message>
        <source>Disconnects the selected mailbox from the platform</source>
        <translation>Desconecta el buzón seleccionado de la plataforma</translation>
    </message>
    <message>
        <source>Asking %1 to sync %2…</source>
        <translation>Pidiendo a %1 que sincronice %2…</translation>
    </message>
    <message>
        <source>%1 cannot be synced from Outpost: the instance does not offer it, or no longer knows this mailbox.</source>
        <translation>%1 no se puede sincronizar desde Outpost: la instancia no lo ofrece o ya no conoce este buzón.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 no se sincronizó: %2</translation>
    </message>
    <message>
        <source>%1 may still be syncing; its progress cannot be read: %2</source>
        <translation>Puede que %1 aún se esté sincronizando; no se puede leer su progreso: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %2 of %n messages…</source>
        <translation>
            <numerusform>Sincronizando %1: %2 de %n mensaje…</numerusform>
            <numerusform>Sincronizando %1: %2 de %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is synced: %n messages fetched.</source>
        <translation>
            <numerusform>%1 está sincronizado: se trajo %n mensaje.</numerusform>
            <numerusform>%1 está sincronizado: se trajeron %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect Mailbox</source>
        <translation>Desconectar buzón</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2?</source>
        <translation>¿Desconectar %1 de %2?</translation>
    </message>
    <message>
        <source>Outpost and the platform will no longer send from it or list its threads until it is connected again. The mail in the mailbox itself is not touched.</source>
        <translation>Outpost y la plataforma ya no enviarán desde él ni listarán sus hilos hasta que se vuelva a conectar. El correo del buzón en sí no se toca.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>Desconectando %1…</translation>
    </message>
    <message>
        <source>%1 cannot be disconnected from Outpost: the instance does not offer it, or no longer knows this mailbox.</source>
        <translation>%1 no se puede desconectar desde Outpost: la instancia no lo ofrece o ya no conoce este buzón.</translation>
    </message>
    <message>
        <source>%1 was not disconnected: %2</source>
        <translation>%1 no se desconectó: %2</translation>
    </message>
    <message>
        <source>%1 was disconnected.</source>
        <translation>%1 se desconectó.</translation>
    </message>
    <message>
        <source>Accounts and Mailboxes</source>
        <translation>Cuentas y buzones</translation>
    </message>
</context>
<context>
    <name>Outpost::AddressList</name>
    <message>
        <source>the domain “%1” is incomplete (no dot)</source>
        <translation>el dominio «%1» está incompleto (falta un punto)</translation>
    </message>
    <message>
        <source>the domain “%1” is not valid</source>
        <translation>el dominio «%1» no es válido</translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>unas comillas no están cerradas</translation>
    </message>
    <message>
        <source>an angle bracket is not closed</source>
        <translation>un corchete angular no está cerrado</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>no contiene ninguna @</translation>
    </message>
    <message>
        <source>nothing stands before the @</source>
        <translation>no hay nada antes de la @</translation>
    </message>
    <message>
        <source>nothing stands after the @</source>
        <translation>no hay nada después de la @</translation>
    </message>
    <message>
        <source>it contains a space; put a name before &lt;address&gt;</source>
        <translation>contiene un espacio; pon un nombre antes de &lt;dirección&gt;</translation>
    </message>
    <message>
        <source>it contains two dots in a row</source>
        <translation>contiene dos puntos seguidos</translation>
    </message>
    <message>
        <source>it is not an email address</source>
        <translation>no es una dirección de correo</translation>
    </message>
    <message>
        <source>address groups are not supported; list the addresses</source>
        <translation>no se admiten grupos de direcciones; enumera las direcciones</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it holds more than one address</source>
        <translation>contiene más de una dirección</translation>
    </message>
    <message>
        <source>the domain cannot be written in the form mail servers read</source>
        <translation>el dominio no se puede escribir en la forma que leen los servidores de correo</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentFile</name>
    <message>
        <source>“%1” cannot be attached: there is no such file.</source>
        <translation>No se puede adjuntar «%1»: ese archivo no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder: attach the files in it instead.</source>
        <translation>«%1» es una carpeta: adjunta en su lugar los archivos que contiene.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is not a regular file.</source>
        <translation>No se puede adjuntar «%1»: no es un archivo normal.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: you do not have permission to read it.</source>
        <translation>No se puede adjuntar «%1»: no tienes permiso para leerlo.</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentList</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>No se pudo leer la imagen pegada.</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Imagen pegada %1.png</translation>
    </message>
    <message>
        <source>Enter opens the selected attachment, Delete removes it; the Menu key or Shift+F10 offers Cancel, Retry and Remove.</source>
        <translation>Intro abre el adjunto seleccionado y Supr lo quita; la tecla Menú o Mayús+F10 ofrece Cancelar, Reintentar y Quitar.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Cancelar la subida</translation>
    </message>
    <message>
        <source>&amp;Retry Upload</source>
        <translation>&amp;Reintentar la subida</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>Outpost::AttachmentListModel</name>
    <message>
        <source>“%1” is attached already.</source>
        <translation>«%1» ya está adjunto.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>El archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>“%1” is not a link that can be attached.</source>
        <translation>«%1» no es un enlace que se pueda adjuntar.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only https links can be (not %2).</source>
        <translation>No se puede adjuntar «%1»: solo se pueden adjuntar enlaces https (no %2).</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: the folder %2 cannot be created.</source>
        <translation>No se puede adjuntar «%1»: no se puede crear la carpeta %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: %2</source>
        <translation>No se puede adjuntar «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was not uploaded: %2 Retry or remove it.</source>
        <translation>«%1» no se subió: %2 Reinténtalo o quítalo.</translation>
    </message>
    <message>
        <source>The upload of “%1” was cancelled: retry or remove it.</source>
        <translation>Se canceló la subida de «%1»: reinténtala o quita el archivo.</translation>
    </message>
    <message>
        <source>the file was deleted or moved before it could be uploaded.</source>
        <translation>el archivo se eliminó o se movió antes de poder subirlo.</translation>
    </message>
    <message>
        <source>the file can no longer be read.</source>
        <translation>el archivo ya no se puede leer.</translation>
    </message>
    <message>
        <source>it is now %1; files can be at most %2 each.</source>
        <translation>ahora ocupa %1; cada archivo puede ocupar como máximo %2.</translation>
    </message>
    <message>
        <source>Waiting to try again: %1</source>
        <translation>Esperando para reintentar: %1</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Esperando para subir</translation>
    </message>
    <message>
        <source>Uploading %1%</source>
        <translation>Subiendo %1 %</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Uploaded — %1</source>
        <translation>Subido — %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Finishing the upload…</source>
        <translation>Terminando la subida…</translation>
    </message>
</context>
<context>
    <name>Outpost::BodyEditor</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>C&amp;ursiva</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Subrayado</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Lista con viñetas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Lista nu&amp;merada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Insert Lin&amp;k…</source>
        <translation>Insertar &amp;enlace…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>Ctrl+Shift+9</source>
        <translation>Ctrl+Shift+9</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>&amp;Borrar formato</translation>
    </message>
    <message>
        <source>Ctrl+\</source>
        <translation>Ctrl+\</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Dirección web:</translation>
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
        <translation>Uso:
  outpost [--sandbox | --instance URL] [mailto:URL]
      Abre una ventana de redacción. --sandbox inicia una instancia de pruebas
      integrada nueva e inicia sesión en ella; --instance URL usa el token de
      $OUTPOST_TOKEN o la sesión guardada por `outpost login` (Cuenta &gt; Iniciar
      sesión en la ventana). Una URL mailto: (RFC 6068) rellena la ventana. Si
      Outpost ya está abierto, la ventana se abre en él.
  outpost compose [--to DIRECCIÓN]... [--cc DIRECCIÓN]... [--bcc DIRECCIÓN]...
                  [--subject TEXTO] [--body TEXTO] [--attach ARCHIVO]...
      Abre una ventana de redacción rellenada (en el Outpost abierto, si lo
      hay).
  outpost send --instance URL --from DIRECCIÓN --to DIRECCIÓN [opciones]
      Envía un mensaje sin ventana e imprime su acuse en JSON.
      Consulta `outpost send --help`.
  outpost login --instance URL --email DIRECCIÓN [--api-token]
      Inicia sesión y la guarda en el llavero del escritorio (la contraseña se
      pide sin eco o se lee de stdin). Consulta `outpost login --help`.
  outpost logout --instance URL [--email DIRECCIÓN]
      Cierra la sesión: elimina del llavero el inicio de sesión en la
      instancia.
  outpost sandbox [--port N] [--data DIR] [--faults] [--json]
      Ejecuta la instancia de pruebas sin ventana. Consulta
      `outpost sandbox --help`.

Opciones:
  -h, --help       Muestra esta ayuda.
  -v, --version    Muestra la versión.
  --sandbox        Abre la ventana de redacción con una instancia de pruebas
                   nueva.
  --instance URL   La instancia que se usará (https; http solo para 127.0.0.1).

Entorno:
  OUTPOST_TOKEN    El token de acceso que usan --instance y `send`; si no está
                   definido, se usa la sesión guardada por `outpost login`.

Códigos de salida:
  0   éxito
  64  la línea de órdenes es incorrecta
  65  el mensaje se rechazó tal como está escrito (dirección incorrecta, buzón,
      hilo o adjunto desconocido, proveedor equivocado, demasiado grande)
  69  no se pudo contactar con la instancia o falló (red, TLS, 5xx)
  77  no hay token, o se rechazó el token (o la contraseña)
</translation>
    </message>
    <message>
        <source>Usage: outpost [--sandbox | --instance URL] [mailto:URL]
       outpost compose|send|login|logout|sandbox [options]</source>
        <translation>Uso: outpost [--sandbox | --instance URL] [mailto:URL]
     outpost compose|send|login|logout|sandbox [opciones]</translation>
    </message>
    <message>
        <source>outpost: unknown command “%1”.</source>
        <translation>outpost: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>outpost: unknown command “%1”. Did you mean `outpost %2`?</source>
        <translation>outpost: orden desconocida «%1». ¿Querías decir `outpost %2`?</translation>
    </message>
    <message>
        <source>Try `outpost --help`.</source>
        <translation>Prueba `outpost --help`.</translation>
    </message>
    <message>
        <source>outpost %1: %2
Usage: outpost %1 [options]
Try `outpost %1 --help`.</source>
        <translation>outpost %1: %2
Uso: outpost %1 [opciones]
Prueba `outpost %1 --help`.</translation>
    </message>
    <message>
        <source>Usage: outpost %1 [options]</source>
        <translation>Uso: outpost %1 [opciones]</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeController</name>
    <message>
        <source>Not sent: the outbox could not store it (%1).</source>
        <translation>No enviado: la bandeja de salida no pudo guardarlo (%1).</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeRequest</name>
    <message>
        <source>“%1” was left out: %2.</source>
        <translation>Se omitió «%1»: %2.</translation>
    </message>
    <message>
        <source>unknown command or argument “%1”.</source>
        <translation>orden o argumento desconocido «%1».</translation>
    </message>
    <message>
        <source>--%1 belongs to `outpost compose`.</source>
        <translation>--%1 pertenece a `outpost compose`.</translation>
    </message>
    <message>
        <source>--attach: “%1” is not a readable file.</source>
        <translation>--attach: «%1» no es un archivo legible.</translation>
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
        <translation>No hay ningún diccionario de Hunspell instalado.</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeTemplates</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insertar una plantilla</translation>
    </message>
    <message>
        <source>Insert a template (or type ;; and its name in the message)</source>
        <translation>Insertar una plantilla (o escribe ;; y su nombre en el mensaje)</translation>
    </message>
    <message>
        <source>Your Templates</source>
        <translation>Tus plantillas</translation>
    </message>
    <message>
        <source>The Team's Templates</source>
        <translation>Plantillas del equipo</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
</context>
<context>
    <name>Outpost::ComposeWindow</name>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Enviar el mensaje (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Your mailboxes could not be loaded: %1</source>
        <translation>No se pudieron cargar tus buzones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s) (attempt %2).</source>
        <translation>
            <numerusform>%1 Se reintentará dentro de %n segundo (intento %2).</numerusform>
            <numerusform>%1 Se reintentará dentro de %n segundos (intento %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is connected to this account yet.</source>
        <translation>Todavía no hay ningún buzón conectado a esta cuenta.</translation>
    </message>
    <message>
        <source>Not sent: fix what is marked.</source>
        <translation>No enviado: corrige lo que está marcado.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>No enviado. %1</translation>
    </message>
    <message>
        <source>Sent. Thread %1 — replies continue there.</source>
        <translation>Enviado. Hilo %1: las respuestas siguen ahí.</translation>
    </message>
    <message>
        <source>Thread: %1</source>
        <translation>Hilo: %1</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>The draft could not be saved (%1). Keep this window open: nothing is lost while it is.</source>
        <translation>No se pudo guardar el borrador (%1). Mantén esta ventana abierta: mientras lo esté, no se pierde nada.</translation>
    </message>
    <message>
        <source>T&amp;hread:</source>
        <translation>Hi&amp;lo:</translation>
    </message>
    <message>
        <source>Keep this message as a draft?</source>
        <translation>¿Guardar este mensaje como borrador?</translation>
    </message>
    <message>
        <source>A kept draft is in Drafts, to finish and send later.</source>
        <translation>Un borrador guardado está en Borradores, para terminarlo y enviarlo más tarde.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>¿Enviar este mensaje sin asunto?</translation>
    </message>
    <message>
        <source>Recipients will see “(no subject)”. A short subject helps them find it later.</source>
        <translation>Los destinatarios verán «(sin asunto)». Un asunto breve les ayuda a encontrarlo después.</translation>
    </message>
    <message>
        <source>Send &amp;Without Subject</source>
        <translation>Enviar &amp;sin asunto</translation>
    </message>
    <message>
        <source>&amp;Add a Subject</source>
        <translation>&amp;Añadir un asunto</translation>
    </message>
    <message>
        <source>The message mentions “%1”, but nothing is attached.</source>
        <translation>El mensaje menciona «%1», pero no hay nada adjunto.</translation>
    </message>
    <message>
        <source>Send it anyway?</source>
        <translation>¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
    <message>
        <source>A&amp;ttach a File…</source>
        <translation>Ad&amp;juntar un archivo…</translation>
    </message>
    <message>
        <source>&amp;Don't Send Yet</source>
        <translation>&amp;No enviar todavía</translation>
    </message>
    <message>
        <source>In the Outbox</source>
        <translation>En la bandeja de salida</translation>
    </message>
    <message>
        <source>Scheduled for %1. It waits in the Outbox; you can close this window.</source>
        <translation>Programado para %1. Espera en la bandeja de salida; puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>In the Outbox: it goes out as soon as it can. You can close this window.</source>
        <translation>En la bandeja de salida: saldrá en cuanto pueda. Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Mensajes de correo (*.eml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Type or paste addresses; a comma, semicolon or Enter ends each.</source>
        <translation>Escribe o pega direcciones; una coma, un punto y coma o Intro termina cada una.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Rich Text</source>
        <translation>Texto enriquecido</translation>
    </message>
    <message>
        <source>Sending as soon as your mailboxes are loaded…</source>
        <translation>Se enviará en cuanto se carguen tus buzones…</translation>
    </message>
    <message>
        <source>&amp;Attach File…</source>
        <translation>&amp;Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach files to the message (Ctrl+Shift+A)</source>
        <translation>Adjuntar archivos al mensaje (Ctrl+Mayús+A)</translation>
    </message>
    <message numerus="yes">
        <source>Sending as soon as %n attachment(s) finish uploading…</source>
        <translation>
            <numerusform>Se enviará en cuanto termine de subirse %n adjunto…</numerusform>
            <numerusform>Se enviará en cuanto terminen de subirse %n adjuntos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rich text offer</source>
        <translation>Oferta de texto enriquecido</translation>
    </message>
    <message>
        <source>Keep Plain Text</source>
        <translation>Mantener texto sin formato</translation>
    </message>
    <message>
        <source>%1 needs rich text. Press %2 again to switch to rich text and apply it.</source>
        <translation>%1 necesita texto enriquecido. Pulsa %2 otra vez para cambiar a texto enriquecido y aplicarlo.</translation>
    </message>
    <message>
        <source>S&amp;witch to Rich Text</source>
        <translation>Cambiar a te&amp;xto enriquecido</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>Puede que se haya enviado</translation>
    </message>
    <message>
        <source>It waits in the Outbox and is not sent again until Outpost knows it was not; the Outbox window can look again.</source>
        <translation>Espera en la bandeja de salida y no se vuelve a enviar hasta que Outpost sepa que no se envió; la ventana de la bandeja de salida puede volver a comprobarlo.</translation>
    </message>
    <message>
        <source>Check the conversation</source>
        <translation>Revisa la conversación</translation>
    </message>
    <message>
        <source>Check the conversation with the recipients (or your Sent mail) before sending it again.</source>
        <translation>Revisa la conversación con los destinatarios (o tus correos enviados) antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>May have been sent: check the conversation</source>
        <translation>Puede que se haya enviado: revisa la conversación</translation>
    </message>
    <message>
        <source>Sending as %1 · &lt;a href="%2"&gt;Change&lt;/a&gt;</source>
        <translation>Enviando como %1 · &lt;a href="%2"&gt;Cambiar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>You last wrote to these recipients from %1. Change sends this one from there too.</source>
        <translation>La última vez escribiste a estos destinatarios desde %1. «Cambiar» envía también este desde ahí.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are not valid addresses: fix them to send.</source>
        <translation>
            <numerusform>%n destinatario no es una dirección válida: corrígelo para enviar.</numerusform>
            <numerusform>%n destinatarios no son direcciones válidas: corrígelos para enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Volver a iniciar &amp;sesión…</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cco</translation>
    </message>
    <message>
        <source>Add Cc or Bcc recipients</source>
        <translation>Añadir destinatarios en Cc o Cco</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>&amp;Keep as Draft</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <source>Close Message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>No Subject</source>
        <translation>Sin asunto</translation>
    </message>
    <message>
        <source>No Attachment</source>
        <translation>Sin adjunto</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>Save As .eml</source>
        <translation>Guardar como .eml</translation>
    </message>
    <message>
        <source>Save As .&amp;eml…</source>
        <translation>&amp;Guardar como .eml…</translation>
    </message>
</context>
<context>
    <name>Outpost::ContactNotesJson</name>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>the list of users is missing from the answer</source>
        <translation>falta la lista de usuarios en la respuesta</translation>
    </message>
    <message>
        <source>the answer does not describe the note</source>
        <translation>la respuesta no describe la nota</translation>
    </message>
    <message>
        <source>the list of notes is missing from the answer</source>
        <translation>falta la lista de notas en la respuesta</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationDocument</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Only your team sees this note: it is never sent nor quoted.</source>
        <translation>Solo tu equipo ve esta nota: nunca se envía ni se cita.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Remote images in this message are hidden to protect your privacy.</source>
        <translation>Las imágenes remotas de este mensaje están ocultas para proteger tu privacidad.</translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation>Mostrar siempre las imágenes de %1</translation>
    </message>
    <message>
        <source>Sent just now; the server has not listed it yet.</source>
        <translation>Enviado ahora mismo; el servidor aún no lo lista.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Mostrar el texto citado</translation>
    </message>
    <message>
        <source>Remote image, hidden</source>
        <translation>Imagen remota, oculta</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Todavía no hay mensajes.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>en %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Internal note, %1</source>
        <translation>Nota interna, %1</translation>
    </message>
    <message>
        <source>Internal note by %1, %2</source>
        <translation>Nota interna de %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>author, day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You trust %1, but the mail provider reports that this message failed the sender check (%2): it may not be from %1, so its images stay hidden.</source>
        <translation>Confías en %1, pero el proveedor de correo informa de que este mensaje no superó la comprobación del remitente (%2): puede que no sea de %1, así que sus imágenes siguen ocultas.</translation>
    </message>
    <message>
        <source>The mail provider reports that this message failed the sender check (%2): it may not be from %1.</source>
        <translation>El proveedor de correo informa de que este mensaje no superó la comprobación del remitente (%2): puede que no sea de %1.</translation>
    </message>
    <message>
        <source>Show images in the message of %1</source>
        <translation>Mostrar las imágenes del mensaje de %1</translation>
    </message>
    <message>
        <source>Actions on the message of %1</source>
        <translation>Acciones sobre el mensaje de %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <source>Reply all to %1</source>
        <translation>Responder a todos al mensaje de %1</translation>
    </message>
    <message>
        <source>Forward the message of %1</source>
        <translation>Reenviar el mensaje de %1</translation>
    </message>
    <message>
        <source>Show Images</source>
        <translation>Mostrar imágenes</translation>
    </message>
    <message>
        <source>Reply All</source>
        <translation>Responder a todos</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n earlier message(s)…</source>
        <translation>
            <numerusform>Cargando %n mensaje anterior…</numerusform>
            <numerusform>Cargando %n mensajes anteriores…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationLoader</name>
    <message>
        <source>Not signed in to the instance this conversation is on.</source>
        <translation>No has iniciado sesión en la instancia de esta conversación.</translation>
    </message>
    <message>
        <source>The platform does not list this thread yet.</source>
        <translation>La plataforma todavía no lista este hilo.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationPreview</name>
    <message>
        <source>Repl&amp;y</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>Responder a &amp;todos</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>R&amp;eenviar</translation>
    </message>
    <message>
        <source>Reply to the latest message (%1)</source>
        <translation>Responder al último mensaje (%1)</translation>
    </message>
    <message>
        <source>Reply to everyone on the latest message (%1)</source>
        <translation>Responder a todos en el último mensaje (%1)</translation>
    </message>
    <message>
        <source>Forward the latest message (%1)</source>
        <translation>Reenviar el último mensaje (%1)</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationQuote</name>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>El %1, %2 escribió:</translation>
    </message>
    <message>
        <source>---------- Forwarded message ----------</source>
        <translation>---------- Mensaje reenviado ----------</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationRenderer</name>
    <message>
        <source>There is not enough memory to prepare these messages.</source>
        <translation>No hay memoria suficiente para preparar estos mensajes.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationViewLoader</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>No se encontró %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::ConversationWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the conversation from the server again (F5)</source>
        <translation>Volver a leer la conversación del servidor (F5)</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 — Conversation</source>
        <translation>%1 — Conversación</translation>
    </message>
    <message>
        <source>The conversation view is not installed, so messages cannot be shown here.
%1</source>
        <translation>La vista de conversaciones no está instalada, así que aquí no se pueden mostrar mensajes.
%1</translation>
    </message>
    <message>
        <source>Could not read the conversation: %1</source>
        <translation>No se pudo leer la conversación: %1</translation>
    </message>
    <message>
        <source>The conversation could not be shown, not even as plain text.</source>
        <translation>No se pudo mostrar la conversación, ni siquiera como texto sin formato.</translation>
    </message>
    <message>
        <source>The conversation could not be shown.</source>
        <translation>No se pudo mostrar la conversación.</translation>
    </message>
    <message>
        <source>Its plain-text version may still show.</source>
        <translation>Puede que su versión en texto sin formato sí se muestre.</translation>
    </message>
    <message>
        <source>Show as &amp;Plain Text</source>
        <translation>Mostrar como texto &amp;sin formato</translation>
    </message>
</context>
<context>
    <name>Outpost::DirectMailboxes</name>
    <message>
        <source>Direct sending is not available.</source>
        <translation>El envío directo no está disponible.</translation>
    </message>
    <message>
        <source>%1 was not connected: %2</source>
        <translation>%1 no se conectó: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, not %3: %2 was added. To send from %3, connect %3 again and choose %3 on %1's page.</source>
        <translation>Sesión iniciada en %1 como %2, no como %3: se añadió %2. Para enviar desde %3, vuelve a conectar %3 y elige %3 en la página de %1.</translation>
    </message>
</context>
<context>
    <name>Outpost::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>(no recipients)</source>
        <translation>(sin destinatarios)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Outpost::DraftsWindow</name>
    <message>
        <source>Discard “%1”? It cannot be brought back.</source>
        <translation>¿Descartar «%1»? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>It is open in a compose window: close it there and choose Discard</source>
        <translation>Está abierto en una ventana de redacción: ciérralo allí y elige Descartar</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Eliminar este borrador</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Borradores (%1)</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Descartar borrador</translation>
    </message>
</context>
<context>
    <name>Outpost::GmailApi</name>
    <message>
        <source>Gmail is limiting how fast mail is sent; Outpost will try again.</source>
        <translation>Gmail está limitando la velocidad de envío; Outpost lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail refused: %1</source>
        <translation>Gmail lo rechazó: %1</translation>
    </message>
    <message>
        <source>Gmail does not know this thread any more. %1</source>
        <translation>Gmail ya no conoce este hilo. %1</translation>
    </message>
    <message>
        <source>Gmail refused the sign-in: connect the mailbox again.</source>
        <translation>Gmail rechazó el inicio de sesión: vuelve a conectar el buzón.</translation>
    </message>
    <message>
        <source>Gmail refused the message as too large (at most %1).</source>
        <extracomment>%1 is Gmail's message limit, written as every size is ("35 MB").</extracomment>
        <translation>Gmail rechazó el mensaje por ser demasiado grande (%1 como máximo).</translation>
    </message>
</context>
<context>
    <name>Outpost::GmailSubmission</name>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>No se pudo preparar el mensaje: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>no usable upload session</source>
        <translation>no hay ninguna sesión de subida utilizable</translation>
    </message>
    <message>
        <source>The message is %1 with its attachments; Gmail accepts at most %2.</source>
        <translation>El mensaje ocupa %1 con sus adjuntos; Gmail acepta como máximo %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::GraphApi</name>
    <message>
        <source>Outlook refused the sign-in: connect the mailbox again.</source>
        <translation>Outlook rechazó el inicio de sesión: vuelve a conectar el buzón.</translation>
    </message>
    <message>
        <source>Outlook refused the request as too large. %1</source>
        <translation>Outlook rechazó la solicitud por ser demasiado grande. %1</translation>
    </message>
</context>
<context>
    <name>Outpost::GraphSubmission</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Outlook has no message in this conversation to reply to.</source>
        <translation>Outlook no tiene ningún mensaje en esta conversación al que responder.</translation>
    </message>
    <message>
        <source>no upload URL</source>
        <translation>no hay URL de subida</translation>
    </message>
</context>
<context>
    <name>Outpost::GuiLauncher</name>
    <message>
        <source>outpost: the sandbox could not start: %1</source>
        <translation>outpost: no se pudo iniciar la instancia de pruebas: %1</translation>
    </message>
    <message>
        <source>outpost: --instance: %1</source>
        <translation>outpost: --instance: %1</translation>
    </message>
    <message>
        <source>Sandbox at %1, signed in as %2; its Gmail and Outlook mailboxes for direct sending are in From too. Mail goes nowhere real.</source>
        <translation>Instancia de pruebas en %1, con sesión iniciada como %2; sus buzones de Gmail y Outlook para envío directo también están en De. Ningún correo sale de verdad.</translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation>outpost: %1</translation>
    </message>
    <message>
        <source>Try `outpost --help`.</source>
        <translation>Prueba `outpost --help`.</translation>
    </message>
    <message>
        <source>outpost: to connect the mailbox, open this address in a browser:
%1</source>
        <translation>outpost: para conectar el buzón, abre esta dirección en un navegador:
%1</translation>
    </message>
    <message>
        <source>If no browser opened, open this address in a browser to connect the mailbox. Outpost waits for it.</source>
        <translation>Si no se abrió ningún navegador, abre esta dirección en un navegador para conectar el buzón. Outpost la espera.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser to connect the mailbox. Outpost waits for it.</source>
        <translation>No se pudo abrir ningún navegador. Abre esta dirección en un navegador para conectar el buzón. Outpost la espera.</translation>
    </message>
    <message>
        <source>--instance: %1</source>
        <translation>--instance: %1</translation>
    </message>
    <message>
        <source>outpost: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without a display, `outpost send`, `outpost login` and `outpost sandbox` work; see `outpost --help`.</source>
        <translation>outpost: no hay ninguna pantalla donde abrir una ventana (no están definidos ni DISPLAY ni WAYLAND_DISPLAY).
Sin pantalla funcionan `outpost send`, `outpost login` y `outpost sandbox`; consulta `outpost --help`.</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>Open in a Browser</source>
        <translation>Abrir en un navegador</translation>
    </message>
</context>
<context>
    <name>Outpost::HttpClient</name>
    <message>
        <source>Outpost connects only over https, or over plain http to this computer</source>
        <translation>Outpost solo se conecta por https, o por http simple a este ordenador</translation>
    </message>
    <message>
        <source>Cannot reach %1: the server is not answering (%2).</source>
        <translation>No se puede conectar con %1: el servidor no responde (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: there is no network connection, or no server by that name (%2).</source>
        <translation>No se puede conectar con %1: no hay conexión de red o no existe ningún servidor con ese nombre (%2).</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceSession</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceSignIn</name>
    <message>
        <source>Enter the email address you sign in with.</source>
        <translation>Escribe la dirección de correo con la que inicias sesión.</translation>
    </message>
    <message>
        <source>“%1” is not an email address: %2.</source>
        <translation>«%1» no es una dirección de correo: %2.</translation>
    </message>
    <message>
        <source>Enter your password, or paste an API token instead.</source>
        <translation>Escribe tu contraseña o pega en su lugar un token de API.</translation>
    </message>
    <message>
        <source>The instance refused this token.</source>
        <translation>La instancia rechazó este token.</translation>
    </message>
    <message>
        <source>The instance refused this token: %1</source>
        <translation>La instancia rechazó este token: %1</translation>
    </message>
    <message>
        <source>The instance refused this email and password.</source>
        <translation>La instancia rechazó este correo y esta contraseña.</translation>
    </message>
</context>
<context>
    <name>Outpost::InstanceUrl</name>
    <message>
        <source>Enter the address of your instance.</source>
        <translation>Escribe la dirección de tu instancia.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: plain http is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>A %1 hay que acceder por https: http sin cifrar solo se permite para este equipo (127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>Usa una dirección https://.</translation>
    </message>
</context>
<context>
    <name>Outpost::LocalStore</name>
    <message>
        <source>The drafts file could not be written.</source>
        <translation>No se pudo escribir el archivo de borradores.</translation>
    </message>
    <message>
        <source>The drafts file is not open.</source>
        <translation>El archivo de borradores no está abierto.</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>Este mensaje ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>This message was already sent.</source>
        <translation>Este mensaje ya se envió.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Another Outpost (process %1) is using %2.</source>
        <translation>Otro Outpost (proceso %1) está usando %2.</translation>
    </message>
    <message>
        <source>Cannot lock %1 (check the folder's permissions).</source>
        <translation>No se puede bloquear %1 (revisa los permisos de la carpeta).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>The file is not a database Outpost can read.</source>
        <translation>El archivo no es una base de datos que Outpost pueda leer.</translation>
    </message>
    <message>
        <source>The file was written by a newer Outpost (schema %1; this one knows up to %2). Nothing was changed.</source>
        <translation>El archivo lo escribió un Outpost más reciente (esquema %1; este conoce hasta el %2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not start upgrading the file: %1</source>
        <translation>No se pudo empezar a actualizar el archivo: %1</translation>
    </message>
    <message>
        <source>Could not upgrade the file to schema %1: %2</source>
        <translation>No se pudo actualizar el archivo al esquema %1: %2</translation>
    </message>
    <message>
        <source>The drafts file was damaged and has been replaced. Recovered from it: %1 and %2.</source>
        <translation>El archivo de borradores estaba dañado y se ha sustituido. Recuperado: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n borrador</numerusform>
            <numerusform>%n borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n mensaje pendiente de envío</numerusform>
            <numerusform>%n mensajes pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n no se pudo leer.</numerusform>
            <numerusform>%n no se pudieron leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged copy is kept as %1.</source>
        <translation>La copia dañada se guarda como %1.</translation>
    </message>
    <message>
        <source>Cannot move the file %1 aside.</source>
        <translation>No se puede apartar el archivo %1.</translation>
    </message>
    <message>
        <source>The drafts file was written by a newer version of Outpost (schema %1), which this one cannot update safely. It is kept unchanged as %2; this Outpost goes on with a new file, into which it copied %3 and %4.</source>
        <translation>El archivo de borradores lo escribió una versión más reciente de Outpost (esquema %1), que esta no puede actualizar de forma segura. Se conserva sin cambios como %2; este Outpost sigue con un archivo nuevo, al que ha copiado %3 y %4.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>A template named “%1” already exists.</source>
        <translation>Ya existe una plantilla llamada «%1».</translation>
    </message>
</context>
<context>
    <name>Outpost::LoginCommand</name>
    <message>
        <source>outpost %1: %2</source>
        <translation>outpost %1: %2</translation>
    </message>
    <message>
        <source>Sign in to a platform instance and keep the sign-in in the desktop keychain (Secret Service), for the compose window and `outpost send`.
The password is asked for without echo on a terminal, or read from the first line of standard input otherwise. It is never stored.
Exit codes: 0 signed in, 64 usage, 69 instance or keychain unavailable, 77 refused.</source>
        <translation>Inicia sesión en una instancia de la plataforma y guarda la sesión en el llavero del escritorio (Secret Service), para la ventana de redacción y `outpost send`.
La contraseña se pide sin eco en un terminal o, si no, se lee de la primera línea de la entrada estándar. Nunca se guarda.
Códigos de salida: 0 sesión iniciada, 64 uso, 69 instancia o llavero no disponible, 77 rechazado.</translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation>La instancia (https; http solo para 127.0.0.1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The email address you sign in with.</source>
        <translation>La dirección de correo con la que inicias sesión.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Read a personal API token instead of a password.</source>
        <translation>Leer un token de API personal en lugar de una contraseña.</translation>
    </message>
    <message>
        <source>outpost login: --instance and --email are required.
Try `outpost login --help`.</source>
        <translation>outpost login: --instance y --email son obligatorios.
Prueba `outpost login --help`.</translation>
    </message>
    <message>
        <source>outpost login: --instance: %1</source>
        <translation>outpost login: --instance: %1</translation>
    </message>
    <message>
        <source>API token for %1: </source>
        <translation>Token de API para %1: </translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Contraseña para %1 en %2: </translation>
    </message>
    <message>
        <source>outpost login: %1</source>
        <translation>outpost login: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Sign out of a platform instance: deletes its sign-in from the keychain and forgets the instance.
Exit codes: 0 signed out, 64 usage, 69 keychain unavailable.</source>
        <translation>Cierra la sesión en una instancia de la plataforma: elimina su inicio de sesión del llavero y olvida la instancia.
Códigos de salida: 0 sesión cerrada, 64 uso, 69 llavero no disponible.</translation>
    </message>
    <message>
        <source>The instance to sign out of.</source>
        <translation>La instancia en la que cerrar la sesión.</translation>
    </message>
    <message>
        <source>Only this user (default: every user of the instance).</source>
        <translation>Solo este usuario (predeterminado: todos los usuarios de la instancia).</translation>
    </message>
    <message>
        <source>outpost logout: --instance is required.
Try `outpost logout --help`.</source>
        <translation>outpost logout: --instance es obligatorio.
Prueba `outpost logout --help`.</translation>
    </message>
    <message>
        <source>outpost logout: --instance: %1</source>
        <translation>outpost logout: --instance: %1</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>No hay sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Sesión cerrada en %1 (%2).</translation>
    </message>
    <message>
        <source>outpost login: signed in to %1 as %2, but the sign-in cannot be kept: %3</source>
        <translation>outpost login: sesión iniciada en %1 como %2, pero no se puede guardar: %3</translation>
    </message>
</context>
<context>
    <name>Outpost::LoopbackReceiver</name>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Nothing here. Return to Outpost.</source>
        <translation>Aquí no hay nada. Vuelve a Outpost.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Outpost stopped waiting for this sign-in.</source>
        <translation>Outpost dejó de esperar este inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Outpost::MailStatusLinks</name>
    <message>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent</source>
        <translation>No hay nada pendiente de envío</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the way: open the Outbox</source>
        <translation>
            <numerusform>%n mensaje en camino: abrir la bandeja de salida</numerusform>
            <numerusform>%n mensajes en camino: abrir la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Open the list of mail sent recently (Ctrl+Shift+E)</source>
        <translation>Abrir la lista del correo enviado recientemente (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Open the drafts kept on this computer (Ctrl+Shift+D)</source>
        <translation>Abrir los borradores guardados en este equipo (Ctrl+Mayús+D)</translation>
    </message>
</context>
<context>
    <name>Outpost::MailWindows</name>
    <message>
        <source>Reopened: Outpost stopped before this message was sent or closed. Nothing you typed more than two seconds before was lost.</source>
        <translation>Reabierto: Outpost se detuvo antes de que este mensaje se enviara o cerrara. No se perdió nada de lo que escribiste más de dos segundos antes.</translation>
    </message>
    <message>
        <source>Reopened: this message was still open when Outpost closed. It is as you left it.</source>
        <translation>Reabierto: este mensaje seguía abierto cuando Outpost se cerró. Está tal como lo dejaste.</translation>
    </message>
    <message>
        <source>Taken out of the Outbox. The last attempt failed: %1</source>
        <translation>Se sacó de la bandeja de salida. El último intento falló: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (previsto %2)</translation>
    </message>
    <message>
        <source>Send it now, or review it in the Outbox?</source>
        <translation>¿Enviarlo ahora o revisarlo en la bandeja de salida?</translation>
    </message>
    <message>
        <source>Send them now, or review them in the Outbox?</source>
        <translation>¿Enviarlos ahora o revisarlos en la bandeja de salida?</translation>
    </message>
    <message>
        <source>&amp;Review in Outbox</source>
        <translation>&amp;Revisar en la bandeja de salida</translation>
    </message>
    <message>
        <source>It is scheduled for %1: it goes out then if Outpost is open; if not, Outpost asks you about it when you next start it.</source>
        <translation>Está programado para %1: sale entonces si Outpost está abierto; si no, Outpost te preguntará por él la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <source>Mail scheduled for later goes out at its time while Outpost is open (the first: %1); mail whose time comes while Outpost is closed is asked about when you next start it.</source>
        <translation>El correo programado sale a su hora mientras Outpost está abierto (el primero: %1); por el correo cuya hora llega con Outpost cerrado, Outpost te preguntará la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <source>Mail that was not sent, or may have been, waits in the Outbox until you decide about it.</source>
        <translation>El correo que no se envió, o quizá sí, espera en la bandeja de salida hasta que decidas qué hacer con él.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Drafts cannot be saved to disk (%1). Keep your windows open until your mail is sent: nothing will be there after Outpost closes.</source>
        <translation>Los borradores no se pueden guardar en el disco (%1). Mantén tus ventanas abiertas hasta que se envíe tu correo: no quedará nada cuando Outpost se cierre.</translation>
    </message>
    <message>
        <source>Quit Outpost; open messages are kept and reopened next time</source>
        <translation>Salir de Outpost; los mensajes abiertos se conservan y se vuelven a abrir la próxima vez</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fell due while Outpost was closed:</source>
        <translation>
            <numerusform>Un mensaje venció mientras Outpost estaba cerrado:</numerusform>
            <numerusform>%n mensajes vencieron mientras Outpost estaba cerrado:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still in the Outbox.</source>
        <translation>
            <numerusform>%n mensaje sigue en la bandeja de salida.</numerusform>
            <numerusform>%n mensajes siguen en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>This message went straight through %1: its conversation is read there, in your mail.</source>
        <translation>Este mensaje salió directamente por %1: su conversación se lee allí, en tu correo.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Messages kept to finish later</source>
        <translation>Mensajes guardados para terminarlos más tarde</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Mail on its way, scheduled or not sent</source>
        <translation>Correo en camino, programado o sin enviar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>What went out recently, and its conversations</source>
        <translation>Lo que salió recientemente y sus conversaciones</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Keep Outpost Open</source>
        <translation>&amp;Mantener Outpost abierto</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Your templates: create, edit and delete them</source>
        <translation>Tus plantillas: créalas, edítalas y elimínalas</translation>
    </message>
    <message>
        <source>Scheduled Mail</source>
        <translation>Correo programado</translation>
    </message>
    <message>
        <source>Mail Still in the Outbox</source>
        <translation>Correo todavía en la bandeja de salida</translation>
    </message>
    <message>
        <source>Manage Templates…</source>
        <translation>Gestionar plantillas…</translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxConnector</name>
    <message numerus="yes">
        <source>No new %1 mailbox appeared within %n minute(s). If you finished in the browser, try again; if the browser did not open, check that a default browser is set.</source>
        <translation>
            <numerusform>No apareció ningún buzón nuevo de %1 en %n minuto. Si terminaste en el navegador, vuelve a intentarlo; si el navegador no se abrió, comprueba que haya un navegador predeterminado.</numerusform>
            <numerusform>No apareció ningún buzón nuevo de %1 en %n minutos. Si terminaste en el navegador, vuelve a intentarlo; si el navegador no se abrió, comprueba que haya un navegador predeterminado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::MailboxListModel</name>
    <message>
        <source>%1 · direct</source>
        <translation>%1 · directo</translation>
    </message>
</context>
<context>
    <name>Outpost::MentionEdit</name>
    <message>
        <source>Colleagues to mention</source>
        <translation>Compañeros a mencionar</translation>
    </message>
</context>
<context>
    <name>Outpost::MergeFields</name>
    <message>
        <source>there is no recipient yet; add one in To first.</source>
        <translation>aún no hay destinatario; añade uno en Para primero.</translation>
    </message>
    <message>
        <source>the contact %1 could not be looked up: %2</source>
        <translation>no se pudo buscar el contacto %1: %2</translation>
    </message>
    <message>
        <source>no contact on the instance has the address %1.</source>
        <translation>ningún contacto de la instancia tiene la dirección %1.</translation>
    </message>
    <message>
        <source>the contact %1 has no first name.</source>
        <translation>el contacto %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>the contact %1 has no last name.</source>
        <translation>el contacto %1 no tiene apellido.</translation>
    </message>
    <message>
        <source>no mailbox to send from is chosen yet.</source>
        <translation>aún no se ha elegido un buzón desde el que enviar.</translation>
    </message>
    <message>
        <source>the mailbox %1 has no name.</source>
        <translation>el buzón %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Outpost does not know your address (sign in to an instance).</source>
        <translation>Outpost no conoce tu dirección (inicia sesión en una instancia).</translation>
    </message>
    <message>
        <source>Outpost does not know your name.</source>
        <translation>Outpost no conoce tu nombre.</translation>
    </message>
    <message>
        <source>Outpost knows no field of that name (it knows %1).</source>
        <translation>Outpost no conoce ningún campo con ese nombre (conoce %1).</translation>
    </message>
</context>
<context>
    <name>Outpost::MimeMessage</name>
    <message>
        <source>%1 contains a line break, which is not allowed in a mail header.</source>
        <translation>%1 contiene un salto de línea, que no se permite en una cabecera de correo.</translation>
    </message>
    <message>
        <source>The name “%1”</source>
        <translation>El nombre «%1»</translation>
    </message>
    <message>
        <source>The address “%1”</source>
        <translation>La dirección «%1»</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>El remitente</translation>
    </message>
    <message>
        <source>The sender's name</source>
        <translation>El nombre del remitente</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
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
        <translation>El Message-ID</translation>
    </message>
    <message>
        <source>The sender is not an address.</source>
        <translation>El remitente no es una dirección.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Añade al menos un destinatario.</translation>
    </message>
    <message>
        <source>The file name “%1”</source>
        <translation>El nombre de archivo «%1»</translation>
    </message>
    <message>
        <source>A content type</source>
        <translation>Un tipo de contenido</translation>
    </message>
    <message>
        <source>“%1” is stored on the platform only and cannot be sent directly.</source>
        <translation>«%1» solo está guardado en la plataforma y no se puede enviar directamente.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2 does not exist or is not readable.</source>
        <translation>No se puede leer «%1»: %2 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>falló la escritura de %1</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthFlow</name>
    <message>
        <source>Nothing came back from the browser in time. Start again to connect %1.</source>
        <translation>El navegador no devolvió nada a tiempo. Vuelve a empezar para conectar %1.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the browser on 127.0.0.1: %1</source>
        <translation>Outpost no pudo esperar al navegador en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Outpost was not given access. You can close this window.</source>
        <translation>Outpost no recibió acceso. Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this window and return to Outpost.</source>
        <translation>Puedes cerrar esta ventana y volver a Outpost.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch), so it was ignored. Start again to connect %1.</source>
        <translation>El navegador volvió con una respuesta que no pertenece a este inicio de sesión (el state no coincide), así que se ignoró. Vuelve a empezar para conectar %1.</translation>
    </message>
    <message>
        <source>%1 did not give Outpost access (access denied). Nothing was connected.</source>
        <translation>%1 no dio acceso a Outpost (acceso denegado). No se conectó nada.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>%1 came back without a code. Start again.</source>
        <translation>%1 volvió sin código. Vuelve a empezar.</translation>
    </message>
    <message>
        <source>Outpost is not waiting for this sign-in any more. Return to Outpost and start again.</source>
        <translation>Outpost ya no espera este inicio de sesión. Vuelve a Outpost y empieza de nuevo.</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthProfile</name>
    <message>
        <source>No %1 client id is configured: set OUTPOST_%2_CLIENT_ID or oauth/%3/clientId in the settings.</source>
        <translation>No hay ningún ID de cliente de %1 configurado: define OUTPOST_%2_CLIENT_ID u oauth/%3/clientId en la configuración.</translation>
    </message>
    <message>
        <source>The %1 endpoint “%2” must be an https:// address.</source>
        <translation>El punto de conexión de %1 «%2» debe ser una dirección https://.</translation>
    </message>
    <message>
        <source>No %1 client secret is configured: %1's desktop clients need it even with PKCE. Set oauth/%2/clientSecret in Outpost's settings file (next to the client id of Settings → Direct sending) or OUTPOST_%3_CLIENT_SECRET.</source>
        <translation>No hay ningún secreto de cliente de %1 configurado: los clientes de escritorio de %1 lo necesitan incluso con PKCE. Define oauth/%2/clientSecret en el archivo de preferencias de Outpost (junto al ID de cliente de Preferencias → Envío directo) o OUTPOST_%3_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>Outpost::OAuthTokenClient</name>
    <message>
        <source>%1 no longer accepts this sign-in (it expired, was already used or was revoked). Connect the mailbox again.</source>
        <translation>%1 ya no acepta este inicio de sesión (caducó, ya se usó o se revocó). Vuelve a conectar el buzón.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2).</source>
        <translation>%1 rechazó el inicio de sesión (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>%1 answered without an access token.</source>
        <translation>%1 respondió sin token de acceso.</translation>
    </message>
    <message>
        <source>%1 granted access for this hour only (no refresh token), so Outpost would have to ask again soon. Remove Outpost from your %1 account's connected apps and connect again.</source>
        <translation>%1 concedió acceso solo durante esta hora (sin token de actualización), así que Outpost tendría que volver a pedirlo pronto. Quita Outpost de las aplicaciones conectadas de tu cuenta de %1 y vuelve a conectarlo.</translation>
    </message>
    <message>
        <source>%1 could not be told to forget Outpost's access (%2); remove it from your account's connected apps.</source>
        <translation>No se pudo pedir a %1 que olvide el acceso de Outpost (%2); quítalo de las aplicaciones conectadas de tu cuenta.</translation>
    </message>
    <message>
        <source>%1 no longer grants what Outpost asked for (invalid scope). Connect the mailbox again.</source>
        <translation>%1 ya no concede lo que Outpost pidió (ámbito no válido). Vuelve a conectar el buzón.</translation>
    </message>
    <message>
        <source>%1 answered without saying what kind of token it issued, so Outpost cannot use it (it needs a Bearer token).</source>
        <translation>%1 respondió sin decir qué tipo de token emitió, así que Outpost no puede usarlo (necesita un token Bearer).</translation>
    </message>
    <message>
        <source>%1 issued a token of type “%2”, which Outpost cannot use (it needs a Bearer token).</source>
        <translation>%1 emitió un token de tipo «%2», que Outpost no puede usar (necesita un token Bearer).</translation>
    </message>
</context>
<context>
    <name>Outpost::Outbox</name>
    <message>
        <source>May have been sent: %1 Check the conversation before sending it again.</source>
        <translation>Puede que se haya enviado: %1 Revisa la conversación antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>May have been sent: %1 Outpost could not find out whether it arrived (%2). Check the conversation before sending it again.</source>
        <translation>Puede que se haya enviado: %1 Outpost no pudo averiguar si llegó (%2). Revisa la conversación antes de volver a enviarlo.</translation>
    </message>
</context>
<context>
    <name>Outpost::OutboxModel</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Held for Undo until %1</source>
        <translation>Retenido para deshacer hasta %1</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programado para %1</translation>
    </message>
    <message>
        <source>Was due at %1 while Outpost was closed: send it or edit it</source>
        <extracomment>%1 is a time ("14:05") today, else a date and time ("12 May, 14:05").</extracomment>
        <translation>Venció (%1) mientras Outpost estaba cerrado: envíalo o edítalo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Trying again at %1 (attempt %2): %3</source>
        <translation>Reintento a las %1 (intento %2): %3</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Waiting for the network: %1</source>
        <translation>Esperando a la red: %1</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Esperando a la red</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>No enviado: cancelado.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>the server kept failing (HTTP %1)</source>
        <translation>el servidor falló repetidamente (HTTP %1)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>no se pudo contactar con el servidor</translation>
    </message>
    <message>
        <source>Stopped after %1 attempts: %2.</source>
        <translation>Se detuvo tras %1 intentos: %2.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checking whether it was sent: the server's answer was lost</source>
        <translation>Comprobando si se envió: la respuesta del servidor se perdió</translation>
    </message>
    <message>
        <source>May have been sent: check the conversation before sending it again.</source>
        <translation>Puede que se haya enviado: revisa la conversación antes de volver a enviarlo.</translation>
    </message>
</context>
<context>
    <name>Outpost::OutboxWindow</name>
    <message>
        <source>Delete “%1”? It will not be sent, and it cannot be brought back.</source>
        <translation>¿Eliminar «%1»? No se enviará y no se podrá recuperar.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
    <message>
        <source>“%1” may have been sent already: check the conversation first. Edited and sent again, it may arrive twice.</source>
        <translation>Puede que «%1» ya se haya enviado: revisa primero la conversación. Si lo editas y lo vuelves a enviar, puede llegar dos veces.</translation>
    </message>
    <message>
        <source>Looks for it on the server again; it goes again only if it is certainly not there.</source>
        <translation>Lo vuelve a buscar en el servidor; solo se envía de nuevo si seguro que no está allí.</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>E&amp;ditar de todos modos</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Volver a &amp;comprobar</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Edit Message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Eliminar mensaje</translation>
    </message>
</context>
<context>
    <name>Outpost::PeopleText</name>
    <message numerus="yes">
        <source>%n others</source>
        <comment>always 2 or more</comment>
        <extracomment>The end of a list of people: "Jamie Lee, Robin Hale and 2 others" (n is 2 or more).</extracomment>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformClient</name>
    <message>
        <source>%1 is not a mailbox connected to your account on this instance.</source>
        <translation>%1 no es un buzón conectado a tu cuenta en esta instancia.</translation>
    </message>
</context>
<context>
    <name>Outpost::PlatformJson</name>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>the send answer is not JSON</source>
        <translation>la respuesta al envío no es JSON</translation>
    </message>
    <message>
        <source>the send answer has no conversationId</source>
        <translation>la respuesta al envío no tiene conversationId</translation>
    </message>
    <message>
        <source>the mailbox list is not JSON</source>
        <translation>la lista de buzones no es JSON</translation>
    </message>
    <message>
        <source>the sign-in answer has no token</source>
        <translation>la respuesta del inicio de sesión no tiene token</translation>
    </message>
    <message>
        <source>the upload answer is not JSON</source>
        <translation>la respuesta a la subida no es JSON</translation>
    </message>
    <message>
        <source>the upload answer has a file without a key</source>
        <translation>la respuesta a la subida tiene un archivo sin clave</translation>
    </message>
    <message>
        <source>the mailbox connection answer has no usable https authUrl</source>
        <translation>la respuesta de conexión del buzón no tiene ninguna authUrl https utilizable</translation>
    </message>
    <message>
        <source>the contact list is not JSON</source>
        <translation>la lista de contactos no es JSON</translation>
    </message>
    <message>
        <source>the conversation list is not JSON</source>
        <translation>la lista de conversaciones no es JSON</translation>
    </message>
    <message>
        <source>the conversation answer has no _id</source>
        <translation>la respuesta de la conversación no tiene _id</translation>
    </message>
    <message>
        <source>the message list is not JSON</source>
        <translation>la lista de mensajes no es JSON</translation>
    </message>
    <message>
        <source>the sync status answer is not a JSON object</source>
        <translation>la respuesta del estado de sincronización no es un objeto JSON</translation>
    </message>
    <message>
        <source>the search answer has no list of results</source>
        <translation>la respuesta de la búsqueda no tiene lista de resultados</translation>
    </message>
    <message>
        <source>the template list holds no list</source>
        <translation>la lista de plantillas no contiene una lista</translation>
    </message>
    <message>
        <source>the template list is not JSON</source>
        <translation>la lista de plantillas no es JSON</translation>
    </message>
    <message>
        <source>the saved template's answer is not JSON</source>
        <translation>la respuesta de la plantilla guardada no es JSON</translation>
    </message>
    <message>
        <source>the saved template's answer has no id</source>
        <translation>la respuesta de la plantilla guardada no tiene id</translation>
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
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Outpost::ProviderSignIn</name>
    <message>
        <source>%1 is not connected for direct sending. Connect it first.</source>
        <translation>%1 no está conectado para el envío directo. Conéctalo primero.</translation>
    </message>
    <message>
        <source>%1 no longer grants Outpost what it needs to send from %2 (invalid scope). Connect %2 again.</source>
        <translation>%1 ya no concede a Outpost lo que necesita para enviar desde %2 (ámbito no válido). Vuelve a conectar %2.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Outpost's sign-in for %2 (it expired or was revoked). Connect %2 again.</source>
        <translation>%1 ya no acepta el inicio de sesión de Outpost para %2 (caducó o se revocó). Vuelve a conectar %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::RecipientChip</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation>«%1» no es una dirección válida: %2.</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinatario %1</translation>
    </message>
    <message>
        <source>Invalid recipient %1</source>
        <translation>Destinatario no válido %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Removes this recipient (Delete)</source>
        <translation>Quita este destinatario (Supr)</translation>
    </message>
    <message>
        <source>Puts this recipient back in the entry to edit it (F2)</source>
        <translation>Devuelve este destinatario al campo de entrada para editarlo (F2)</translation>
    </message>
</context>
<context>
    <name>Outpost::RecipientEdit</name>
    <message>
        <source>Address suggestions</source>
        <translation>Sugerencias de direcciones</translation>
    </message>
</context>
<context>
    <name>Outpost::RoutingSubmission</name>
    <message>
        <source>%1 is not a mailbox of any instance you are signed in to.</source>
        <translation>%1 no es un buzón de ninguna instancia en la que hayas iniciado sesión.</translation>
    </message>
    <message>
        <source>%1 is no longer a mailbox Outpost sends through directly. Add it again in Accounts, or send from another mailbox.</source>
        <translation>%1 ya no es un buzón por el que Outpost envía directamente. Vuelve a añadirlo en «Cuentas y buzones» o envía desde otro buzón.</translation>
    </message>
    <message>
        <source>Signed out of %1 as %2 since this message was queued: sign in again to send it.</source>
        <translation>Cerraste la sesión de %1 como %2 desde que este mensaje se puso en cola: vuelve a iniciar sesión para enviarlo.</translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxCommand</name>
    <message>
        <source>Run the sandbox: a stand-in platform instance on 127.0.0.1 with demo data, for trying Outpost and for tests. Runs until interrupted.</source>
        <translation>Ejecuta la instancia de pruebas: una instancia de la plataforma sustituta en 127.0.0.1 con datos de demostración, para probar Outpost y para las pruebas. Funciona hasta que se interrumpe.</translation>
    </message>
    <message>
        <source>Listen on port N (default: any free port).</source>
        <translation>Escuchar en el puerto N (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the state in DIR (default: a fresh temporary directory).</source>
        <translation>Guardar el estado en DIR (predeterminado: un directorio temporal nuevo).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Enable the /_sandbox/ fault-injection endpoints.</source>
        <translation>Activar los puntos de conexión de inyección de fallos /_sandbox/.</translation>
    </message>
    <message>
        <source>Print one JSON line {url, email, password, token} once connections are accepted.</source>
        <translation>Imprimir una línea JSON {url, email, password, token} en cuanto se acepten conexiones.</translation>
    </message>
    <message>
        <source>outpost sandbox: --port must be a number from 0 to 65535.</source>
        <translation>outpost sandbox: --port debe ser un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>outpost sandbox: %1</source>
        <translation>outpost sandbox: %1</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
  data:     %2
  user:     %3
  password: %4
  token:    %5
Try: OUTPOST_TOKEN=%5 outpost --instance %1</source>
        <translation>Instancia de pruebas escuchando en %1
  datos:      %2
  usuario:    %3
  contraseña: %4
  token:      %5
Prueba: OUTPOST_TOKEN=%5 outpost --instance %1</translation>
    </message>
    <message>
        <source>Accept uploaded files of up to N MB each (default: 50, as the platform).</source>
        <translation>Aceptar archivos subidos de hasta N MB cada uno (predeterminado: 50, como la plataforma).</translation>
    </message>
    <message>
        <source>outpost sandbox: --max-upload-mb must be a number from 1 to %1.</source>
        <translation>outpost sandbox: --max-upload-mb debe ser un número de 1 a %1.</translation>
    </message>
    <message>
        <source>Play a platform that ignores Idempotency-Key: a repeated send is stored again (with --faults, POST /_sandbox/faults {"ignoreIdempotencyKey": false} switches it back).</source>
        <translation>Simular una plataforma que ignora Idempotency-Key: un envío repetido se guarda otra vez (con --faults, POST /_sandbox/faults {"ignoreIdempotencyKey": false} lo desactiva).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Play an instance of an earlier platform version: legacy-accountid (its send endpoint names the mailbox by accountId instead of from), or minimal (no message search, no mailbox sync or disconnect). Default: current.</source>
        <translation>Hacer de instancia de una versión anterior de la plataforma: legacy-accountid (su punto de envío nombra el buzón accountId en lugar de from) o minimal (sin búsqueda de mensajes ni sincronización o desconexión de buzones). Por defecto: current.</translation>
    </message>
    <message>
        <source>outpost sandbox: --instance-profile must be current, legacy-accountid or minimal, not “%1”.</source>
        <translation>outpost sandbox: --instance-profile debe ser current, legacy-accountid o minimal, no «%1».</translation>
    </message>
</context>
<context>
    <name>Outpost::SandboxModule</name>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>No se encontró %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::SendCommand</name>
    <message>
        <source>outpost send: %1</source>
        <translation>outpost send: %1</translation>
    </message>
    <message>
        <source>outpost send: %1: %2</source>
        <translation>outpost send: %1: %2</translation>
    </message>
    <message>
        <source>The instance (https; http only for 127.0.0.1).</source>
        <translation>La instancia (https; http solo para 127.0.0.1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sending mailbox.</source>
        <translation>El buzón que envía.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>A recipient, bare or "Name" &lt;address&gt; (repeatable).</source>
        <translation>Un destinatario, solo la dirección o "Nombre" &lt;dirección&gt; (se puede repetir).</translation>
    </message>
    <message>
        <source>A Cc recipient (repeatable).</source>
        <translation>Un destinatario en Cc (se puede repetir).</translation>
    </message>
    <message>
        <source>A Bcc recipient (repeatable).</source>
        <translation>Un destinatario en Cco (se puede repetir).</translation>
    </message>
    <message>
        <source>The subject (omitted: the thread's, or "(no subject)").</source>
        <translation>El asunto (si se omite: el del hilo, o "(sin asunto)").</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>El texto del mensaje.</translation>
    </message>
    <message>
        <source>Read the message text from FILE (- for stdin).</source>
        <translation>Leer el texto del mensaje de ARCHIVO (- para stdin).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The body is HTML.</source>
        <translation>El cuerpo es HTML.</translation>
    </message>
    <message>
        <source>Reply into this thread (a threadId).</source>
        <translation>Responder en este hilo (un threadId).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The Message-ID replied to, with &lt;&gt;.</source>
        <translation>El Message-ID al que se responde, con &lt;&gt;.</translation>
    </message>
    <message>
        <source>The References chain (space-separated).</source>
        <translation>La cadena References (separada por espacios).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>gmail or outlook, when the address is connected under both.</source>
        <translation>gmail u outlook, cuando la dirección está conectada a través de ambos.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>outpost send: unexpected argument “%1”.
Try `outpost send --help`.</source>
        <translation>outpost send: argumento inesperado «%1».
Prueba `outpost send --help`.</translation>
    </message>
    <message>
        <source>outpost send: missing %1.
Try `outpost send --help`.</source>
        <translation>outpost send: falta %1.
Prueba `outpost send --help`.</translation>
    </message>
    <message>
        <source>outpost send: --instance: %1</source>
        <translation>outpost send: --instance: %1</translation>
    </message>
    <message>
        <source>outpost send: --provider must be gmail or outlook.</source>
        <translation>outpost send: --provider debe ser gmail u outlook.</translation>
    </message>
    <message>
        <source>outpost send: cannot read %1: %2</source>
        <translation>outpost send: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>outpost send: %1 Retrying in %2 ms (attempt %3).</source>
        <translation>outpost send: %1 Se reintentará dentro de %2 ms (intento %3).</translation>
    </message>
    <message>
        <source>outpost send: cannot write %1: %2</source>
        <translation>outpost send: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>outpost send: --via must be gmail or outlook.</source>
        <translation>outpost send: --via debe ser gmail u outlook.</translation>
    </message>
    <message>
        <source>outpost send: --api-url: %1</source>
        <translation>outpost send: --api-url: %1</translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_PROVIDER_TOKEN to an access token of %1.</source>
        <translation>outpost send: no hay token: define OUTPOST_PROVIDER_TOKEN con un token de acceso de %1.</translation>
    </message>
    <message>
        <source>outpost send: --eml with --via outlook: Graph builds the message itself; use --dry-run to write the .eml.</source>
        <translation>outpost send: --eml con --via outlook: Graph construye el mensaje por sí mismo; usa --dry-run para escribir el .eml.</translation>
    </message>
    <message>
        <source>With --via: the provider API's address (default: Google's or Microsoft's).</source>
        <translation>Con --via: la dirección de la API del proveedor (predeterminada: la de Google o la de Microsoft).</translation>
    </message>
    <message>
        <source>Also write the message, exactly as it is sent directly, to FILE (.eml).</source>
        <translation>Escribir también el mensaje, exactamente tal como se envía directamente, en ARCHIVO (.eml).</translation>
    </message>
    <message>
        <source>Send nothing: with --eml, only write the file.</source>
        <translation>No enviar nada: con --eml, solo escribir el archivo.</translation>
    </message>
    <message>
        <source>outpost send: --eml needs --via or --dry-run: the platform writes its own message.</source>
        <translation>outpost send: --eml necesita --via o --dry-run: la plataforma escribe su propio mensaje.</translation>
    </message>
    <message>
        <source>outpost send: no token: set OUTPOST_TOKEN to an access token of %1, or sign in with `outpost login --instance %2 --email ADDRESS`.</source>
        <translation>outpost send: no hay token: define OUTPOST_TOKEN con un token de acceso de %1 o inicia sesión con `outpost login --instance %2 --email DIRECCIÓN`.</translation>
    </message>
    <message>
        <source>outpost send: --attach: %1</source>
        <translation>outpost send: --attach: %1</translation>
    </message>
    <message>
        <source>Attach FILE (repeat for several): uploaded to the instance, then sent; with --via or --dry-run, put in the message itself.</source>
        <translation>Adjunta ARCHIVO (repítelo para varios): se sube a la instancia y luego se envía; con --via o --dry-run, va dentro del propio mensaje.</translation>
    </message>
    <message>
        <source>Send one message through a platform instance, without a window.
Prints the receipt as one JSON line on success. The token comes from $OUTPOST_TOKEN.
Exit codes: 0 sent, 64 usage, 65 refused as written, 69 network or server failure (not sent), 75 may have been sent (the answer was lost and Outpost could not find out whether the server stored it: look in the conversation before sending again), 77 no token or token refused.
Without $OUTPOST_TOKEN, the sign-in kept by `outpost login` is used.</source>
        <translation>Envía un mensaje a través de una instancia de la plataforma, sin ventana.
Si todo va bien, imprime el acuse en una línea JSON. El token se toma de $OUTPOST_TOKEN.
Códigos de salida: 0 enviado, 64 uso, 65 rechazado tal como está escrito, 69 fallo de red o del servidor (no enviado), 75 puede que se haya enviado (la respuesta se perdió y Outpost no pudo averiguar si el servidor lo guardó: revisa la conversación antes de volver a enviarlo), 77 sin token o token rechazado.
Sin $OUTPOST_TOKEN se usa la sesión guardada por `outpost login`.</translation>
    </message>
    <message>
        <source>outpost send: %1 Looking whether it arrived in %2 ms.</source>
        <translation>outpost send: %1 Se comprobará si llegó dentro de %2 ms.</translation>
    </message>
    <message numerus="yes">
        <source>outpost send: waiting for %n attachment(s) to upload…</source>
        <translation>
            <numerusform>outpost send: esperando a que se suba un adjunto…</numerusform>
            <numerusform>outpost send: esperando a que se suban %n adjuntos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Send straight through gmail or outlook (Gmail API, Microsoft Graph) instead of the platform; the provider's access token comes from $OUTPOST_PROVIDER_TOKEN. The account the token belongs to is asked of the provider first: a --from it cannot send as (Gmail: not the account nor a verified send-as alias) is refused (exit 65).</source>
        <translation>Enviar directamente por gmail u outlook (API de Gmail, Microsoft Graph) en lugar de la plataforma; el token de acceso del proveedor se toma de $OUTPOST_PROVIDER_TOKEN. Primero se pregunta al proveedor a qué cuenta pertenece el token: se rechaza un --from como el que no puede enviar (Gmail: ni la cuenta ni un alias de envío verificado) (código de salida 65).</translation>
    </message>
    <message>
        <source>Write the message from the template NAME (your own, else the instance's), its {{firstName}}-style fields filled from the first --to recipient's contact, the --from mailbox and you; its subject unless --subject is given. A field that cannot be filled is named and nothing is sent (exit 65).</source>
        <translation>Escribe el mensaje a partir de la plantilla NAME (la tuya, si no la de la instancia), con sus campos como {{firstName}} rellenados a partir del contacto del primer destinatario de --to, del buzón de --from y de ti; su asunto salvo que se dé --subject. Un campo que no se puede rellenar se nombra y no se envía nada (salida 65).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>exactly one of --body, --body-file or --template</source>
        <translation>exactamente uno de --body, --body-file o --template</translation>
    </message>
    <message>
        <source>outpost send: --template needs an instance: its fields are filled from the instance's contacts.</source>
        <translation>outpost send: --template necesita una instancia: sus campos se rellenan con los contactos de la instancia.</translation>
    </message>
    <message>
        <source>no template is named “%1”, and there are none.</source>
        <translation>ninguna plantilla se llama «%1», y no hay ninguna.</translation>
    </message>
    <message>
        <source>no template is named “%1”. There are: %2.</source>
        <translation>ninguna plantilla se llama «%1». Hay: %2.</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLaterButton</name>
    <message>
        <source>Choose when the message goes out; it waits in the Outbox until then</source>
        <translation>Elegir cuándo sale el mensaje; hasta entonces espera en la bandeja de salida</translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation>Enviar &amp;más tarde</translation>
    </message>
    <message>
        <source>In an Hour (%1)</source>
        <translation>Dentro de una hora (%1)</translation>
    </message>
    <message>
        <source>Tomorrow Morning (%1)</source>
        <translation>Mañana por la mañana (%1)</translation>
    </message>
    <message>
        <source>Monday Morning (%1)</source>
        <translation>El lunes por la mañana (%1)</translation>
    </message>
    <message>
        <source>Pick a Date and Time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
</context>
<context>
    <name>Outpost::SendLaterDialog</name>
    <message>
        <source>The message waits in the Outbox and goes out at this time, if Outpost is running. If it is not, Outpost asks when it next starts.</source>
        <translation>El mensaje espera en la bandeja de salida y sale a esta hora si Outpost está abierto. Si no lo está, Outpost pregunta la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>Enviar &amp;a las:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar a las</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>That time has passed: choose a time from now on.</source>
        <translation>Esa hora ya pasó: elige una hora a partir de ahora.</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Enviar más tarde</translation>
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
            <numerusform>Outpost: %n mensaje en camino</numerusform>
            <numerusform>Outpost: %n mensajes en camino</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <extracomment>A notification: “Subject” to Robin Hale, Kim</extracomment>
        <translation>«%1» para %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
</context>
<context>
    <name>Outpost::SendRules</name>
    <message>
        <source>“%1” is not a valid address: %2.</source>
        <translation>«%1» no es una dirección válida: %2.</translation>
    </message>
    <message>
        <source>Choose the mailbox to send from.</source>
        <translation>Elige el buzón desde el que se envía.</translation>
    </message>
    <message>
        <source>The sender is not a valid address: %1.</source>
        <translation>El remitente no es una dirección válida: %1.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Añade al menos un destinatario.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The subject cannot contain a line break.</source>
        <translation>El asunto no puede contener un salto de línea.</translation>
    </message>
    <message>
        <source>The thread reference contains a line break.</source>
        <translation>La referencia del hilo contiene un salto de línea.</translation>
    </message>
    <message>
        <source>“%1” is both uploaded and a link.</source>
        <translation>«%1» está subido y es un enlace a la vez.</translation>
    </message>
    <message>
        <source>“%1” is neither uploaded nor a link.</source>
        <translation>«%1» no está subido ni es un enlace.</translation>
    </message>
    <message>
        <source>“%1” must be an https link.</source>
        <translation>«%1» debe ser un enlace https.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be at most %3 each.</source>
        <translation>«%1» ocupa %2; cada archivo puede ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>%1 is not a mailbox connected to your account.</source>
        <translation>%1 no es un buzón conectado a tu cuenta.</translation>
    </message>
    <message>
        <source>%1 is connected through both Gmail and Outlook: choose one.</source>
        <translation>%1 está conectado tanto a través de Gmail como de Outlook: elige uno.</translation>
    </message>
    <message>
        <source>%1 is not connected through %2.</source>
        <translation>%1 no está conectado a través de %2.</translation>
    </message>
    <message>
        <source>“%1” (%2) would bring the attachments to %3; a message can carry at most %4.</source>
        <translation>Con «%1» (%2) los adjuntos sumarían %3; un mensaje puede llevar como máximo %4.</translation>
    </message>
    <message>
        <source>“%1” (%2) would bring the attachments to %3; %4 accepts at most %5 per message.</source>
        <translation>Con «%1» (%2) los adjuntos sumarían %3; %4 acepta como máximo %5 por mensaje.</translation>
    </message>
    <message>
        <source>The attachments come to %1; a message can carry at most %2.</source>
        <translation>Los adjuntos suman %1; un mensaje puede llevar como máximo %2.</translation>
    </message>
    <message>
        <source>The attachments come to %1; %2 accepts at most %3 per message.</source>
        <translation>Los adjuntos suman %1; %2 acepta como máximo %3 por mensaje.</translation>
    </message>
    <message>
        <source>%1 could not be filled. Edit it before sending.</source>
        <translation>No se pudo rellenar %1. Edítalo antes de enviar.</translation>
    </message>
    <message>
        <source>%1 could not be filled: %2 Edit it before sending.</source>
        <translation>No se pudo rellenar %1: %2 Edítalo antes de enviar.</translation>
    </message>
    <message>
        <source>%1 could not be filled. Edit them before sending.</source>
        <translation>No se pudieron rellenar %1. Edítalos antes de enviar.</translation>
    </message>
</context>
<context>
    <name>Outpost::SentListModel</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <extracomment>%1 is the server's own word for what it did with the mail (`delivered`, `queued`)</extracomment>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Sent from %1</source>
        <translation>Enviado desde %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Outpost::SentWindow</name>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Abrir conversación</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent mail</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>Read the conversation this message went into</source>
        <translation>Leer la conversación a la que se sumó este mensaje</translation>
    </message>
    <message>
        <source>The sent mail could not be read: %1</source>
        <translation>No se pudo leer el correo enviado: %1</translation>
    </message>
    <message>
        <source>Nothing sent in the last week.</source>
        <translation>No se envió nada en la última semana.</translation>
    </message>
</context>
<context>
    <name>Outpost::ServiceError</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 El servidor respondió: «%2»</translation>
    </message>
    <message>
        <source>The server refused the message as written.</source>
        <translation>El servidor rechazó el mensaje tal como está escrito.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Tu sesión caducó o se revocó. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>This mailbox or conversation is not one of yours on this instance.</source>
        <translation>Este buzón o esta conversación no es tuyo en esta instancia.</translation>
    </message>
    <message>
        <source>The thread, conversation or attachment no longer exists.</source>
        <translation>El hilo, la conversación o el adjunto ya no existe.</translation>
    </message>
    <message>
        <source>Choose whether this address sends through Gmail or Outlook.</source>
        <translation>Elige si esta dirección envía a través de Gmail o de Outlook.</translation>
    </message>
    <message>
        <source>A file or the message is too large.</source>
        <translation>Un archivo o el mensaje es demasiado grande.</translation>
    </message>
    <message>
        <source>The server is busy (too many requests); Outpost will try again.</source>
        <translation>El servidor está ocupado (demasiadas solicitudes); Outpost lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable; Outpost will try again.</source>
        <translation>El servidor no está disponible temporalmente; Outpost lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>El servidor falló (HTTP %1).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent.</source>
        <translation>No se pudo verificar la conexión segura con %1 (%2). No se envió nada.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 answered with something Outpost cannot read (%2).</source>
        <translation>%1 respondió con algo que Outpost no puede leer (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2).</source>
        <translation>No se puede contactar con %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsDialog</name>
    <message>
        <source>How long a sent message waits in the outbox so that it can still be taken back. 0 sends at once.</source>
        <translation>Cuánto tiempo espera un mensaje enviado en la bandeja de salida para poder recuperarlo aún. 0 envía al instante.</translation>
    </message>
    <message>
        <source>Ask for each message or sender</source>
        <translation>Preguntar por cada mensaje o remitente</translation>
    </message>
    <message>
        <source>Always show</source>
        <translation>Mostrar siempre</translation>
    </message>
    <message>
        <source>Remote images tell the sender when and where you read their message.</source>
        <translation>Las imágenes remotas le dicen al remitente cuándo y dónde leíste su mensaje.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>As the window’s language</source>
        <translation>Como el idioma de las ventanas</translation>
    </message>
    <message>
        <source>The first in the list</source>
        <translation>El primero de la lista</translation>
    </message>
    <message>
        <source>No mailbox is connected yet.</source>
        <translation>Todavía no hay ningún buzón conectado.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address (plain http:// only for 127.0.0.1).</source>
        <translation>«%1» no es una dirección https:// (http:// sin cifrar solo para 127.0.0.1).</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Texto enriquecido</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>How a new message starts. Format ▸ Rich Text switches one message either way.</source>
        <translation>Cómo empieza un mensaje nuevo. Formato ▸ Texto enriquecido cambia un mensaje en cualquier sentido.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
</context>
<context>
    <name>Outpost::SettingsSalvage</name>
    <message>
        <source>The settings file %1 cannot be read and cannot be moved aside: Outpost uses its defaults and will not save settings there.</source>
        <translation>El archivo de preferencias %1 no se puede leer ni apartar: Outpost usa sus valores predeterminados y no guardará preferencias en él.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and has been replaced; %2 kept.</source>
        <translation>El archivo de preferencias %1 estaba dañado y se ha sustituido; conservadas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n preferencia</numerusform>
            <numerusform>%n preferencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and take their defaults.</source>
        <translation>
            <numerusform>%n no se pudo leer y toma su valor predeterminado.</numerusform>
            <numerusform>%n no se pudieron leer y toman sus valores predeterminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged copy is kept as %1.</source>
        <translation>La copia dañada se guarda como %1.</translation>
    </message>
</context>
<context>
    <name>Outpost::SignInDialog</name>
    <message>
        <source>Your password is sent to the instance once and never stored; the sign-in is kept in the desktop keychain.</source>
        <translation>Tu contraseña se envía una vez a la instancia y nunca se guarda; la sesión se guarda en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>I&amp;niciar sesión</translation>
    </message>
</context>
<context>
    <name>Outpost::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNoteAction</name>
    <message>
        <source>Note for the &amp;Team…</source>
        <translation>&amp;Nota para el equipo…</translation>
    </message>
    <message>
        <source>Write a note about this contact for your colleagues; it is never sent (Ctrl+Shift+N)</source>
        <translation>Escribe una nota sobre este contacto para tus compañeros; nunca se envía (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Notes for the team are kept on a platform instance: sign in to one to write them.</source>
        <translation>Las notas para el equipo se guardan en una instancia de la plataforma: inicia sesión en una para escribirlas.</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNoteDialog</name>
    <message>
        <source>Attach &amp;File…</source>
        <translation>Adjuntar &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>Note for the Team</source>
        <translation>Nota para el equipo</translation>
    </message>
    <message>
        <source>Only your team sees this note: it is never sent with the email.</source>
        <translation>Solo tu equipo ve esta nota: nunca se envía con el correo.</translation>
    </message>
    <message>
        <source>About %1. Only your team sees this note: it is never sent with the email.</source>
        <translation>Sobre %1. Solo tu equipo ve esta nota: nunca se envía con el correo.</translation>
    </message>
    <message>
        <source>&amp;Note (type @ to mention a colleague):</source>
        <translation>N&amp;ota (escribe @ para mencionar a un compañero):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add the note for the team (Ctrl+Return)</source>
        <translation>Añadir la nota para el equipo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Add a recipient in To: first: a note is about the person you write to.</source>
        <translation>Añade primero un destinatario en Para: una nota trata de la persona a la que escribes.</translation>
    </message>
    <message>
        <source>Attach a File to the Note</source>
        <translation>Adjuntar un archivo a la nota</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>No se añadió la nota: %1</translation>
    </message>
</context>
<context>
    <name>Outpost::TeamNotes</name>
    <message>
        <source>This instance does not offer notes for the team.</source>
        <translation>Esta instancia no ofrece notas para el equipo.</translation>
    </message>
    <message>
        <source>%1 is not a contact on the instance: a note can only be about a contact.</source>
        <translation>%1 no es un contacto de la instancia: una nota solo puede tratar de un contacto.</translation>
    </message>
</context>
<context>
    <name>Outpost::TemplateLibrary</name>
    <message>
        <source>The instance offers no email templates: only your own are listed.</source>
        <translation>La instancia no ofrece plantillas de correo: solo se muestran las tuyas.</translation>
    </message>
    <message>
        <source>The instance's templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas de la instancia: %1</translation>
    </message>
    <message>
        <source>Saved as your own. The instance offers no templates to share it with.</source>
        <translation>Guardada como tuya. La instancia no ofrece plantillas con las que compartirla.</translation>
    </message>
    <message>
        <source>Saved as your own, but not shared: %1</source>
        <translation>Guardada como tuya, pero no compartida: %1</translation>
    </message>
    <message>
        <source>no instance is signed in</source>
        <translation>no hay ninguna instancia con sesión iniciada</translation>
    </message>
</context>
<context>
    <name>Outpost::TemplatesWindow</name>
    <message>
        <source>S&amp;hare with the Team</source>
        <translation>&amp;Compartir con el equipo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Tus plantillas</translation>
    </message>
    <message>
        <source>Your Temp&amp;lates:</source>
        <translation>Tus &amp;plantillas:</translation>
    </message>
    <message>
        <source>No templates yet: write one and save it.</source>
        <translation>Aún no hay plantillas: escribe una y guárdala.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Optional: fills an empty subject</source>
        <translation>Opcional: rellena un asunto vacío</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Also save it on the instance, where your team's templates are. Its subject stays yours: the instance's templates have none.</source>
        <translation>Guardarla también en la instancia, donde están las plantillas de tu equipo. Su asunto sigue siendo tuyo: las plantillas de la instancia no tienen.</translation>
    </message>
    <message>
        <source>Fields filled when the template is used: %1.</source>
        <translation>Campos que se rellenan al usar la plantilla: %1.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Asu&amp;nto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Start a new template (Ctrl+N)</source>
        <translation>Empezar una plantilla nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Guardar la plantilla (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>Write the template's text.</source>
        <translation>Escribe el texto de la plantilla.</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>«%1» está guardada.</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>¿Eliminar la plantilla «%1»?</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>«%1» está eliminada.</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPicker</name>
    <message>
        <source>Choose the thread</source>
        <translation>Elegir el hilo</translation>
    </message>
    <message>
        <source>Filter by subject, people or mailbox</source>
        <translation>Filtrar por asunto, personas o buzón</translation>
    </message>
    <message>
        <source>Filter threads</source>
        <translation>Filtrar hilos</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Looking up threads…</source>
        <translation>Buscando hilos…</translation>
    </message>
    <message>
        <source>Looking up threads with %1…</source>
        <translation>Buscando hilos con %1…</translation>
    </message>
    <message>
        <source>Add recipients in To: to see the threads you have with them.</source>
        <translation>Añade destinatarios en Para para ver los hilos que tienes con ellos.</translation>
    </message>
    <message>
        <source>No earlier threads with %1: this message starts a new one.</source>
        <translation>No hay hilos anteriores con %1: este mensaje empieza uno nuevo.</translation>
    </message>
    <message>
        <source>No thread matches “%1”.</source>
        <translation>Ningún hilo coincide con «%1».</translation>
    </message>
    <message>
        <source>Some threads could not be listed: %1</source>
        <translation>No se pudieron listar algunos hilos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n thread(s)</source>
        <translation>
            <numerusform>%1 de %n hilo</numerusform>
            <numerusform>%1 de %n hilos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Searching messages…</source>
        <translation>Buscando en los mensajes…</translation>
    </message>
    <message>
        <source>More messages match than are shown: add a word to narrow them.</source>
        <translation>Coinciden más mensajes de los que se muestran: añade una palabra para acotarlos.</translation>
    </message>
    <message>
        <source>Messages could not be searched: %1</source>
        <translation>No se pudo buscar en los mensajes: %1</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerDelegate</name>
    <message>
        <source>Start a new thread with the recipients</source>
        <translation>Empezar un hilo nuevo con los destinatarios</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sent from this computer</source>
        <translation>enviado desde este equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerProxy</name>
    <message>
        <source>New thread</source>
        <translation>Hilo nuevo</translation>
    </message>
    <message>
        <source>The message starts a new thread with its recipients.</source>
        <translation>El mensaje empieza un hilo nuevo con sus destinatarios.</translation>
    </message>
    <message>
        <source>found in a message: %1</source>
        <translation>encontrado en un mensaje: %1</translation>
    </message>
</context>
<context>
    <name>Outpost::ThreadPickerRow</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Continue one of the threads with the recipients (Ctrl+T)</source>
        <translation>Continuar uno de los hilos con los destinatarios (Ctrl+T)</translation>
    </message>
    <message>
        <source>Choose the thread</source>
        <translation>Elegir el hilo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Read the chosen thread's messages</source>
        <translation>Leer los mensajes del hilo elegido</translation>
    </message>
    <message>
        <source>This thread is in %1, a mailbox Outpost sends through %2 itself: its messages are not on the platform. Read them in %2.</source>
        <translation>Este hilo está en %1, un buzón por el que Outpost envía directamente a través de %2: sus mensajes no están en la plataforma. Léelos en %2.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Hilo nuevo</translation>
    </message>
    <message>
        <source>This message starts a new thread.</source>
        <translation>Este mensaje empieza un hilo nuevo.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>Continúa el hilo %1</translation>
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
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>Outpost::TokenStore</name>
    <message>
        <source>The keychain is locked, so Outpost cannot keep your sign-in: it stays in memory until Outpost quits and is never written to disk. Unlock the keychain and sign in again to keep it.</source>
        <translation>El llavero está bloqueado, así que Outpost no puede guardar tu sesión: se queda en memoria hasta que Outpost se cierre y nunca se escribe en el disco. Desbloquea el llavero y vuelve a iniciar sesión para conservarla.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available, so Outpost cannot keep your sign-in: it stays in memory until Outpost quits and is never written to disk.</source>
        <translation>No hay ningún llavero (Secret Service) disponible, así que Outpost no puede guardar tu sesión: se queda en memoria hasta que Outpost se cierre y nunca se escribe en el disco.</translation>
    </message>
</context>
<context>
    <name>Outpost::TrustedSendersPage</name>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remote images are always shown in mail from these senders, in the mailbox named beside each. They stay hidden in a message whose sender the mail provider could not confirm.</source>
        <translation>Las imágenes remotas se muestran siempre en el correo de estos remitentes, en el buzón indicado junto a cada uno. Siguen ocultas en un mensaje cuyo remitente no pudo confirmar el proveedor de correo.</translation>
    </message>
    <message>
        <source>&amp;Trusted senders:</source>
        <translation>Remitentes de &amp;confianza:</translation>
    </message>
    <message>
        <source>Trusted senders</source>
        <translation>Remitentes de confianza</translation>
    </message>
    <message>
        <source>The list cannot be read: the drafts file is not open.</source>
        <translation>No se puede leer la lista: el archivo de borradores no está abierto.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — en %2</translation>
    </message>
    <message>
        <source>No sender is trusted: remote images are shown only when you ask, message by message.</source>
        <translation>No confías en ningún remitente: las imágenes remotas solo se muestran cuando lo pides, mensaje a mensaje.</translation>
    </message>
</context>
<context>
    <name>Outpost::UndoSendBar</name>
    <message>
        <source>Sending in %1 s…</source>
        <translation>Se enviará en %1 s…</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>De&amp;shacer</translation>
    </message>
    <message>
        <source>Take the message back to keep editing it; nothing is sent (Ctrl+Z)</source>
        <translation>Recupera el mensaje para seguir editándolo; no se envía nada (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Outpost::UploadClient</name>
    <message>
        <source>There is no file to upload.</source>
        <translation>No hay ningún archivo que subir.</translation>
    </message>
    <message>
        <source>At most %1 files can be uploaded at once; these are %2.</source>
        <translation>Como máximo se pueden subir %1 archivos a la vez; estos son %2.</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved or deleted.</source>
        <translation>«%1» ya no está: se movió o se eliminó.</translation>
    </message>
    <message>
        <source>“%1” is a folder: attach the files in it instead.</source>
        <translation>«%1» es una carpeta: adjunta en su lugar los archivos que contiene.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission.</source>
        <translation>No se puede leer «%1»: no tienes permiso.</translation>
    </message>
    <message>
        <source>“%1” is %2; the platform accepts at most %3 per file.</source>
        <translation>«%1» ocupa %2; la plataforma acepta como máximo %3 por archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The server stored %1 of the %2 files sent.</source>
        <translation>El servidor guardó %1 de los %2 archivos enviados.</translation>
    </message>
    <message>
        <source>The server refused %1 as too large.</source>
        <translation>El servidor rechazó %1 por ser demasiado grande.</translation>
    </message>
    <message>
        <source>Not signed in to the instance any more: sign in again to upload %1.</source>
        <translation>Ya no hay sesión iniciada en la instancia: vuelve a iniciar sesión para subir %1.</translation>
    </message>
    <message>
        <source>Too large for the server: %1.</source>
        <translation>Demasiado grande para el servidor: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Default mailbox:</source>
        <translation>&amp;Buzón predeterminado:</translation>
    </message>
    <message>
        <source>Default mailbox</source>
        <translation>Buzón predeterminado</translation>
    </message>
    <message>
        <source>&amp;Undo send for:</source>
        <translation>&amp;Deshacer el envío durante:</translation>
    </message>
    <message>
        <source>Undo send delay</source>
        <translation>Tiempo para deshacer el envío</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remote images:</source>
        <translation>&amp;Imágenes remotas:</translation>
    </message>
    <message>
        <source>Remote images in conversations</source>
        <translation>Imágenes remotas en las conversaciones</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>Idioma de Outpost</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Outpost.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Outpost.</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Buzón:</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;Ortografía:</translation>
    </message>
    <message>
        <source>Spelling language of this mailbox</source>
        <translation>Idioma de ortografía de este buzón</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Signature of this mailbox</source>
        <translation>Firma de este buzón</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Direct sending</source>
        <translation>Envío directo</translation>
    </message>
    <message>
        <source>Outpost signs in to Google and Microsoft as the app registered with these client IDs. Leave a field empty to use the default.</source>
        <translation>Outpost inicia sesión en Google y Microsoft como la aplicación registrada con estos ID de cliente. Deja un campo vacío para usar el valor predeterminado.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Google client ID</source>
        <translation>ID de cliente de Google</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <source>Google authorization URL</source>
        <translation>URL de autorización de Google</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Google token URL</source>
        <translation>URL del token de Google</translation>
    </message>
    <message>
        <source>&amp;Revocation URL:</source>
        <translation>URL de &amp;revocación:</translation>
    </message>
    <message>
        <source>Google revocation URL</source>
        <translation>URL de revocación de Google</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Microsoft client ID</source>
        <translation>ID de cliente de Microsoft</translation>
    </message>
    <message>
        <source>Microsoft authorization URL</source>
        <translation>URL de autorización de Microsoft</translation>
    </message>
    <message>
        <source>Microsoft token URL</source>
        <translation>URL del token de Microsoft</translation>
    </message>
    <message>
        <source>&amp;Write new mail in:</source>
        <translation>&amp;Nuevos mensajes en:</translation>
    </message>
    <message>
        <source>Format of new mail</source>
        <translation>Formato de los mensajes nuevos</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <source>A&amp;uthorization URL:</source>
        <translation>URL de a&amp;utorización:</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>URL del t&amp;oken:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instancia:</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Dirección de la instancia</translation>
    </message>
    <message>
        <source>https://your-instance.example.com</source>
        <translation>https://tu-instancia.example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Paste a personal API token</source>
        <translation>Pega un token de API personal</translation>
    </message>
    <message>
        <source>Use a personal API token instead of the password</source>
        <translation>Usar un token de API personal en lugar de la contraseña</translation>
    </message>
    <message>
        <source>Sign In to an Instance</source>
        <translation>Iniciar sesión en una instancia</translation>
    </message>
</context>
</TS>
