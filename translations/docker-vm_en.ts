<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cloud</name>
    <message>
        <source>Azure Resource Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic (Service Management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %n s (at %3).</source>
        <translation>
            <numerusform>%1: %2 Trying again in %n s (at %3).</numerusform>
            <numerusform>%1: %2 Trying again in %n s (at %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %n s (at %3), attempt %4.</source>
        <translation>
            <numerusform>%1: %2 Trying again in %n s (at %3), attempt %4.</numerusform>
            <numerusform>%1: %2 Trying again in %n s (at %3), attempt %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (waiting since %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerCloudConfig</name>
    <message>
        <source>The CA certificate for the cloud-config is not a PEM certificate (no BEGIN/END CERTIFICATE block). Pass the CA&apos;s ca.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate for the cloud-config is not a PEM certificate (no BEGIN/END CERTIFICATE block). Pass server-cert.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key for the cloud-config is not a PEM private key (no BEGIN/END PRIVATE KEY block). Pass server-key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server key for the cloud-config is encrypted; dockerd cannot read an encrypted key. Pass the unencrypted server-key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker port for the cloud-config is 0; use 2376 (the Docker TLS port) or another port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; for the cloud-config is not a DNS name (letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud-config is %1 bytes; Azure accepts at most %2 bytes of customData. Use smaller certificates (ECDSA P-256 or RSA 2048 keys).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1 for the provisioning journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the provisioning journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a provisioning journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>%1: “%2” is not a server address. Give an https URL such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmSpec</name>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a DNS name for the cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name must be 3 to 24 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name may only contain letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name must not end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name must be at most 64 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name may only contain letters, digits and hyphens, start with a letter and not end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name for the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be at most 32 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must start with a lower-case letter or underscore and contain only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved user name on Azure Linux VMs; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for the VM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at most 72 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port must be a number from 1 to 65535 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VM size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker port must differ from the SSH port (both are %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>azure</name>
    <message>
        <source>The Docker extension reported %1 without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classic::AsmError</name>
    <message>
        <source>The management certificate is not accepted for this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-download the .publishsettings file for this subscription and import it again (docker-vm account import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the subscription&apos;s state and billing in the Azure portal, or choose another subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept the API version (x-ms-version) this program sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in this program or the endpoint is not an Azure Service Management endpoint; report it with the log (--verbose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the subscription; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is busy with another operation on the same resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource (it may already exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or delete or reuse the existing resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is busy or throttling requests from this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure rejected a value in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values named in the server&apos;s message and change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management endpoint answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s message; try again later if it looks temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the management endpoint in the subscription (or that the simulator is running) and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check proxies or firewalls in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: the server&apos;s certificate is not trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a simulator or a private endpoint, pass its CA certificate with --management-ca FILE; otherwise check the system clock and the CA certificates of this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have refused the management certificate or the TLS version; re-download the .publishsettings file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings (http_proxy/https_proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network failed while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; run with --verbose for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 timed out after %2 s while receiving (%3 bytes received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled: the connection to the subscription was closed (the subscription was switched or the program is closing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management endpoint redirected the request %1 times (last to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, the endpoint is misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the endpoint is an Azure Service Management endpoint; run with --verbose for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 is larger than %2 MiB (it announced %3 bytes); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 is larger than %2 MiB; reading stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the endpoint is an Azure Service Management endpoint; no Azure reply comes near that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management endpoint redirected the request to a non-HTTPS address (%1); the redirect was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management endpoint %1 redirected the request to another host (%2); the redirect was not followed, so the request and the management certificate stay with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the management endpoint of the subscription (a proxy or a wrong address may sit in between); run with --verbose for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) in %1 s.</source>
        <translation>
            <numerusform>Gave up after %n attempt in %1 s.</numerusform>
            <numerusform>Gave up after %n attempts in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>classic::models</name>
    <message>
        <source>the availability reply has no &lt;Result&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type declarations and entities are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: byte 0x%3 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an XML element &lt;%1&gt; but the reply holds &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends before its root element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--%1 takes a port number from 1 to 65535, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready (resumed in %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 answers on tcp://%2:%3 (TLS, verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes NAME IMAGE USER for a signed-in account (the password comes from --password-file, DOCKER_VM_PASSWORD or the prompt, or use --ssh-key); see &apos;docker-vm create --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-type takes rsa4096, rsa2048 or ecdsa-p256, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on the VM: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH public key and no password: pass --ssh-key FILE, or a password with --password-file, DOCKER_VM_PASSWORD or at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the VM with the SSH key %1 (password sign-in off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the images of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image matches &apos;%1&apos; in %2. Use UbuntuLTS, or list them with &apos;docker-vm images -l %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is out of standard support (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the image %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Ubuntu LTS image is offered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of standard support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;UbuntuLTS&apos; in &apos;docker-vm create&apos; means the first supported one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 with what this tool made for it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status NAME on a signed-in account needs its Resource Manager cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 in resource group %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  VM: provisioning %1, power %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Address: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IP yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Resources in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished run to resume on %1. &apos;docker-vm cleanup --dry-run&apos; lists the unfinished runs of every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished run for %1 on %2; its unfinished runs are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 unfinished runs (%3): name the one to resume, e.g. &apos;docker-vm resume %4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the run for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping %1: it was made with %2 account %3; run cleanup with --subscription %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected. Sign in with &apos;docker-vm login&apos;, or import a .publishsettings file with &apos;docker-vm account import FILE&apos; (classic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with &apos;docker-vm login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove: %1
Run &apos;docker-vm cleanup&apos; to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: cancelling and removing what was created (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted again: stopped. What this run made is recorded in %1; run &apos;docker-vm cleanup&apos; to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported subscription %1: %2, %3, certificate expires %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current subscription: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current subscription is still %1; switch with &apos;docker-vm account use ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;account import&apos; needs exactly one FILE (a .publishsettings file).
Try &apos;docker-vm account import --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;account list&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet. Sign in to Azure with &apos;docker-vm login&apos;, or (classic) download a .publishsettings file from the Azure portal and run &apos;docker-vm account import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT EXPIRES / SIGNED IN AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, signed in as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;account use&apos; needs one subscription id or name; see &apos;docker-vm account list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;account remove&apos; needs one subscription id; see &apos;docker-vm account list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed subscription %1; its sign-in is forgotten once no saved subscription uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed subscription %1 and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the subscriptions of a .publishsettings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List signed-in and imported subscriptions (* = current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a subscription the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a subscription and delete its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list regions that do not offer virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription offers no region for virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM SIZES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images whose name contains TEXT (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images of every OS (Linux first, newest first); with --filter, only the name filter applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in accounts: the region whose Ubuntu LTS images to list (default westus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription offers no OS image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image name contains &apos;%1&apos; (%2 images in total). Try another --filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Linux image name contains &apos;%1&apos; (%2 images in total). Try another --filter, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* published before 2014-07-24: its Linux agent is too old for VM extensions such as the Docker extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the regions that offer virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List OS images, newest first (default: Ubuntu 14.04 LTS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker TLS folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s DNS name, e.g. myvm.cloudapp.net (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address for the server certificate (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsa4096 (default), rsa2048 or ecdsa-p256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the existing files to a dated backup folder and make a new set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host NAME is required (the VM&apos;s DNS name, e.g. myvm.cloudapp.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ip &apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-type &apos;%1&apos; is unknown; use rsa4096, rsa2048 or ecdsa-p256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days &apos;%1&apos; must be a number of days from 1 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing TLS files for %1 in %2 (%3 keys)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start over: docker-vm certs create --host %1 --regenerate (moves the old files to a dated backup folder first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old files moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker TLS folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker TLS files yet. Create them with: docker-vm certs create --host NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or reuse the Docker TLS files for a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Docker TLS files, their expiry and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo/tests only: against the simulator on loopback, reach the VM&apos;s Docker port at the loopback address the simulated deployment reports, still verifying the certificate for &lt;name&gt;.cloudapp.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between status polls (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for Docker to answer (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (if it was made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted again: stopped. Nothing this run made is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted again: stopped before the clean-up finished. Still there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;docker-vm cleanup&apos; to remove them (recorded in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public SSH endpoint port (local 22); 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, e.g. &quot;West US&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM size (default Small).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM (role) name; default the DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker TLS port (default 4243).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate folder (default ~/.docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker extension schema: classic (2014, default) or 1.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type for new certificates: rsa4096 (default), rsa2048, ecdsa-p256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the VM password from this file (first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop once Azure reports the extension ready; do not wait for Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in accounts: put the host into this existing resource group (default: a new group named after the VM, removed with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in accounts: OpenSSH public key file for the user (default: ~/.ssh/id_*.pub when present; then password sign-in is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in accounts: address range (CIDR) allowed to reach the SSH and Docker ports (default any: the whole Internet, still behind TLS client certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for signed-in (Resource Manager) subscriptions; the current one is a classic subscription. Sign in with &apos;docker-vm login&apos; or pick one with --subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes DNS_NAME IMAGE USER [PASSWORD]; see &apos;docker-vm create --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extension takes &apos;classic&apos; or &apos;1.x&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a password on the command line can be seen by other users of this machine. Prefer the prompt, --password-file or DOCKER_VM_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given. Pass it with --password-file, DOCKER_VM_PASSWORD or at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the OS images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Linux image matches &apos;%1&apos; in %2. List them with &apos;docker-vm images --filter TEXT&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the newest matching image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes one DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no VM deployment (Azure: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  VM %1: %2, power %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Docker extension %1: %2 / %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  endpoint %1: %2:%3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete takes one DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the cloud service %1 with its VM and disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 with its VM and disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list what would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clean up: no unfinished run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished run for %1 (started %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping %1: it was made on Azure Resource Manager; run cleanup with --subscription arm:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping %1: it was made with subscription %2; run cleanup with --subscription %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume takes one DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume takes the DNS name of the run to resume on a classic subscription; &apos;docker-vm cleanup --dry-run&apos; lists the unfinished runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished run for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready. Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a VM with the Docker extension and TLS (azure vm docker create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Docker VM&apos;s state (classic: deployment, role and extension; signed-in: resource group, resources, VM power state and address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a Docker VM&apos;s cloud service with its VM and disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what unfinished create runs left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on waiting for a create run that stopped after its deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 running, %2 paused, %3 stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEGACY: like &apos;docker --tls&apos;, send the client certificate but do NOT verify the server (for hosts made by the 2014 tool with CN=* certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a single stage after SECONDS (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes exactly one HOST, e.g. &apos;docker-vm check myvm.cloudapp.net&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking Docker at %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(TLS, server verified against %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(LEGACY TLS: the server is NOT verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print for this shell: bash (also sh, zsh), powershell or cmd (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env takes exactly one HOST, e.g. &apos;docker-vm env myvm.cloudapp.net&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-vm: warning: %1 missing in %2; docker will fail until they are there (&apos;docker-vm certs create --host %3 --cert-dir %2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shell must be bash, powershell or cmd, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Run this command to configure your shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this command to configure your shell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context create takes NAME and HOST, e.g. &apos;docker-vm context create myvm myvm.cloudapp.net&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid docker context name (letters, digits, _ . + -, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker VM Wizard: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command is not installed here (not found on PATH), so no context was created. Run this where docker is installed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Run this yourself:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context create failed (exit code %1): %2
The command was:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created docker context &apos;%1&apos;. Use it with &apos;docker --context %1 info&apos; or make it the default with &apos;docker context use %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a host&apos;s Docker TLS endpoint stage by stage (exit 0 only when info answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a docker context for a host (or print the command when docker is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 “%2” is not a server address; give an https URL such as https://login.microsoftonline.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code expires at %1; Ctrl+C cancels)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (tenant %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n subscription(s):</source>
        <translation>
            <numerusform>Saved %n subscription:</numerusform>
            <numerusform>Saved %n subscriptions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) not enabled were left out.</source>
        <translation>
            <numerusform>%n subscription not enabled was left out.</numerusform>
            <numerusform>%n subscriptions not enabled were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current account: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this tenant (id or domain) instead of your home tenant; only its subscriptions are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) id to sign in with: a public client app with device code flow allowed (default: the Azure CLI&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Entra ID sign-in server (default https://login.microsoftonline.com; sovereign clouds and Azure Stack Hub have their own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure Resource Manager endpoint (default https://management.azure.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments; see &apos;docker-vm login --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant “%1” is not a tenant id or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--management-ca “%1” is not a readable file; give the PEM file of the CA to trust for the sign-in and Resource Manager servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: cancelling the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Azure (device code) and save your subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a rate between 0 and 1 (e.g. 0.2), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on this port of 127.0.0.1 (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the subscription&apos;s .publishsettings here (default: in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the simulator&apos;s CA certificate (PEM) here, for --management-ca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every request after MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this share of requests with 503 (0..1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect every Nth request (307) to the same address, as Azure&apos;s front ends do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this share of connections unanswered (0..1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the fault rates (same seed, same faults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud service name to report as taken (repeatable; default: taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds an asynchronous operation stays InProgress (default 1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds until a new VM is ReadyRole (default 2500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds until the Docker extension reports success (default 2500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the create-deployment operation fail (&quot;Port 22 is already in use&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the Docker extension report an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate an old Docker 1.x daemon (API 1.15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed a portalvhds storage account in this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the simulator&apos;s files; pass --publishsettings and --ca-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure simulator could not write its files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure simulator listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  subscription:     %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  publish settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CA certificate:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: docker-vm account import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     docker-vm images --management-ca %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure simulator stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local Azure simulator in the foreground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a single request after SECONDS (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this subscription (id or name) instead of the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust this CA (PEM) for the management endpoint, e.g. a simulator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happens to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;docker-vm %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: docker-vm %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker TLS port on the host (default %1, as the 2014 tool used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with ca.pem, cert.pem and key.pem (default $DOCKER_CERT_PATH or ~/.docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name. Give the VM&apos;s DNS name, e.g. myvm.cloudapp.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--docker-port must be a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo/tests only: connect to this loopback ADDR:PORT instead of resolving HOST, while still verifying the certificate for HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-to needs a loopback ADDR:PORT such as 127.0.0.1:2376, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: docker-vm %1 COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;docker-vm %1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: docker-vm COMMAND [options]

Create an Azure classic VM with the Docker extension and check its TLS Docker endpoint.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;docker-vm COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-vm: unknown command &apos;%1 %2&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-vm: unknown command &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;docker-vm %1&apos; works on classic (.publishsettings) subscriptions only so far, and %2 (%3) is a signed-in Resource Manager subscription. Name a classic one with --subscription ID, or use create, status, resume, delete, cleanup, locations or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription is selected. Sign in with &apos;docker-vm login&apos;, or import one with &apos;docker-vm account import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate to trust for the management endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global option:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a swarm of %1 host(s) in %2 s; leader %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some hosts failed and were removed; the swarm of the others was kept (--keep-partial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes takes a number of hosts (1 to %1), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--managers takes an odd number of swarm managers, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--managers is for a swarm of several hosts; add --nodes N (N &gt;= %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-partial is for a swarm of several hosts (--nodes N); a single host that fails is always removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of %1 answered as a swarm manager:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm of %1, asked %2 (leader: %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create N hosts NAME-1 … NAME-N and join them into one Docker swarm (default 1: a single host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm managers among the hosts, odd (default 1 for fewer than 3 hosts, else 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When some hosts fail to come up or to join, keep the swarm of the others (default: remove everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a swarm of %1 host(s) in cloud service %2 in %3 s; leader %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the VM role NAME fail to start (FailedStartingVM), e.g. web-2 of a create with --nodes (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo/tests only: reach each node of NAME at its loopback public IP (simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm status takes exactly one HOST (a manager of the swarm, e.g. &apos;docker-vm swarm status web-1.westus.cloudapp.azure.com&apos;) or the NAME given to &apos;docker-vm create --nodes N&apos; (e.g. &apos;docker-vm swarm status web&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a swarm as one of its managers sees it: nodes, roles, availability, leader, engine versions (HOST, or the NAME of a swarm made with &apos;create --nodes N&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the swarm and deleted its VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm remove takes the swarm&apos;s NAME and the NODE to remove, e.g. &apos;docker-vm swarm remove web web-3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the subscription was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the VM %1 with what only it uses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove NODE from the swarm NAME: demote (a manager), drain, leave, and delete its VM with its disk (and, on Resource Manager, its network interface and public IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep trying until Docker answers or SECONDS pass (every 0.25 s for the first minute, then less often, up to every 3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n host(s) to the swarm %1 in %2 s (asked the manager %3).</source>
        <translation>
            <numerusform>Added %n host to the swarm %1 in %2 s (asked the manager %3).</numerusform>
            <numerusform>Added %n hosts to the swarm %1 in %2 s (asked the manager %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some new hosts failed and were removed; the ones that joined were kept (--keep-partial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates: %1 (the same CA and client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ssh-key is for signed-in (Resource Manager) subscriptions; the swarm&apos;s VMs on a classic subscription sign in with a password (--password-file, DOCKER_VM_PASSWORD or the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n host(s) to the swarm %1…</source>
        <translation>
            <numerusform>Adding %n host to the swarm %1…</numerusform>
            <numerusform>Adding %n hosts to the swarm %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add K hosts (default 1); the swarm may have at most %1 hosts in all, as create --nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator name for the new VMs: the one the swarm was created with (needed on a classic subscription, whose API does not say it; a signed-in account reads it from the existing VMs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm&apos;s certificate folder (default ~/.docker): ca.pem and ca-key.pem sign the new hosts&apos; server certificates; cert.pem and key.pem stay the client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type of the new server certificates: rsa4096 (default), rsa2048, ecdsa-p256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new VMs&apos; password from this file (first line); else DOCKER_VM_PASSWORD or the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When some new hosts fail to come up or to join, keep the ones that joined (default: remove every new host; the existing swarm is never changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm add takes the NAME given to &apos;docker-vm create --nodes N&apos;, e.g. &apos;docker-vm swarm add web --count 2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes the number of hosts to add (1 to %1), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm add takes the swarm&apos;s NAME (e.g. &apos;web&apos;), not a host name (&apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add K more worker hosts NAME-(n+1) … to the swarm NAME made with &apos;create --nodes N&apos;, with the same CA and client certificate; the existing hosts are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docker</name>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::SecretStore</name>
    <message>
        <source>The keychain holds no item “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file “%1” is readable by other users; make it private with: chmod 600 “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable name for a secret file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::accounts::Accounts</name>
    <message>
        <source>No account has the id or name “%1”. List them with &apos;docker-vm account list&apos;; sign in with &apos;docker-vm login&apos; or import a .publishsettings file with &apos;docker-vm account import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one account: %2. Use one of these ids instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::accounts::SignInSession</name>
    <message>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server answered without saying which tenant you signed in to (no “tid” claim); nothing was saved. Sign in with --tenant TENANT-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 returned no refresh token (was offline_access granted?); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other tenants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed in, but no enabled Azure subscription was found in the tenants this account can reach; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) are not enabled.</source>
        <translation>
            <numerusform>%n subscription is not enabled.</numerusform>
            <numerusform>%n subscriptions are not enabled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask an administrator for access to a subscription, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmClient</name>
    <message>
        <source>Cannot read the CA file %1: %2. Give the path of a PEM file with the CA certificate of the Azure Resource Manager endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate. Give a file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure Resource Manager endpoint %1 is not an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmCloud</name>
    <message>
        <source>No Azure account is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of standard support since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest (UbuntuLTS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region first: DNS labels are unique per region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether %1 is free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another public IP in %2; choose another DNS label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished run for %1 belongs to another account (%2); select that account to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the resource groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker host named %1 made by docker-vm was found in this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the subscription was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the resources of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new resource group %1 (removed with the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the existing resource group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, in %2: a network security group (only the SSH and Docker ports), a virtual network with a subnet, a static public IP address named %3, a network interface and the virtual machine with its managed disk. cloud-init installs Docker with your certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Azure the VM, its disk and its static public IP address cost money while they exist, even when idle: delete the host with `docker-vm delete %1` when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, in %2: a network security group (only the SSH and Docker ports from outside), a virtual network with a subnet, and for each of the %3 hosts a static public IP address, a network interface and a virtual machine with its managed disk. cloud-init installs Docker with your certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Azure every VM, its disk and its static public IP address cost money while they exist, even when idle: delete the swarm&apos;s hosts with `docker-vm delete %1` when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resource group %2) has no public IP with a DNS name, so there is no node to ask. Is it a host made by &apos;docker-vm create&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another public IP in %2; choose another DNS label (each host of the swarm gets the label NAME-i).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2 are free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmError</name>
    <message>
        <source>Azure cancelled the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure did not accept the sign-in (the access token expired or is not valid for Azure Resource Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (docker-vm login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this in the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this in subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the Contributor (or Owner) role on the subscription: ask its owner to grant it, then sign in again so the new role takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the Contributor (or Owner) role on subscription %1: ask its owner to grant it, then sign in again so the new role takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s quota in this region is too small for this virtual machine (vCPUs or another limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a smaller size or another region, or request more quota in the Azure portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen VM size is not available to this subscription in this region (not offered there, or no capacity right now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another size or another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name is already used by another public IP address in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another DNS label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the subscription and the name; a group deleted by a rollback is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure resource does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the subscription, resource group and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription is not registered for a resource provider this needs (common on new subscriptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Microsoft.Compute and Microsoft.Network for the subscription (portal: Subscription &gt; Resource providers, or az provider register), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Azure is throttling requests (too many in a short time); it asked to wait %n second(s).</source>
        <translation>
            <numerusform>Azure is throttling requests (too many in a short time); it asked to wait %n second.</numerusform>
            <numerusform>Azure is throttling requests (too many in a short time); it asked to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure is throttling requests (too many in a short time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure resource cannot be deleted while another one still uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete in reverse order (virtual machine, then network interface, then public IP, network security group and virtual network), or delete the whole resource group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation on the same resource is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Resource Manager had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps failing, check the Azure status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts TLS; for Azure Stack or a test server, give its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fault of the server&apos;s reply; report it with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, report it with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure said: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1, correlation id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 without an error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation ended with status %1 and no error detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out after %n second(s) while sending its reply.</source>
        <translation>
            <numerusform>%1 timed out after %n second while sending its reply.</numerusform>
            <numerusform>%1 timed out after %n seconds while sending its reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the Azure connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 is not what Azure Resource Manager sends: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 is larger than %2 bytes; reading stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send the Azure sign-in token to %1: only %2 gets it (the URL came from a reply and points elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list at %1 went on for more than %2 pages; stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s) in %2 s)</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt in %2 s)</numerusform>
            <numerusform>%1 (gave up after %n attempts in %2 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmListReply</name>
    <message>
        <source>a list without a &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmOperation</name>
    <message>
        <source>no finished reply to track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation status has no &quot;status&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Azure operation did not finish within %n minute(s) (last status: %1); it may still be running in Azure.</source>
        <translation>
            <numerusform>The Azure operation did not finish within %n minute (last status: %1); it may still be running in Azure.</numerusform>
            <numerusform>The Azure operation did not finish within %n minutes (last status: %1); it may still be running in Azure.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmProvisioner</name>
    <message>
        <source>Check the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the DNS label is free in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security group (SSH and Docker ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network and subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address with the DNS label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine with cloud-init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the VM runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for cloud-init and Docker over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what this run created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped: the connection to the subscription was closed (the account was switched or signed out, or the program is closing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped: the connection to the subscription was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for %1 stopped before its VM was sent to Azure; there is nothing to wait for. Run &apos;docker-vm cleanup&apos; to remove what it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by the earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up the unfinished run for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure account is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the DNS name %1 is free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name %1 is already used by another public IP in %2. Choose another DNS label (labels are unique per region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the existing group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the resource group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 does not exist in this subscription. Create it first, or leave out -g to have a new group made (and removed on failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing group %1 (kept on rollback; only this run&apos;s resources are removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource group named %1 already exists. Choose another VM name, or put the host into that group with -g %1 (then only this run&apos;s resources are removed on failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the provisioning journal; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the resource group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TCP %2 and %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TCP %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), subnet %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure names the public IP %1, not %2 as expected; the certificate is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the provisioning journal; %1 was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1, which is using the certificate folder %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused the CA and client certificate in %1; new server certificate for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created a CA, a client certificate and a server certificate for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused the certificates in %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the cloud-init document for the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the VM: %1, %2, image %3, user %4 with %5, cloud-init %6 bytes (Docker on port %7 with TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the state of the VM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisioning %1, power %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure could not provision the VM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 is %2, not running. Start it in the portal or with &apos;az vm start&apos;, then run &apos;docker-vm resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 was not running after %2 minutes (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is reachable as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for cloud-init and Docker (0:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for cloud-init and Docker (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer at %1 within %2: the simulated VM never started Docker (its cloud-init did not finish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker check %1 (%2): %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer at %1 within %2 (%3). The VM runs, so cloud-init is either still installing Docker or failed: sign in with ssh %4@%5 and look at &apos;cloud-init status --long&apos; and &apos;journalctl -u docker&apos;, or give it longer with a larger Docker wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 answered (API %2) after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s. Try: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;, &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the certificate generation before cleaning up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classic (ASM) resource; clean it up with the classic account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the subscription was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is deleting the resource group %1 with everything in it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it still exists after its deletion finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in use; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left behind: %1. Run &apos;docker-vm cleanup&apos; to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the resource groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker host named %1 made by docker-vm was found in this subscription (no resource group tagged createdBy=docker-vm for it). A host made into an existing group (-g) is removed with that group&apos;s resources in the portal or with &apos;az resource delete&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for %1 made several hosts (a swarm); resuming one is not supported. Run &apos;docker-vm cleanup&apos; to remove what it left, then create the swarm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm of %1 host(s), leader %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the swarm: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name %1 is already used by another public IP in %2. Choose another name (every host of the swarm gets the DNS label NAME-i, and labels are unique per region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; swarm 2377/tcp, 7946/tcp+udp, 4789/udp only from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused the CA and client certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created a CA and a client certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure made the network interface %1 but reports no private address for it; the swarm needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the cloud-init document for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the VM %1: %2, image %3, cloud-init %4 bytes (Docker on port %5 with TLS for %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 is %2, not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable as %2 (%3), private address %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Docker check %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer at %1 within %2 (%3). Sign in with ssh %4@%5 and look at &apos;cloud-init status --long&apos; and &apos;journalctl -u docker&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 The other hosts go on (--keep-partial); %1&apos;s VM, network interface and public IP are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 hosts came up (%2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 hosts came up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the failed host(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the failed host(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left behind: %1. Remove them in the portal or with &apos;az resource delete&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker was not waited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not join the swarm: %2 The swarm of the other hosts is kept (--keep-partial); %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm could not be made (%1). %2 Everything this run created is removed; with --keep-partial the hosts that joined would have been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing %1 (VM, network interface, public IP) from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker port (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the Docker TLS certificates (the keys are still being made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CA, client and server certificate for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for %1 added nodes to a swarm; it cannot be resumed. Run &apos;docker-vm cleanup&apos; to remove the nodes it left, then run &apos;docker-vm swarm add&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the swarm %1 (manager asked: %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings and the certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the new nodes&apos; DNS labels are free in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the swarm %1: its group, nodes and network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificates for the new nodes (the swarm&apos;s CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security group of the swarm (reused: swarm ports only from the subnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network and subnet of the swarm (reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s); certificate folder %1</source>
        <translation>
            <numerusform>%n new node; certificate folder %1</numerusform>
            <numerusform>%n new nodes; certificate folder %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No swarm named %1 made by docker-vm was found in this subscription (no resource group tagged createdBy=docker-vm for it). Check the name with &apos;docker-vm status %1&apos;, or make a swarm with &apos;docker-vm create --nodes N&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the resources of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the resources of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single Docker host, not a swarm: &apos;swarm add&apos; adds workers to a swarm made by &apos;docker-vm create --nodes N&apos;. Make a swarm with &apos;docker-vm create --nodes N NAME …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group %1 has no VM named %2-1, %2-2, …: there is no swarm %2 to add nodes to. Look at it with &apos;docker-vm status %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the VM %1 (size, image, user, sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the VM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s description of the VM %1 lacks its location, size, image, admin user or network interface, so the new nodes cannot be made like it (a VM not made by &apos;docker-vm create&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the network interface %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface %1 has no subnet, network security group or public IP in the group %2, so the new nodes cannot join its network the way &apos;docker-vm create --nodes N&apos; made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the public IP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public IP %1 has the DNS label &quot;%2&quot;, not &lt;name&gt;-&lt;number&gt; as &apos;docker-vm create --nodes N&apos; names a node&apos;s; the new nodes&apos; DNS names cannot be derived from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the network security group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network security group %1 lacks the rule %2 that &apos;docker-vm create --nodes N&apos; makes, so it is not a swarm&apos;s (or it was changed). Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reused): Docker TCP %2 from %3; swarm ports only from the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, subnet %2 (reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes of %1 sign in as %2 with a password, and none was given for the new nodes. Give one (--password-file, DOCKER_VM_PASSWORD or the prompt) or an SSH key (--ssh-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new nodes take the SSH key the existing nodes of %1 take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node %1 of %2 has no public IP with a DNS name, so its Docker cannot be asked for the swarm. Look at it with &apos;docker-vm status %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished &apos;swarm add&apos; for %1 is recorded in %2. Remove what it left with &apos;docker-vm cleanup&apos; first, then add nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 (%4, %5); new: %6 … %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making %1 leave the swarm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a server certificate per host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server certificates for %2 (%3 at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not join the swarm: %2 The new nodes that joined are kept (--keep-partial); %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new nodes could not join the swarm %1 (%2). %3 The new nodes are removed; the existing nodes are unchanged. With --keep-partial the new nodes that joined would have been kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmReply</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure access token is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s) in a row</source>
        <translation>
            <numerusform>more than %n redirect in a row</numerusform>
            <numerusform>more than %n redirects in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure refused a freshly issued access token too (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at offset %2; Content-Type %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::CatalogueJob</name>
    <message>
        <source>the DNS name check has no &quot;available&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::UbuntuImage</name>
    <message>
        <source>Ubuntu %1 LTS (Gen%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::arm::VmSize</name>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2 GB)</source>
        <translation>
            <numerusform>%1 (%n vCPU, %2 GB)</numerusform>
            <numerusform>%1 (%n vCPUs, %2 GB)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::arm::rules</name>
    <message>
        <source>Enter a DNS label: the host will be &lt;label&gt;.&lt;region&gt;.cloudapp.azure.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS label must be 3 to 63 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS label may only use lower-case letters: try &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS label may only contain lower-case letters, digits and hyphens (&quot;%1&quot; is not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS label must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS label must end with a letter or a digit, not a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name must be at most 64 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name may only contain letters, digits and hyphens and must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM name must not end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group name must be at most 90 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group name may only contain letters, digits, underscores, hyphens, periods and parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource group name must not end with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name for the VM&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be at most 64 characters long (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must start with a lower-case letter or an underscore and contain only lower-case letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved on Azure Linux VMs; choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;docker&quot; is the group the Docker package creates on the VM; choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special character (anything but a letter or a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least three of the four kinds above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the passwords Azure refuses (such as P@ssw0rd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password for the VM&apos;s administrator, or give an SSH public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be %1 to %2 characters long (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least three of lower-case, upper-case, digit and special character; add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refuses this password because it is widely used; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a private key; give the public key instead (the .pub file next to it, or `ssh-keygen -y -f &lt;private key&gt;` prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SSH2 (RFC 4716) public key; convert it with `ssh-keygen -i -f &lt;file&gt;` to the OpenSSH one-line form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA keys are not accepted by Azure; make an ed25519 key with `ssh-keygen -t ed25519`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with ssh-rsa, ssh-ed25519 or ecdsa-sha2-nistp256/384/521 (Azure accepts only these OpenSSH public keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key data after &quot;%1&quot; is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key data does not hold a %1 key (the file is damaged or edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this RSA key has %1 bits; Azure needs at least 2048 (make a new key with `ssh-keygen -t ed25519`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ed25519 key data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ECDSA key data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key data has trailing bytes (the file is damaged or edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH public key file %1 does not exist. Give the .pub file of your key (make one with `ssh-keygen -t ed25519`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an SSH public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an SSH public key (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SSH public key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key file %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the source addresses allowed to reach the SSH and Docker ports: &quot;*&quot; for any, or an IPv4 range such as 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address range: use &quot;*&quot; for any address, or a.b.c.d/n such as 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length in &quot;%1&quot; must be a number from 0 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; the range starting there is %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Azure Resource Manager the SSH port is the one the VM&apos;s SSH server listens on, 22 (a public IP does not translate ports); use 22, or 0 to open no SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker port must be a number from 1 to 65535 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker port must differ from the SSH port (both are %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is not a URN publisher:offer:sku:version (for example Canonical:ubuntu-24_04-lts:server:latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VM size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH public key cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 hosts the DNS labels are %2 … %3, and %3 breaks the DNS label rule: %4 Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 hosts the VM names are %2 … %3, and %3 breaks the VM name rule: %4 Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::certs</name>
    <message>
        <source>no OpenSSL error reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 key generation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate a memory buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the private key as PKCS#8 PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the encoded private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the certificate as PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the encoded certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw a random serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the subject %1 &apos;%2&apos; (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the %1 extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the %1 extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate the subjectAltName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DNS name for a certificate (letters, digits, &apos;-&apos; and &apos;.&apos; only; use the punycode form of international names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the DNS name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the DNS name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the IP address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the IP address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the subjectAltName extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be between 1 and 36500 days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the start of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the certificate version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs a common name (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the certificate&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate with SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>createCertificateAuthority needs a request with the CertificateAuthority usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the issuer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issueCertificate makes leaf certificates; use createCertificateAuthority for a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA private key does not belong to the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate is not a certificate authority (no CA:TRUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by &apos;%1&apos;, not by the CA &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the CA&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s signature was not made by the CA&apos;s key (same name, different CA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::certs::CertFolderLock</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another docker-vm run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied. Check that the folder is yours and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::certs::DockerTlsStore</name>
    <message>
        <source>%1 exists and is not a folder; choose another certificate folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that its parent is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the right file, move the folder&apos;s files away, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid before %2; check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is readable by other users; make it owner-only (chmod 600 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the private key of %2 (they come from different pairs). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not signed by the CA in %2 (%3); docker would refuse it. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, but %2 exists. Restore it, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate authority (no basicConstraints CA:TRUE), so it cannot sign Docker certificates. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists without its key %2: docker can still connect with the existing files, but no server certificate can be issued for a new host. Bring back ca-key.pem, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a client certificate (its extended key usage lacks clientAuth). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server certificate (its extended key usage lacks serverAuth). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name the host %2 in its subjectAltName, so docker --tlsverify would refuse it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while the TLS files were being made; nothing was overwritten. Run again to reuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 owner-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the temporary file for %1 owner-only; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name a certificate can carry: use letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. myvm.cloudapp.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be between 1 and 36500 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to the backup folder %2; the files already moved are there. Move the rest by hand and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but does not cover %2. It is not replaced: move it and its key away, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS files in %1 cannot be reused, and nothing was changed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA files in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the client files in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server files for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while making the TLS files; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the client certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the server certificate for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the TLS keys (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the TLS keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since %1 for the certificate folder %2, in use by %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate folder %1 is in use by %2; nothing was changed. Try again when that run has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::AccountStore</name>
    <message>
        <source>Cannot read the list of accounts “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of accounts “%1” is damaged (%2). Move it away and import your .publishsettings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available (no Secret Service on the session bus), so private keys are kept in owner-only files in %1. Install and unlock a keyring such as gnome-keyring to keep them in the keychain; the files move there on the next use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 stays where it is: moving it into the keychain failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain gave back different bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription “%1” lacks an id, a certificate or its private key; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of subscription %1 could not be stored; nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of subscription %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription has the id “%1”. List them with &apos;docker-vm account list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of subscription %1 is missing. Import its .publishsettings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription “%1”: none is imported yet. Import a .publishsettings file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription has the id or name “%1”. List them with &apos;docker-vm account list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several subscriptions are named “%1” (%2); give the id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was forgotten, but its private key could not be deleted from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::AvailabilityReply</name>
    <message>
        <source>the name availability check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::ClassicCloud</name>
    <message>
        <source>No subscription is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether %1 is free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already taken%2. Choose another DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: the cloud service %2, a storage account for the disk when the subscription has none, and the virtual machine %3 with the Docker extension, which installs Docker with your certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Azure the VM and its disk cost money while they exist: delete the host with `docker-vm delete %1` when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published before %1: its Linux agent is too old for the Docker extension, so Docker would never start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker host named %1 was found: the cloud service %1 has no VM deployment in this subscription. &apos;docker-vm status %1&apos; shows what there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the deployment of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud service %1 has no VM role, so there is no node to ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::DeleteRun</name>
    <message>
        <source>Delete the cloud service with its VM and disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for Azure to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the cloud service %1 with its VM and disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was closed while deleting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the deletion of %1; Azure may still be deleting it (see &apos;docker-vm status %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud service %1 with its VM and disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 with its VM and disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the VM role %1 with its disk and endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the VM role %1 of %2 with its disk and endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM role %1 with its disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the VM role %1 with its disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::DeploymentReply</name>
    <message>
        <source>the deployment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::LocationsReply</name>
    <message>
        <source>the list of locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::ManagementReply</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::OperationReply</name>
    <message>
        <source>the operation status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::OsImagesReply</name>
    <message>
        <source>the list of OS images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::Pkcs12</name>
    <message>
        <source>the certificate data is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a bare certificate (.cer) without its private key, not a PKCS#12 (.pfx) bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a PKCS#12 (.pfx) bundle, or the bundle is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password, or damaged (its integrity check fails with an empty password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is wrong, or the bundle is damaged (its integrity check fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses an encryption algorithm this OpenSSL cannot provide (is the OpenSSL &apos;legacy&apos; provider installed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents cannot be decrypted: it is protected by a password, or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PKCS#12 bundle is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a certificate but not its private key (was it exported as .cer, or without the key?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds neither a certificate nor a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key does not belong to any of its certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a private key but no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate cannot be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key is of a type that cannot be used (only RSA and EC are supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key cannot be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key cannot be used by the TLS backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not a PEM X.509 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is not an unencrypted PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC2-40 is not available (is the OpenSSL &apos;legacy&apos; provider installed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create the PKCS#12 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not encode the PKCS#12 bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::Provisioner</name>
    <message>
        <source>Check the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the DNS name is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the Docker TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or create a storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the VM with the Docker extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for Azure to accept the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the VM and the Docker extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Docker answers over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what this run created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped: the connection to the subscription was closed (the subscription was switched or the program is closing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the subscription was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for %1 stopped before its VM deployment was created; there is nothing to wait for. Run &apos;docker-vm cleanup&apos; to remove what it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by the earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up the unfinished run for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether %1 is free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name %1 is already taken. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the provisioning journal; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1, which is using the certificate folder %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused the CA and client certificate in %1; new server certificate for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created a CA, a client certificate and a server certificate for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused the certificates in %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for a portalvhds account in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the storage accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reusing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating %1 (Standard_LRS) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the storage account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the provisioning journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker host created by Docker VM Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS name %1 was taken while we were working: %2. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the cloud service %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the deployment: role %1, image %2, endpoints ssh %3 and docker %4, extension %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the VM deployment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the status of operation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure reports that the operation failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 did not finish within %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM was not ready with a running Docker extension after %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the deployment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1, Docker extension %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1, guest agent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM failed to start (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker extension failed on the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker check %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer over TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 answered (API %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s. Try: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the certificate generation before cleaning up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Azure Resource Manager resource; clean it up with the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left behind: %1. Run &apos;docker-vm cleanup&apos; to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for %1 made %2 hosts; resuming a run of several hosts is not supported. Run &apos;docker-vm cleanup&apos; to remove what it left, then create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the deployment with this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM accepted; booting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server certificates for %1 more hosts (same CA, same DNS name %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA key %1 to sign the other hosts&apos; certificates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one CA and client certificate for all %1 hosts; a server certificate for %2 per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles in cloud service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding role %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the role: ssh %1, docker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused to add the role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role accepted (request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 failed, so the whole run is rolled back (use --keep-partial to keep the others&apos; swarm): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready with a running Docker extension after %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM failed to start (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker extension failed on the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 VMs ready with the Docker extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hosts on %2, ports %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM ready; waiting until Docker answers on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 answered on port %2 (private address %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hosts answer Docker over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host of %1 answered Docker; nothing is left to form a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm was not formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the failed host %1 (keeping the others&apos; swarm)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM role %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the swarm of %1 hosts without %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still busy with the operation that was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure to accept the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure accepted the deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker on %1 to answer over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker port (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the Docker TLS certificates (the keys are still being made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished run for %1 added hosts to its swarm; such a run is not resumed. Run &apos;docker-vm cleanup&apos; to remove the hosts it added (the swarm&apos;s other hosts stay), then &apos;docker-vm swarm add %1&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new hosts leave the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the swarm&apos;s cloud service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the new hosts&apos; server certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new VMs to the cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the new VMs and their Docker extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the new hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the administrator name of the swarm&apos;s VMs with --user USER (the one it was created with): the classic API does not return it for an existing Linux VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No swarm named %1 was found: the cloud service %1 has no VM deployment in this subscription. &apos;docker-vm status %1&apos; shows what there is; &apos;docker-vm create --nodes N %1 …&apos; makes a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the deployment of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single Docker host (VM role %2), not a swarm made with &apos;docker-vm create --nodes N&apos;; swarm add adds hosts to such a swarm only. Create a swarm with &apos;docker-vm create --nodes N&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of %1 names no storage account (%2), so a new VM&apos;s disk has no place to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would need the public port %2, but ports end at 65535. Add fewer hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would need the public port %2, but %3 uses it on the cloud service %4. Remove that endpoint, or the host, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm hosts %1 (%2, image %3); new: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the swarm&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new disks go where the swarm&apos;s are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier &apos;swarm add&apos; of %1 did not finish and may have left hosts behind (journal %2). Run &apos;docker-vm cleanup&apos; first, then add again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server certificate for %1 per new host, signed by the swarm&apos;s CA; the client certificate is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new role(s) in cloud service %1</source>
        <translation>
            <numerusform>%n new role in cloud service %1</numerusform>
            <numerusform>%n new roles in cloud service %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1 failed, so every new host is rolled back; the existing swarm is not touched (use --keep-partial to keep the new hosts that work): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host was added to the swarm %1 (the new ones are rolled back; the existing swarm is not touched): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the swarm step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 of %2 new hosts to the swarm; removed %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::PublishSettings</name>
    <message>
        <source>Download a fresh .publishsettings file from the Azure portal and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings are %1 KiB, more than the %2 KiB a real .publishsettings file can be; refused without reading them. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file is empty. It may not have finished downloading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file contains a document type declaration (DTD, line %1). Real .publishsettings files never do, and DTDs and entities are refused for safety. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file uses an XML entity (line %1), which is refused for safety. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an XML file, but not Azure publish settings: its root element is &lt;%1&gt;, not &lt;PublishData&gt;. Choose the file whose name ends in .publishsettings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file is not valid XML at %1. It may be truncated, damaged or not a .publishsettings file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file has no &lt;PublishProfile&gt; element, so it names no subscription. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish settings file lists no subscription. Your account may have no active subscription with access to the classic (Service Management) API; check the Azure portal, then download the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription “%1” on line %2 has no Id attribute, so it cannot be used. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription “%1” names no management endpoint; using the public Azure cloud (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management endpoint of subscription “%1” is %2, which is not encrypted (http). Only https endpoints are accepted; the certificate would otherwise be sent in the clear. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management endpoint of subscription “%1” is “%2”, which is not an https URL. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a fresh .publishsettings file from %1 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription “%1” has no management certificate (no ManagementCertificate attribute on it or on its profile). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” is not valid base64 text; the file was probably damaged or edited. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” cannot be used: %2. Publish settings certificates have no password. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” expired on %2; Azure will refuse it. Imported anyway; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” is not valid before %2; check this computer&apos;s clock. Imported anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subscription %1 appears %n times in the file; the first one is used.</source>
        <translation>
            <numerusform>Subscription %1 appears %n time in the file; the first one is used.</numerusform>
            <numerusform>Subscription %1 appears %n times in the file; the first one is used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder. Give the path of the .publishsettings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device). Save the .publishsettings file to disk and give its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 KiB, more than the %2 KiB a real .publishsettings file can be; refused without reading it. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (%1). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a real .publishsettings file can be; refused. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription “%1” cannot be written: it needs an id, a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of subscription “%1” cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::Requests</name>
    <message>
        <source>%1 nodes need the public Docker ports %2 to %3 on the cloud service, but ports end at 65535. Choose a lower Docker port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public port %1 would be used twice on the cloud service: node %2 needs Docker on %3 and SSH on %4 (Docker ports count up from the Docker port, SSH ports of nodes 2 and up are 2200 + node). Choose another Docker or SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::StorageServiceReply</name>
    <message>
        <source>the storage account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::classic::StorageServicesReply</name>
    <message>
        <source>the list of storage accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::Cloud</name>
    <message>
        <source>Adding hosts to the swarm %1 is not supported on this cloud (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::Journal</name>
    <message>
        <source>storage account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network security group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public IP address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM role %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::OwnFiles</name>
    <message>
        <source>this run did not record writing it (it may belong to another run or to you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was replaced by something that is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read to check it is this run&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since this run wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by %1 (its server certificate in this folder is signed by this CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unfinished run for %1 uses this folder too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was replaced by something that is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is not empty (%n entries)</source>
        <translation>
            <numerusform>it is not empty (%n entry)</numerusform>
            <numerusform>it is not empty (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>it cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::SwarmNodeRemoval</name>
    <message>
        <source>%1 has no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no node named %2; its nodes are %3. Name one of them, e.g. &apos;docker-vm swarm remove %1 %4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only node of %2; remove the whole swarm with &apos;docker-vm delete %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of %1 answered as a swarm manager:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the swarm (as %2 sees it); deleting its VM only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the swarm&apos;s only manager: without it the swarm ends. Remove the whole swarm with &apos;docker-vm delete %2&apos;, or promote another node first (&apos;docker node promote NODE&apos; against %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads the swarm, so it is not removed. Demote it first (&apos;docker node demote %1&apos; against another manager; another manager then leads), then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a manager, and demoting it now is not safe: the manager(s) %2 are not reachable, so the swarm could lose its quorum. Bring them back (or remove them first), then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demoting %1 to a worker (%2 managers are left)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm refused to demote %1: %2 Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a worker now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still listed as a manager %2 s after its demotion%3. Look at &apos;docker node ls&apos; on a manager, then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining %1 (its tasks move to the other nodes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not drain %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not leave the swarm itself (%2); removing it on the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager could not remove %1 from the swarm: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the swarm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::SwarmSteps</name>
    <message>
        <source>The number of hosts must be between 1 and %1 (it is %2). Use --nodes 1 for a single host, or more for a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of swarm managers must be between 1 and the number of hosts (%1); it is %2. Leave out --managers for the default (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of swarm managers must be odd (1, 3, 5, …); it is %1. With an even number a swarm survives no more manager losses than with one fewer, and a tie can stop it. Use --managers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the swarm on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until every node is ready in the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the planned hosts are left, so the swarm gets %2 manager(s) instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (advertises %2:2377)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm made on %1; join tokens read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ready; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes ready/active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not join: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes ready/active; leader %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: the leader %2 could not list the nodes (%3). Remove it with &apos;docker node rm --force %1&apos; on a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: the leader refused to remove it (%2). Remove it with &apos;docker node rm --force %3&apos; on a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list: it is a manager and the leader refused to demote it (%2). Run &apos;docker node demote %3&apos; and &apos;docker node rm --force %3&apos; on a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes the number of hosts to add, at least 1 (it is %1). Leave it out to add one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm has %1 host(s); %2 more would make %3, but a swarm made by this tool has at most %4 (the bound of create --nodes: the per-host ports of one cloud service and a wait that stays short). Add at most %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate folder %1 does not exist. Give the folder the swarm was created with (-C DIR): new hosts need its CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the swarm&apos;s hosts trust only the CA they were created with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists without its key %2: no server certificate can be issued for a new host. Bring back ca-key.pem from where the swarm was created (making a new CA is no way out: the existing hosts trust only the old one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 is missing: it is what reaches the swarm&apos;s Docker over mutual TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add hosts with the certificates in %1:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be listed in the swarm: its node ID is unknown. Check with &apos;docker node ls&apos; on a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: no manager is known. Remove it with &apos;docker node rm --force %2&apos; on a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: the manager %2 refused to remove it (%3). Remove it with &apos;docker node rm --force %4&apos; on a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a manager of %1 and read its join token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until every new node is ready in the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manages the swarm; join token read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new node(s) ready/active; asked %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::ConnectionController</name>
    <message>
        <source>legacy: server not verified (like docker --tls; for hosts made by the 2014 tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, server verified against %1 (like docker --tlsverify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker VM Wizard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking Docker at %1; waiting up to %n second(s) for it to answer…</source>
        <translation>
            <numerusform>Checking Docker at %1; waiting up to %n second for it to answer…</numerusform>
            <numerusform>Checking Docker at %1; waiting up to %n seconds for it to answer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking Docker at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 with the certificates in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy, server not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Docker at %1: attempt %2 stopped at %3. Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected after %n attempt(s) in %1 s</source>
        <translation>
            <numerusform>Connected after %n attempt in %1 s</numerusform>
            <numerusform>Connected after %n attempts in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid docker context name: use letters, digits and _ . + -, starting with a letter or digit (for example &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command is not installed on this computer (not found on PATH), so no context was created. Copy the command and run it where docker is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Run the command yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created docker context &apos;%1&apos;. Use it with &apos;docker --context %1 info&apos;, or make it the default with &apos;docker context use %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context create failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context create stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context create did not finish within %1 s and was stopped. Run the command yourself to see what it waits for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::DockerEnv</name>
    <message>
        <source>bash (Linux, macOS, Git Bash, WSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Prompt (cmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) contains a double quote or a line break, which cmd cannot set. Use PowerShell, or move the certificates to a folder without such characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::DockerProbe</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the folder the VM&apos;s certificates were made in (--cert-dir), or make new ones with &apos;docker-vm certs create --host %1 --cert-dir %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key (RSA or EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker client certificates are not usable: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca.pem (%1), cert.pem (%2) and key.pem loaded from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert.pem (%1) and key.pem loaded from %2; legacy mode: the server will not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: cert.pem expired on %1, the daemon will refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker on %1 did not answer within %2 s (%3 attempts). Last error: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /_ping answered %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, API-Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /version answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /version: %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1, API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (oldest accepted %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no API version given, trying ours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; using API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon refused API %1 (&quot;%2&quot;); retried with its version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1: %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1: Docker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker answered info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 on %2 answered info over %3 (API %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy TLS without server verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /_ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subjectAltName at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1, issued by %2) is not signed by the CA in %3 (%4). Use the ca.pem that signed the daemon&apos;s certificate, or give the daemon a server certificate made from this CA (&apos;docker-vm certs create --host %5&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1. Issue a new server certificate (&apos;docker-vm certs create --host %2&apos;) and install it on the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid before %1; check the clocks of this computer and the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid for %1, not for %2. Connect with a name the certificate carries, or issue a server certificate for %2 (&apos;docker-vm certs create --host %2&apos;); the legacy --tls mode skips this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 (connection refused): the Docker daemon is not running yet, or listens on another port. Check --docker-port and that dockerd runs with -H tcp://0.0.0.0:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1: a firewall drops the packets or the port has no endpoint on the cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 port %2 within %3 s: a firewall drops the packets, the cloud service has no endpoint for the port, or the VM is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2. Check the spelling; a new cloud service&apos;s DNS name can take a few minutes to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving %1 took longer than %2 s; check the DNS settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode only reaches the simulated hosts on this computer, and %1 is not one of them; nothing was sent. Start the wizard without --demo to check a real host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapped to %2:%3 by the demo/test host override; the certificate is still verified for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on %1 closed the connection during the TLS handshake: TLS alert &quot;%2&quot;. It speaks TLS but would not talk to us; check that this is the Docker daemon&apos;s port and that dockerd runs with --tlsverify and a server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on %1 closed the connection during the TLS handshake without a TLS alert. Is the daemon started with --tlsverify on this port, or is it still starting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2. Is the daemon started with --tlsverify on this port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 s: the service on that port does not speak TLS, or the daemon is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on %1 does not speak TLS: it sent &quot;%2&quot;. Another program listens on this port; check --docker-port and that dockerd runs with --tlsverify -H tcp://0.0.0.0:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 speaks plain HTTP, not TLS (it answered &quot;%3&quot;). The daemon was started without --tlsverify or another service listens there; never expose Docker without TLS. Start dockerd with --tlsverify --tlscacert --tlscert --tlskey on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1. Check that key.pem belongs to cert.pem in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server&apos;s certificate %2 (issued by %3, valid until %4) is signed by ca.pem and valid for %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; LEGACY MODE (--tls): the server&apos;s certificate %2 (issued by %3) was NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (TLS alert: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon on %1 refused our client certificate %2 (%3)%4: a daemon started with --tlsverify accepts only client certificates signed by its --tlscacert. Use the cert.pem and key.pem made with the CA whose certificate the VM got, or make a new set with &apos;docker-vm certs create&apos; and install its CA on the daemon. The key is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon ended the handshake with an alert about our certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon accepted cert.pem (%1) and refuses clients without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY: the daemon on %1 answers clients without a client certificate, so anyone who reaches the port controls Docker (and the VM). It runs with --tls, not --tlsverify. Restart dockerd with --tlsverify --tlscacert ca.pem --tlscert --tlskey (the CA that signed %2), and close the port until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed during %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer %2 with valid HTTP: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the middle of the body of its answer to GET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the header of its answer to GET %1 was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated reply: %1 closed the connection %2, %3 times in a row. The daemon may be restarting, or something between us cuts connections; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon on %1 did not answer GET %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the VM&apos;s certificates were made in (%3), or make new ones in a terminal with &apos;docker-vm certs create --host %1 --cert-dir %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /_ping on %1 answered 200 but not &quot;OK&quot; (&quot;%2&quot;): this does not look like a Docker daemon. Check %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid for %1, not for %2. Connect with a name the certificate carries, or issue a server certificate for %2 (&apos;docker-vm certs create --host %2&apos; in a terminal); the legacy mode (server not verified) skips this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 (connection refused): the Docker daemon is not running yet, or listens on another port. Check %2, and that the Docker daemon on the host listens on TCP port %3 (dockerd -H tcp://0.0.0.0:%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on %1 does not speak TLS: it sent &quot;%2&quot;. Another program listens on this port; check %3, and that the Docker daemon on the host listens on it with TLS verification (dockerd --tlsverify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; LEGACY MODE: the server&apos;s certificate %2 (issued by %3) was NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::EngineRequest</name>
    <message>
        <source>The daemon on %1 did not answer %2 %3 within %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon on %1 refused our client certificate from %2 (TLS alert &quot;%3&quot;). Run &apos;docker-vm check&apos; for a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::Swarm</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the join tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready in the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOSTNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANAGER STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm %1: %2 managers, %3 workers, %4 of %5 ready; leader %6
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::SwarmClient</name>
    <message>
        <source>%1 answered GET /version without an API version (%2): is this a Docker daemon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ApiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 on %2 speaks API %3, which has no swarm mode (API %4 or newer is needed). Update Docker on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already part of a swarm (the daemon says: &quot;%2&quot;). Make it leave first (&apos;docker swarm leave --force&apos; on it) or use a host that is not in a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of a swarm (%2 answered &quot;%3&quot;). Form the swarm first (&apos;docker-vm create --nodes N&apos;) or ask another node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a swarm worker, not a manager, so it cannot answer %2 (&quot;%3&quot;). Ask the leader or another manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not join the swarm: the manager refused the join token (the daemon says: &quot;%2&quot;). Read the current token from the leader (&apos;docker swarm join-token worker&apos; or GET /swarm) and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not join the swarm (the daemon says: &quot;%2&quot;). Check that the manager&apos;s private address is reachable from this node on 2377/tcp (and 7946/tcp+udp, 4789/udp between the nodes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm has no such node (%1 on %2 answered &quot;%3&quot;). List the nodes with &apos;docker-vm swarm status&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node changed while we updated it (%1 on %2: &quot;%3&quot;). Read the nodes again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 failed with HTTP %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET /info without its swarm state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET /swarm without join tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered GET /nodes with something else than a list of nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::SwarmFormation</name>
    <message>
        <source>No nodes given: a swarm needs at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 managers for %2 nodes: the number of managers must be odd (1, 3, 5, ...) and at most the number of nodes, so the managers keep a majority (quorum) when one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node name %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: the private address &apos;%2&apos; is not an IP address. Swarm nodes advertise and join on their private addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: no Docker endpoint or certificate folder given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already part of a swarm (its swarm state is &apos;%2&apos;, node ID %3). Make it leave first (&apos;docker swarm leave --force&apos; on it) or use a host that is not in a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 answers over mutual TLS; not in a swarm yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm was not created: the first manager %1 cannot start it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm init, advertising %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swarm created; %1 is its leader (node ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm was created on %1 but its join tokens could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join tokens read (they are secrets and are not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining as %1 through %2, advertising %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined as %1 (joined ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined but GET /info names no swarm node ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting until the leader lists it ready and active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3%4, Docker %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm of %1 nodes (%2 managers) formed in %3 s; %4 leads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm formed with %1 of %2 nodes; failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1, availability %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined but the leader did not list it ready and active within %2 s (%3)%4. Check that the nodes reach each other on their private addresses (2377/tcp, 7946/tcp+udp, 4789/udp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm did not become ready within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 nodes had joined the swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node name %1 is given twice: it is in the swarm already and cannot join it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of the swarm answered as a manager, so nothing joined it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking %1 whether it manages the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in an active swarm (its swarm state is &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a worker, not a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no swarm address in GET /info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manages the swarm (Docker %2, swarm address %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new node can join the swarm of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join token could not be read from the manager %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s) joined the swarm in %1 s (asked %2).</source>
        <translation>
            <numerusform>%n new node joined the swarm in %1 s (asked %2).</numerusform>
            <numerusform>%n new nodes joined the swarm in %1 s (asked %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 new nodes joined the swarm; failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::docker::SwarmStatus</name>
    <message>
        <source>%1 is not part of a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a swarm worker; only managers know the swarm&apos;s nodes. Ask the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yet an active swarm member (its state is &apos;%2&apos;); only active managers know the swarm&apos;s nodes. Ask the leader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::i18n::Language</name>
    <message>
        <source>%1 needs a language: ko (Korean) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no such language. Choose ko (Korean) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show texts in this language: ko (Korean) or en (English). Default: the DOCKER_VM_LANG environment variable, else the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::identity::ArmAccountStore</name>
    <message>
        <source>Cannot read the list of Azure sign-ins “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of Azure sign-ins “%1” is damaged (%2). Move it away and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure subscription has the id or name “%1”. Sign in again or pick one from the list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Azure subscriptions are named “%1” (%2); give the id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available (no Secret Service on the session bus), so Azure sign-in tokens are kept in owner-only files in %1. Install and unlock a keyring such as gnome-keyring to keep them in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the Azure sign-in of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in names no user or tenant; nothing was saved. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 returned no refresh token (was offline_access granted?); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Azure subscription in the tenants it can reach; nothing was saved. Ask for access to a subscription, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription “%1” lacks an id or a tenant; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in of %1 for subscription “%2”. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved sign-in of %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure subscription has the id “%1”; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription was forgotten, but the sign-in token of %1 could not be deleted from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::identity::DeviceCodeFlow</name>
    <message>
        <source>The sign-in code %1 expired before the sign-in was finished in the browser. Start the sign-in again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 sent a device code reply without user_code, device_code, an http(s) verification_uri or expires_in. Check the authority URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 in a web browser and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt).</numerusform>
            <numerusform>%1 (gave up after %n attempts).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in server %1 finished the sign-in with a reply it cannot use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was finished in the browser (%1). Start the sign-in again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (%1). Start it again and accept to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know this sign-in code (%1). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in (%1). Start it again; if it keeps failing, check that the account may sign in to tenant “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the application %1 (%2). Use an app registration that allows public client flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in with “%1” (%2). Check the tenant and the application, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::identity::Http</name>
    <message>
        <source>The token reply carries no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token reply is of type “%1”, not Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file “%1” given for the sign-in server: %2. Check the path or leave it out to trust only the system&apos;s CAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” given for the sign-in server holds no PEM certificate. Pass a PEM file (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to the sign-in server %1 failed (%2). If it uses its own CA (Azure Stack Hub, a test server), pass that CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server %1: %2. Check the network connection and the authority URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 answered HTTP %2 (%3) with something that is not an OAuth reply. Check the authority URL (a proxy or captive portal may be in the way).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::identity::TokenManager</name>
    <message>
        <source>There is no saved sign-in for tenant %1. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 answered the token refresh with a reply it cannot use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in for tenant %1 no longer works (%2). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 is not available right now (%2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 refused to refresh the access token with “%2” (%3). Check the application id and the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::privatefile</name>
    <message>
        <source>Cannot create the folder “%1”. Check that its parent is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder “%1” private to you (mode 0700), so no private key is written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make “%1” readable only by you (mode 0600); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::provision::UnfinishedRuns</name>
    <message>
        <source>%1 (started %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on purpose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made with the %2 account %3: select it to clean up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made with subscription %2: select it to clean up)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::sim::ArmSimulator</name>
    <message>
        <source>the ARM simulator cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::sim::AzureSimulator</name>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator&apos;s client certificate could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Azure simulator cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator has not been started, so it has no subscription yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator has not been started, so it has no CA yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::sim::DemoEnvironment</name>
    <message>
        <source>Demo mode only talks to this computer: the request to %1 was refused before it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode needs a temporary folder, but none could be created in %1: %2. Free some space or set TMPDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s Azure simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo subscription to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remember the demo subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s Azure Resource Manager simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s Entra ID simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo&apos;s certificate authority to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::sim::DockerHost</name>
    <message>
        <source>the simulated Docker host has no server certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated Docker host&apos;s server key is not a PEM RSA or EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated Docker host needs a CA (PEM) to verify clients against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::sim::HttpServer</name>
    <message>
        <source>connection failed during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ConnectionPage</name>
    <message>
        <source>Connect to Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks over TLS, stage by stage, that Docker answers with your certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myhost.cloudapp.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cert&amp;ificate folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker host to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Port field on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker port on the Docker page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Certificate folder field on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate folder on the Docker page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ConnectionPanel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use from a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker info command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironment for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell for the environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables for the chosen shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create docker conte&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a docker context for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context create command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker context create command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the connection check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;docker command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker info command for the chosen shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker info command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open certificate f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating docker context &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker context command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker host to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage passed. Select a stage to see what was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2.&lt;/b&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (using %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, oldest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 paused, %3 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager. Open it yourself; it holds ca.pem, cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes of the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the swarm&apos;s leader for its nodes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the swarm&apos;s nodes from the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: not in the swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed by the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial swarm: the run kept the hosts that work. Failed and removed: %1. Add hosts later with `docker-vm swarm add %2`, or delete it all with `docker-vm delete %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker command, the environment and the docker context on &quot;Use from a terminal&quot; are for the leader %1 (%2): there `docker node ls` lists the nodes and `docker service create` starts services on the whole swarm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::DockerPage</name>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port Docker listens on with TLS, and the folder with the certificates that let you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode proposes a temporary folder, so nothing is written to your real ~/.docker unless you choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ImagePage</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the image list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Linux image matches “%1”. Change the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>%n image matches.</numerusform>
            <numerusform>%n images match.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operating system of the VM, newest first. Images marked with a warning cannot be used: its tool tip says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the image name or label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ImageTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Choose another image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ProgressPage</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Docker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a few minutes on Azure. Cancel removes what was created so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and &amp;remove what was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing what was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing what was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing what this run created, newest first; this can take a few minutes on Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this run had created and what was removed is listed below. Start over keeps your choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed, and what was removed, is listed below. Start over keeps your choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker answered over TLS. Next checks the connection as your Docker client will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Docker hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm&apos;s hosts answered Docker over TLS. Next checks the leader as your Docker client will and lists the swarm&apos;s nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::RegionPage</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the VM runs. Choose the region closest to you or to your users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the regions of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) offer virtual machines.</source>
        <translation>
            <numerusform>%n region offers virtual machines.</numerusform>
            <numerusform>%n regions offer virtual machines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create makes these resources in Azure. The same can be done from a shell with either command below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2014 &amp;azure command (password masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the azure command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;docker-vm command (asks for the password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker-vm command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: Create runs against the simulator; nothing is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing starts when the VM is created. Cancel on the next page removes what was made so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create makes these resources in Azure. The same can be done from a shell with the command below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::SetupWizard</name>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating the Docker host?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered for the new Docker host (its name and password) is lost when the wizard closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating %1 and remove what this run made so far in the simulator (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating %1 and remove what this run made so far in Azure (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Azure, the virtual machine %1 would keep running after the wizard closes, and be billed until you delete it. (Demo mode: nothing was created or billed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine %1 keeps running after the wizard closes, and is billed by the minute until you delete it with what was created for it (in the Azure portal, or with docker-vm delete %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-1 … %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating the swarm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating the swarm %1 (hosts %2) and remove what this run made so far in the simulator (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop creating the swarm %1 (hosts %2) and remove what this run made so far in Azure (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Azure, the virtual machines of the swarm %1 (%2) would keep running after the wizard closes, and be billed until you delete them. (Demo mode: nothing was created or billed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machines of the swarm %1 (%2) keep running after the wizard closes, and are billed by the minute until you delete them with what was created for them (in the Azure portal, or with docker-vm delete %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::SignInPage</name>
    <message>
        <source>Sign in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Microsoft Entra ID (work or school) account in any browser, on this computer or on your phone. The wizard never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this code and ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your home tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource Manager endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra CA certificate (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Azure Government, Azure operated by 21Vianet, Azure Stack Hub or a test server. Each saved subscription remembers where it signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extra CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: region, image and VM in the chosen subscription. It is also the command line&apos;s current account now, so the same host can be created from a shell with
    docker-vm create -l westus NAME UbuntuLTS USER
(your ~/.ssh/id_*.pub key when present, else a password; add --ssh-key FILE, --allow-from CIDR, -g GROUP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ov&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in ser&amp;ver (authority):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::SubscriptionPage</name>
    <message>
        <source>Azure subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the .publishsettings file of your subscription, drop it here, or pick one imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imported subscriptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport .publishsettings file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does this file come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .publishsettings file holds your subscription&apos;s id and a management certificate with its private key. Download it signed in to the Azure portal at &lt;a href=&quot;https://manage.windowsazure.com/publishsettings&quot;&gt;manage.windowsazure.com/publishsettings&lt;/a&gt;, or with &lt;tt&gt;azure account download&lt;/tt&gt;. Keep it private: anyone with the file can manage the subscription. The wizard keeps the key in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings of the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management endpoint CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a private management endpoint or a simulator with a CA of its own: the CA certificate (PEM) that signed its certificate. Remembered for this subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .publishsettings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate of the management endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired: upload a new management certificate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::VirtualMachinePage</name>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its DNS name, size and the account you sign in with over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–24 letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. azureuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;H port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your host will be &lt;name&gt;.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your host will be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: sign in with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SSH public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH public &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* or an address range such as 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a new group named after the VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any: the SSH and Docker ports can be reached from the whole internet, guarded by your SSH key or password and by Docker&apos;s mutual TLS. Enter your own address range to narrow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can reach the SSH and Docker ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional with an SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Managers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of swarm managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of h&amp;osts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the working swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If some hosts fai&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts %1: one Docker swarm that %2 creates. Managers: %3, workers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosts will share %1, each with its own Docker and SSH ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosts will be %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::ui::WelcomePage</name>
    <message>
        <source>Run Docker on an Azure virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard creates a Linux VM on Azure with Docker listening on a TLS-protected port, and checks that your computer can talk to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Everything runs against a simulator on this computer: nothing is created in Azure, nothing is billed, and no request leaves this machine. Certificates go to a temporary folder unless you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You choose an Azure subscription (from its &lt;i&gt;.publishsettings&lt;/i&gt; file), a region and an Ubuntu image.&lt;/li&gt;&lt;li&gt;The wizard makes TLS certificates for Docker (a CA, a client certificate and a server certificate for the VM), or reuses the ones you have.&lt;/li&gt;&lt;li&gt;It creates a cloud service &lt;i&gt;&amp;lt;name&amp;gt;.cloudapp.net&lt;/i&gt;, a storage account when you have none, and the VM with the Docker extension.&lt;/li&gt;&lt;li&gt;It waits until Docker answers over TLS and shows how to connect.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;What it costs: the VM is billed by the minute while it exists (a Small VM costs roughly US$ 0.06 an hour), its disk a few cents a month. Delete the cloud service when you no longer need it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w Docker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck an existing Docker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s Azure: sign in with your Microsoft Entra ID (work or school) account; the host is made with Azure Resource Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a .publishsettings file (classic, as in the 2014 article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean &amp;up what they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An earlier run did not finish.&lt;/b&gt; These may still exist in Azure (and be billed):&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the subscription it was made with first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You sign in with your Microsoft Entra ID (work or school) account and choose a subscription, a region and an Ubuntu LTS image.&lt;/li&gt;&lt;li&gt;The wizard makes TLS certificates for Docker (a CA, a client certificate and a server certificate for the VM), or reuses the ones you have.&lt;/li&gt;&lt;li&gt;It creates a resource group with a network, a static public IP address &lt;i&gt;&amp;lt;name&amp;gt;.&amp;lt;region&amp;gt;.cloudapp.azure.com&lt;/i&gt; and the VM; cloud-init installs Docker with your certificates.&lt;/li&gt;&lt;li&gt;It waits until Docker answers over TLS and shows how to connect.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;What it costs: the VM and its public IP address are billed while they exist, even when idle (a Standard_B2s roughly US$ 0.05 an hour), its disk a few dollars a month. Delete the host when you no longer need it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::Catalogue</name>
    <message>
        <source>Loading the regions failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the images failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription offers no region for virtual machines. Check the subscription in the Azure portal, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sizes failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no size for this image to this subscription. Go back and choose another region or image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription is selected. Go back and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported by this cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2. Choose another image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::ProvisioningSession</name>
    <message>
        <source>Checking whether %1 is free…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription is selected, so the name cannot be checked. Go back and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Next checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker port %1 is also the SSH port, which is set on the previous page (Virtual machine). Each endpoint needs its own public port: choose another one here, e.g. %2, or go Back and change the SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create a CA, a client certificate and a server certificate for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the certificates in %1:
%2
Choose another folder, or fix or move these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will reuse the CA, the client certificate and the server certificate for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will reuse the CA and client certificate from %1 and create a server certificate for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create the missing CA or client certificate in %1, and a server certificate for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSH endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription is selected. Go back and choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 in %2 from %3 as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing what this run created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in Azure: %1. Remove it with `docker-vm cleanup` or in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling and removing what was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready: Docker answers on port %2 with the certificates in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing had been created in Azure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: password sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address (the whole internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of hosts: 1 for a single Docker host, 2 to %1 for a swarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard creates at most %1 hosts, and the command line at most %2; %3 is too many. Choose %1 or fewer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard creates at most %1 hosts (you entered %2). Choose %1 or fewer, or create %2 with the command line: docker-vm create --nodes %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A swarm needs at least one manager. Choose 1 (or 3 to survive the loss of one manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 managers need at least %1 hosts, and there are %2. Choose fewer managers or more hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of managers must be odd: %1 managers survive no more manager losses than %2, and a tie can stop the swarm. Choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager, leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): Docker %3:%4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CA and one client certificate for all the hosts (reused when %1 holds them), and a server certificate for each host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers: %1, workers: %2. %3 creates the swarm, the others join it on their private addresses. The swarm ports (2377, 7946, 4789) are open between the hosts only, never to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a host fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the swarm of the hosts that work; the failed hosts&apos; own resources are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything this run created (no swarm is left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 hosts %2 … %3 as one swarm in %4 from %5 as %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader %1 answers Docker on %2:%3 with the certificates in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm %1 is ready with %2 of its %3 hosts. Failed and removed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swarm %1 of %2 hosts is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking whether the names of the %n hosts are free…</source>
        <translation>
            <numerusform>Checking whether the name of the host is free…</numerusform>
            <numerusform>Checking whether the names of the %n hosts are free…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::SetupController</name>
    <message>
        <source>Go back to the start page and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a simulator or a private endpoint, go Back to the Subscription page, open Advanced and choose its CA certificate file; otherwise check the system clock and the CA certificates of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::SignIn</name>
    <message>
        <source>Sign-in server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: “%1” is not a tenant id or domain (such as contoso.onmicrosoft.com). Leave it empty to sign in to your home tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA: “%1” is not a readable file. Choose the PEM file of the CA that signed your sign-in and Resource Manager servers, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA: “%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in in the browser (checked every %n s); the code expires in %1.</source>
        <translation>
            <numerusform>Waiting for you to sign in in the browser (checked every %n s); the code expires in %1.</numerusform>
            <numerusform>Waiting for you to sign in in the browser (checked every %n s); the code expires in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in. Looking up your subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Choose the subscription to create the Docker host in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed-in subscription has the id “%1”. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::Subscriptions</name>
    <message>
        <source>The clean-up of the earlier run is still using the current subscription. Wait until it has finished, then switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is still using the current subscription (a name check or a create run). Wait until it has finished, then switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriptions in %1 could not be remembered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of subscription %1 is missing. Import its .publishsettings file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription first, then choose the CA certificate of its management endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read. Choose the PEM file of the CA that signed the management endpoint&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a block starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Choose the CA certificate in PEM format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::SwarmOverview</name>
    <message>
        <source>Not asked yet: Refresh asks the leader %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the leader %1 (%2) for the swarm&apos;s nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes in the swarm (managers: %2, workers: %3), %4 ready, as the leader %5 saw them at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the swarm from %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create a Docker host on an Azure virtual machine and check the TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against an in-process simulator: nothing is created in Azure, nothing leaves this computer. The default until a subscription was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your imported subscriptions even when there are none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &quot;check an existing Docker host&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happens to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in FILE (PEM) for the management endpoint, on top of the system&apos;s, for a private endpoint or a simulator. An account&apos;s own choice (Subscription page, Advanced) comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .publishsettings file to import: the wizard opens on its subscription page (what the file manager does when such a file is opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-vm-wizard opens one .publishsettings file at a time, not %1. Import the others afterwards.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--management-ca %1: no PEM certificate could be read from it. Pass the CA certificate of the management endpoint in PEM format.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode failed to start: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo guard: %1 request(s) to hosts other than loopback were refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive the demo flow and save every page to DIR/NN-name.png (with --lang ko: DIR/ko-NN-name.png), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Cannot create the folder %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots: timed out waiting for &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
