<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cloud</name>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Classic (Service Management)</source>
        <translation>클래식(서비스 관리)</translation>
    </message>
    <message>
        <source>The request did not succeed.</source>
        <translation>요청이 성공하지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %n s (at %3).</source>
        <translation>
            <numerusform>%1: %2 %n초 후(%3)에 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 Trying again in %n s (at %3), attempt %4.</source>
        <translation>
            <numerusform>%1: %2 %n초 후(%3)에 다시 시도합니다(%4번째 시도).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (waiting since %2)</source>
        <translation>%1(%2부터 대기 중)</translation>
    </message>
</context>
<context>
    <name>DockerCloudConfig</name>
    <message>
        <source>The CA certificate for the cloud-config is not a PEM certificate (no BEGIN/END CERTIFICATE block). Pass the CA&apos;s ca.pem.</source>
        <translation>cloud-config에 넣을 CA 인증서가 PEM 인증서가 아닙니다(BEGIN/END CERTIFICATE 블록이 없음). CA의 ca.pem을 지정하세요.</translation>
    </message>
    <message>
        <source>The server certificate for the cloud-config is not a PEM certificate (no BEGIN/END CERTIFICATE block). Pass server-cert.pem.</source>
        <translation>cloud-config에 넣을 서버 인증서가 PEM 인증서가 아닙니다(BEGIN/END CERTIFICATE 블록이 없음). server-cert.pem을 지정하세요.</translation>
    </message>
    <message>
        <source>The server key for the cloud-config is not a PEM private key (no BEGIN/END PRIVATE KEY block). Pass server-key.pem.</source>
        <translation>cloud-config에 넣을 서버 키가 PEM 개인 키가 아닙니다(BEGIN/END PRIVATE KEY 블록이 없음). server-key.pem을 지정하세요.</translation>
    </message>
    <message>
        <source>The server key for the cloud-config is encrypted; dockerd cannot read an encrypted key. Pass the unencrypted server-key.pem.</source>
        <translation>cloud-config에 넣을 서버 키가 암호화되어 있습니다. dockerd는 암호화된 키를 읽을 수 없습니다. 암호화되지 않은 server-key.pem을 지정하세요.</translation>
    </message>
    <message>
        <source>The Docker port for the cloud-config is 0; use 2376 (the Docker TLS port) or another port from 1 to 65535.</source>
        <translation>cloud-config의 Docker 포트가 0입니다. 2376(Docker TLS 포트) 또는 1~65535 사이의 다른 포트를 사용하세요.</translation>
    </message>
    <message>
        <source>The host name &apos;%1&apos; for the cloud-config is not a DNS name (letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>cloud-config의 호스트 이름 &apos;%1&apos;은(는) DNS 이름이 아닙니다(문자, 숫자, &apos;-&apos;, &apos;.&apos;만 사용).</translation>
    </message>
    <message>
        <source>The cloud-config is %1 bytes; Azure accepts at most %2 bytes of customData. Use smaller certificates (ECDSA P-256 or RSA 2048 keys).</source>
        <translation>cloud-config가 %1바이트입니다. Azure는 customData를 최대 %2바이트까지 받습니다. 더 작은 인증서(ECDSA P-256 또는 RSA 2048 키)를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1 for the provisioning journal.</source>
        <translation>프로비저닝 기록용 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1을(를) 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write the provisioning journal %1: %2</source>
        <translation>프로비저닝 기록 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a provisioning journal: %2</source>
        <translation>%1은(는) 프로비저닝 기록이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 names no DNS name.</source>
        <translation>%1에 DNS 이름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>%1: “%2” is not a server address. Give an https URL such as %3.</source>
        <translation>%1: “%2”은(는) 서버 주소가 아닙니다. %3 같은 https URL을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>VmSpec</name>
    <message>
        <source>At least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation>영문 소문자</translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation>영문 대문자</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>One of %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>Enter a DNS name for the cloud service.</source>
        <translation>클라우드 서비스의 DNS 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The DNS name must be 3 to 24 characters long (it has %1).</source>
        <translation>DNS 이름은 3~24자여야 합니다(현재 %1자).</translation>
    </message>
    <message>
        <source>The DNS name may only contain letters, digits and hyphens.</source>
        <translation>DNS 이름에는 문자, 숫자, 하이픈만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The DNS name must start with a letter.</source>
        <translation>DNS 이름은 문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The DNS name must not end with a hyphen.</source>
        <translation>DNS 이름은 하이픈으로 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>The VM name must be at most 64 characters long.</source>
        <translation>VM 이름은 64자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The VM name may only contain letters, digits and hyphens, start with a letter and not end with a hyphen.</source>
        <translation>VM 이름에는 문자, 숫자, 하이픈만 사용할 수 있으며 문자로 시작하고 하이픈으로 끝나지 않아야 합니다.</translation>
    </message>
    <message>
        <source>Enter a user name for the VM.</source>
        <translation>VM의 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The user name must be at most 32 characters long.</source>
        <translation>사용자 이름은 32자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The user name must start with a lower-case letter or underscore and contain only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>사용자 이름은 영문 소문자나 밑줄로 시작해야 하며 영문 소문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved user name on Azure Linux VMs; choose another.</source>
        <translation>&apos;%1&apos;은(는) Azure Linux VM에서 예약된 사용자 이름입니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter a password for the VM user.</source>
        <translation>VM 사용자의 암호를 입력하세요.</translation>
    </message>
    <message>
        <source>The password must be at most 72 characters long.</source>
        <translation>암호는 72자 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The password needs: %1.</source>
        <translation>암호에 다음이 필요합니다: %1.</translation>
    </message>
    <message>
        <source>A port must be a number from 1 to 65535 (got %1).</source>
        <translation>포트는 1~65535 사이의 숫자여야 합니다(입력값: %1).</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>지역을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a VM size.</source>
        <translation>VM 크기를 선택하세요.</translation>
    </message>
    <message>
        <source>The Docker port must differ from the SSH port (both are %1).</source>
        <translation>Docker 포트는 SSH 포트와 달라야 합니다(둘 다 %1).</translation>
    </message>
</context>
<context>
    <name>azure</name>
    <message>
        <source>The Docker extension reported %1 without a message.</source>
        <translation>Docker 확장이 메시지 없이 %1을(를) 보고했습니다.</translation>
    </message>
    <message>
        <source>Azure (public)</source>
        <translation>Azure(공용)</translation>
    </message>
    <message>
        <source>Azure China</source>
        <translation>Azure 중국</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure Germany</source>
        <translation>Azure 독일</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>사용자 지정 끝점</translation>
    </message>
</context>
<context>
    <name>classic::AsmError</name>
    <message>
        <source>The management certificate is not accepted for this subscription.</source>
        <translation>이 구독에서 관리 인증서가 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>Re-download the .publishsettings file for this subscription and import it again (docker-vm account import FILE).</source>
        <translation>이 구독의 .publishsettings 파일을 다시 다운로드하여 다시 가져오세요(docker-vm account import FILE).</translation>
    </message>
    <message>
        <source>The subscription is disabled.</source>
        <translation>구독이 사용 안 함 상태입니다.</translation>
    </message>
    <message>
        <source>Check the subscription&apos;s state and billing in the Azure portal, or choose another subscription.</source>
        <translation>Azure Portal에서 구독 상태와 청구를 확인하거나 다른 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>The server does not accept the API version (x-ms-version) this program sent.</source>
        <translation>서버가 이 프로그램이 보낸 API 버전(x-ms-version)을 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>This is a bug in this program or the endpoint is not an Azure Service Management endpoint; report it with the log (--verbose).</source>
        <translation>이 프로그램의 버그이거나 끝점이 Azure 서비스 관리 끝점이 아닙니다. 로그(--verbose)와 함께 보고해 주세요.</translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation>요청한 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>Check the name and the subscription; it may have been deleted.</source>
        <translation>이름과 구독을 확인하세요. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Azure is busy with another operation on the same resource.</source>
        <translation>Azure가 같은 리소스에서 다른 작업을 처리하는 중입니다.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>1분 정도 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource (it may already exist).</source>
        <translation>요청이 리소스의 현재 상태와 충돌합니다(이미 있을 수 있음).</translation>
    </message>
    <message>
        <source>Choose another name, or delete or reuse the existing resource.</source>
        <translation>다른 이름을 선택하거나 기존 리소스를 삭제 또는 재사용하세요.</translation>
    </message>
    <message>
        <source>Azure is busy or throttling requests from this subscription.</source>
        <translation>Azure가 사용 중이거나 이 구독의 요청을 제한하고 있습니다.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>몇 분 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Azure reported an internal error.</source>
        <translation>Azure에서 내부 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Azure rejected a value in the request.</source>
        <translation>Azure가 요청의 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the values named in the server&apos;s message and change them.</source>
        <translation>서버 메시지에 나온 값을 확인하고 변경하세요.</translation>
    </message>
    <message>
        <source>The management endpoint answered with HTTP status %1.</source>
        <translation>관리 끝점이 HTTP 상태 %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>Check the server&apos;s message; try again later if it looks temporary.</source>
        <translation>서버 메시지를 확인하세요. 일시적인 문제로 보이면 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Server reply: HTTP %1</source>
        <translation>서버 응답: HTTP %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>세부 정보: %1</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>다음 단계: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>%1에 대한 연결이 거부되었습니다.</translation>
    </message>
    <message>
        <source>Check the management endpoint in the subscription (or that the simulator is running) and your network.</source>
        <translation>구독의 관리 끝점(또는 시뮬레이터가 실행 중인지)과 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>호스트 이름 %1을(를) 확인(resolve)할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check your network connection and DNS settings.</source>
        <translation>네트워크 연결과 DNS 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>%1에 대한 연결 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>네트워크 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1이(가) 응답하기 전에 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check proxies or firewalls in between.</source>
        <translation>다시 시도하세요. 계속 발생하면 중간의 프록시나 방화벽을 확인하세요.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: the server&apos;s certificate is not trusted (%2).</source>
        <translation>%1에 대한 TLS 연결에 실패했습니다. 서버 인증서를 신뢰할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>If this is a simulator or a private endpoint, pass its CA certificate with --management-ca FILE; otherwise check the system clock and the CA certificates of this system.</source>
        <translation>시뮬레이터나 사설 끝점이면 --management-ca FILE로 해당 CA 인증서를 지정하세요. 그렇지 않으면 시스템 시계와 이 시스템의 CA 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>%1과(와)의 TLS 핸드셰이크에 실패했습니다.</translation>
    </message>
    <message>
        <source>The server may have refused the management certificate or the TLS version; re-download the .publishsettings file and try again.</source>
        <translation>서버가 관리 인증서나 TLS 버전을 거부했을 수 있습니다. .publishsettings 파일을 다시 다운로드한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The proxy in front of %1 failed: %2</source>
        <translation>%1 앞의 프록시에서 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <source>Check the proxy settings (http_proxy/https_proxy).</source>
        <translation>프록시 설정(http_proxy/https_proxy)을 확인하세요.</translation>
    </message>
    <message>
        <source>The network failed while talking to %1.</source>
        <translation>%1과(와) 통신하는 중 네트워크 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1에 대한 요청이 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Try again; run with --verbose for details.</source>
        <translation>다시 시도하세요. 자세한 내용은 --verbose로 실행하세요.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The reply from %1 timed out after %2 s while receiving (%3 bytes received).</source>
        <translation>%1의 응답을 받는 중 %2초 후 시간이 초과되었습니다(%3바이트 받음).</translation>
    </message>
    <message>
        <source>Check your network connection and try again later.</source>
        <translation>네트워크 연결을 확인하고 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled: the connection to the subscription was closed (the subscription was switched or the program is closing).</source>
        <translation>요청이 취소되었습니다. 구독 연결이 닫혔습니다(구독이 바뀌었거나 프로그램이 종료되는 중).</translation>
    </message>
    <message>
        <source>Start the action again.</source>
        <translation>작업을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The management endpoint redirected the request %1 times (last to %2).</source>
        <translation>관리 끝점이 요청을 %1번 리디렉션했습니다(마지막 대상: %2).</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the endpoint is misconfigured.</source>
        <translation>나중에 다시 시도하세요. 계속되면 끝점 구성이 잘못된 것입니다.</translation>
    </message>
    <message>
        <source>The reply to %1 could not be read.</source>
        <translation>%1의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that the endpoint is an Azure Service Management endpoint; run with --verbose for details.</source>
        <translation>끝점이 Azure 서비스 관리 끝점인지 확인하세요. 자세한 내용은 --verbose로 실행하세요.</translation>
    </message>
    <message>
        <source>The reply to %1 is larger than %2 MiB (it announced %3 bytes); it was not read.</source>
        <translation>%1의 응답이 %2MiB보다 큽니다(%3바이트로 알림). 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The reply to %1 is larger than %2 MiB; reading stopped there.</source>
        <translation>%1의 응답이 %2MiB보다 큽니다. 거기서 읽기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>Check that the endpoint is an Azure Service Management endpoint; no Azure reply comes near that size.</source>
        <translation>끝점이 Azure 서비스 관리 끝점인지 확인하세요. 그렇게 큰 Azure 응답은 없습니다.</translation>
    </message>
    <message>
        <source>The management endpoint redirected the request to a non-HTTPS address (%1); the redirect was not followed.</source>
        <translation>관리 끝점이 요청을 HTTPS가 아닌 주소(%1)로 리디렉션했습니다. 리디렉션을 따르지 않았습니다.</translation>
    </message>
    <message>
        <source>The management endpoint %1 redirected the request to another host (%2); the redirect was not followed, so the request and the management certificate stay with %1.</source>
        <translation>관리 끝점 %1이(가) 요청을 다른 호스트(%2)로 리디렉션했습니다. 리디렉션을 따르지 않았으므로 요청과 관리 인증서는 %1에만 전달됩니다.</translation>
    </message>
    <message>
        <source>Check the management endpoint of the subscription (a proxy or a wrong address may sit in between); run with --verbose for details.</source>
        <translation>구독의 관리 끝점을 확인하세요(중간에 프록시나 잘못된 주소가 있을 수 있음). 자세한 내용은 --verbose로 실행하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) in %1 s.</source>
        <translation>
            <numerusform>%1초 동안 %n번 시도한 후 포기했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>classic::models</name>
    <message>
        <source>the availability reply has no &lt;Result&gt;</source>
        <translation>가용성 응답에 &lt;Result&gt;가 없습니다</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>요소가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>document type declarations and entities are not accepted</source>
        <translation>문서 형식 선언(DTD)과 엔터티는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>line %1, column %2: byte 0x%3 is not valid UTF-8</source>
        <translation>%1행 %2열: 바이트 0x%3은(는) 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>more than one root element</source>
        <translation>루트 요소가 둘 이상입니다</translation>
    </message>
    <message>
        <source>malformed XML at %1</source>
        <translation>%1에서 잘못된 형식의 XML</translation>
    </message>
    <message>
        <source>the reply holds no XML element</source>
        <translation>응답에 XML 요소가 없습니다</translation>
    </message>
    <message>
        <source>expected an XML element &lt;%1&gt; but the reply holds &lt;%2&gt;</source>
        <translation>XML 요소 &lt;%1&gt;이(가) 와야 하는데 응답에는 &lt;%2&gt;이(가) 있습니다</translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation>줄 %1, 열 %2의 XML 형식이 잘못되었습니다: %3</translation>
    </message>
    <message>
        <source>the document ends before its root element</source>
        <translation>루트 요소가 나오기 전에 문서가 끝납니다</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--%1 takes a port number from 1 to 65535, not &apos;%2&apos;.</source>
        <translation>--%1에는 1~65535 사이의 포트 번호를 지정해야 합니다(&apos;%2&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>%1 is ready (resumed in %2 s).</source>
        <translation>%1이(가) 준비되었습니다(%2초 만에 재개).</translation>
    </message>
    <message>
        <source>Created %1 in %2 s.</source>
        <translation>%2초 만에 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Docker %1 answers on tcp://%2:%3 (TLS, verified).</source>
        <translation>Docker %1이(가) tcp://%2:%3에서 응답합니다(TLS, 검증됨).</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>인증서: %1</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>사용해 보기:</translation>
    </message>
    <message>
        <source>create takes NAME IMAGE USER for a signed-in account (the password comes from --password-file, DOCKER_VM_PASSWORD or the prompt, or use --ssh-key); see &apos;docker-vm create --help&apos;.</source>
        <translation>로그인한 계정에서 create에는 NAME IMAGE USER를 지정합니다(암호는 --password-file, DOCKER_VM_PASSWORD 또는 프롬프트로 입력하거나 --ssh-key 사용). &apos;docker-vm create --help&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>--key-type takes rsa4096, rsa2048 or ecdsa-p256, not &apos;%1&apos;.</source>
        <translation>--key-type에는 rsa4096, rsa2048, ecdsa-p256 중 하나를 지정해야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>암호 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Password for %1 on the VM: </source>
        <translation>VM의 %1 암호: </translation>
    </message>
    <message>
        <source>No SSH public key and no password: pass --ssh-key FILE, or a password with --password-file, DOCKER_VM_PASSWORD or at the prompt.</source>
        <translation>SSH 공개 키도 암호도 없습니다. --ssh-key FILE을 지정하거나 --password-file, DOCKER_VM_PASSWORD 또는 프롬프트로 암호를 입력하세요.</translation>
    </message>
    <message>
        <source>Signing in to the VM with the SSH key %1 (password sign-in off).</source>
        <translation>SSH 키 %1(으)로 VM에 로그인합니다(암호 로그인 꺼짐).</translation>
    </message>
    <message>
        <source>Could not list the images of %1: %2</source>
        <translation>%1의 이미지를 나열할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No image matches &apos;%1&apos; in %2. Use UbuntuLTS, or list them with &apos;docker-vm images -l %2&apos;.</source>
        <translation>%2에 &apos;%1&apos;과(와) 일치하는 이미지가 없습니다. UbuntuLTS를 사용하거나 &apos;docker-vm images -l %2&apos;로 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Warning: %1 is out of standard support (%2).</source>
        <translation>경고: %1은(는) 표준 지원이 끝났습니다(%2).</translation>
    </message>
    <message>
        <source>Using the image %1 (%2).</source>
        <translation>이미지 %1(%2)을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>No Ubuntu LTS image is offered in %1.</source>
        <translation>%1에서 제공되는 Ubuntu LTS 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>out of standard support</source>
        <translation>표준 지원 종료</translation>
    </message>
    <message>
        <source>&apos;UbuntuLTS&apos; in &apos;docker-vm create&apos; means the first supported one.</source>
        <translation>&apos;docker-vm create&apos;의 &apos;UbuntuLTS&apos;는 지원되는 첫 번째 이미지를 뜻합니다.</translation>
    </message>
    <message>
        <source>Deleting %1 with what this tool made for it…</source>
        <translation>%1과(와) 이 도구가 함께 만든 것을 삭제하는 중…</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>status NAME on a signed-in account needs its Resource Manager cloud.</source>
        <translation>로그인한 계정에서 status NAME을 사용하려면 해당 Resource Manager 클라우드가 필요합니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Host %1 in resource group %2 (%3, %4)</source>
        <translation>리소스 그룹 %2의 호스트 %1(%3, %4)</translation>
    </message>
    <message>
        <source>  VM: provisioning %1, power %2</source>
        <translation>  VM: 프로비저닝 %1, 전원 %2</translation>
    </message>
    <message>
        <source>  Address: %1 (%2)</source>
        <translation>  주소: %1(%2)</translation>
    </message>
    <message>
        <source>no IP yet</source>
        <translation>아직 IP 없음</translation>
    </message>
    <message>
        <source>  Resources in %1:</source>
        <translation>  %1의 리소스:</translation>
    </message>
    <message>
        <source>No unfinished run to resume on %1. &apos;docker-vm cleanup --dry-run&apos; lists the unfinished runs of every account.</source>
        <translation>%1에서 재개할 완료되지 않은 실행이 없습니다. &apos;docker-vm cleanup --dry-run&apos;은 모든 계정의 완료되지 않은 실행을 나열합니다.</translation>
    </message>
    <message>
        <source>No unfinished run for %1 on %2; its unfinished runs are: %3.</source>
        <translation>%2에 %1에 대한 완료되지 않은 실행이 없습니다. 완료되지 않은 실행: %3.</translation>
    </message>
    <message>
        <source>%1 has %2 unfinished runs (%3): name the one to resume, e.g. &apos;docker-vm resume %4&apos;.</source>
        <translation>%1에 완료되지 않은 실행이 %2개 있습니다(%3). 재개할 실행을 지정하세요. 예: &apos;docker-vm resume %4&apos;.</translation>
    </message>
    <message>
        <source>Resuming the run for %1…</source>
        <translation>%1에 대한 실행을 재개하는 중…</translation>
    </message>
    <message>
        <source>Skipping %1: it was made with %2 account %3; run cleanup with --subscription %4.</source>
        <translation>%1을(를) 건너뜁니다. %2 계정 %3(으)로 만든 것입니다. --subscription %4(으)로 cleanup을 실행하세요.</translation>
    </message>
    <message>
        <source>No account is selected. Sign in with &apos;docker-vm login&apos;, or import a .publishsettings file with &apos;docker-vm account import FILE&apos; (classic).</source>
        <translation>선택된 계정이 없습니다. &apos;docker-vm login&apos;으로 로그인하거나 &apos;docker-vm account import FILE&apos;로 .publishsettings 파일을 가져오세요(클래식).</translation>
    </message>
    <message>
        <source>Sign in again with &apos;docker-vm login&apos;.</source>
        <translation>&apos;docker-vm login&apos;으로 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>제거됨: %1</translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation>이미 없음: %1</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>유지됨: %1</translation>
    </message>
    <message>
        <source>Could not remove: %1
Run &apos;docker-vm cleanup&apos; to try again.</source>
        <translation>제거할 수 없음: %1
다시 시도하려면 &apos;docker-vm cleanup&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>Interrupted: cancelling and removing what was created (Ctrl+C again to stop at once)…</source>
        <translation>중단됨: 취소하고 만든 것을 제거하는 중(즉시 멈추려면 Ctrl+C를 한 번 더)…</translation>
    </message>
    <message>
        <source>Interrupted again: stopped. What this run made is recorded in %1; run &apos;docker-vm cleanup&apos; to remove it.</source>
        <translation>다시 중단됨: 멈췄습니다. 이 실행이 만든 것은 %1에 기록되어 있습니다. 제거하려면 &apos;docker-vm cleanup&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(만료됨)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Imported subscription %1: %2, %3, certificate expires %4.</source>
        <translation>구독 %1을(를) 가져왔습니다: %2, %3, 인증서 만료 %4.</translation>
    </message>
    <message>
        <source>Current subscription: %1.</source>
        <translation>현재 구독: %1.</translation>
    </message>
    <message>
        <source>Current subscription is still %1; switch with &apos;docker-vm account use ID&apos;.</source>
        <translation>현재 구독은 여전히 %1입니다. &apos;docker-vm account use ID&apos;로 전환하세요.</translation>
    </message>
    <message>
        <source>&apos;account import&apos; needs exactly one FILE (a .publishsettings file).
Try &apos;docker-vm account import --help&apos;.</source>
        <translation>&apos;account import&apos;에는 FILE(.publishsettings 파일) 하나만 지정해야 합니다.
&apos;docker-vm account import --help&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>&apos;account list&apos; takes no arguments.</source>
        <translation>&apos;account list&apos;는 인수를 받지 않습니다.</translation>
    </message>
    <message>
        <source>No account yet. Sign in to Azure with &apos;docker-vm login&apos;, or (classic) download a .publishsettings file from the Azure portal and run &apos;docker-vm account import FILE&apos;.</source>
        <translation>아직 계정이 없습니다. &apos;docker-vm login&apos;으로 Azure에 로그인하거나, (클래식) Azure Portal에서 .publishsettings 파일을 다운로드한 후 &apos;docker-vm account import FILE&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>끝점</translation>
    </message>
    <message>
        <source>CERT EXPIRES / SIGNED IN AS</source>
        <translation>인증서 만료 / 로그인 계정</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(key missing)</source>
        <translation>(키 없음)</translation>
    </message>
    <message>
        <source>%1 (%2, signed in as %3)</source>
        <translation>%1(%2, %3(으)로 로그인)</translation>
    </message>
    <message>
        <source>&apos;account use&apos; needs one subscription id or name; see &apos;docker-vm account list&apos;.</source>
        <translation>&apos;account use&apos;에는 구독 ID나 이름 하나를 지정해야 합니다. &apos;docker-vm account list&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>&apos;account remove&apos; needs one subscription id; see &apos;docker-vm account list&apos;.</source>
        <translation>&apos;account remove&apos;에는 구독 ID 하나를 지정해야 합니다. &apos;docker-vm account list&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>Removed subscription %1; its sign-in is forgotten once no saved subscription uses it.</source>
        <translation>구독 %1을(를) 제거했습니다. 저장된 구독 중 이 로그인을 사용하는 것이 없으면 로그인 정보도 삭제됩니다.</translation>
    </message>
    <message>
        <source>Removed subscription %1 and its private key.</source>
        <translation>구독 %1과(와) 해당 개인 키를 제거했습니다.</translation>
    </message>
    <message>
        <source>Import the subscriptions of a .publishsettings file.</source>
        <translation>.publishsettings 파일의 구독을 가져옵니다.</translation>
    </message>
    <message>
        <source>List signed-in and imported subscriptions (* = current).</source>
        <translation>로그인한 구독과 가져온 구독을 나열합니다(* = 현재).</translation>
    </message>
    <message>
        <source>Make a subscription the current one.</source>
        <translation>구독을 현재 구독으로 지정합니다.</translation>
    </message>
    <message>
        <source>Forget a subscription and delete its key.</source>
        <translation>구독을 삭제하고 해당 키를 지웁니다.</translation>
    </message>
    <message>
        <source>Also list regions that do not offer virtual machines.</source>
        <translation>가상 머신을 제공하지 않는 지역도 나열합니다.</translation>
    </message>
    <message>
        <source>The subscription offers no region for virtual machines.</source>
        <translation>이 구독에는 가상 머신을 제공하는 지역이 없습니다.</translation>
    </message>
    <message>
        <source>VM SIZES</source>
        <translation>VM 크기</translation>
    </message>
    <message>
        <source>Only images whose name contains TEXT (default: %1).</source>
        <translation>이름에 TEXT가 포함된 이미지만 표시합니다(기본값: %1).</translation>
    </message>
    <message>
        <source>All images of every OS (Linux first, newest first); with --filter, only the name filter applies.</source>
        <translation>모든 OS의 모든 이미지(Linux 먼저, 최신순). --filter를 지정하면 이름 필터만 적용됩니다.</translation>
    </message>
    <message>
        <source>Signed-in accounts: the region whose Ubuntu LTS images to list (default westus).</source>
        <translation>로그인한 계정: Ubuntu LTS 이미지를 나열할 지역(기본값 westus).</translation>
    </message>
    <message>
        <source>The subscription offers no OS image.</source>
        <translation>이 구독에는 OS 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>No image name contains &apos;%1&apos; (%2 images in total). Try another --filter.</source>
        <translation>이름에 &apos;%1&apos;이(가) 포함된 이미지가 없습니다(전체 이미지 %2개). 다른 --filter를 사용해 보세요.</translation>
    </message>
    <message>
        <source>No Linux image name contains &apos;%1&apos; (%2 images in total). Try another --filter, or --all.</source>
        <translation>이름에 &apos;%1&apos;이(가) 포함된 Linux 이미지가 없습니다(전체 이미지 %2개). 다른 --filter나 --all을 사용해 보세요.</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>* published before 2014-07-24: its Linux agent is too old for VM extensions such as the Docker extension.</source>
        <translation>* 2014-07-24 이전 게시: Linux 에이전트가 너무 오래되어 Docker 확장 같은 VM 확장을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>List the regions that offer virtual machines.</source>
        <translation>가상 머신을 제공하는 지역을 나열합니다.</translation>
    </message>
    <message>
        <source>List OS images, newest first (default: Ubuntu 14.04 LTS).</source>
        <translation>OS 이미지를 최신순으로 나열합니다(기본값: Ubuntu 14.04 LTS).</translation>
    </message>
    <message>
        <source>The Docker TLS folder (default: %1).</source>
        <translation>Docker TLS 폴더(기본값: %1).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>만료 %1</translation>
    </message>
    <message>
        <source>The VM&apos;s DNS name, e.g. myvm.cloudapp.net (required).</source>
        <translation>VM의 DNS 이름(예: myvm.cloudapp.net, 필수).</translation>
    </message>
    <message>
        <source>An IP address for the server certificate (repeatable).</source>
        <translation>서버 인증서에 넣을 IP 주소(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>rsa4096 (default), rsa2048 or ecdsa-p256.</source>
        <translation>rsa4096(기본값), rsa2048 또는 ecdsa-p256.</translation>
    </message>
    <message>
        <source>Validity in days (default 365).</source>
        <translation>유효 기간(일, 기본값 365).</translation>
    </message>
    <message>
        <source>Move the existing files to a dated backup folder and make a new set.</source>
        <translation>기존 파일을 날짜가 붙은 백업 폴더로 옮기고 새로 만듭니다.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>예상하지 않은 인수 &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--host NAME is required (the VM&apos;s DNS name, e.g. myvm.cloudapp.net).</source>
        <translation>--host NAME이 필요합니다(VM의 DNS 이름, 예: myvm.cloudapp.net).</translation>
    </message>
    <message>
        <source>--ip &apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation>--ip &apos;%1&apos;은(는) IPv4 또는 IPv6 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>--key-type &apos;%1&apos; is unknown; use rsa4096, rsa2048 or ecdsa-p256.</source>
        <translation>--key-type &apos;%1&apos;을(를) 알 수 없습니다. rsa4096, rsa2048 또는 ecdsa-p256을 사용하세요.</translation>
    </message>
    <message>
        <source>--days &apos;%1&apos; must be a number of days from 1 to 36500.</source>
        <translation>--days &apos;%1&apos;은(는) 1~36500 사이의 일수여야 합니다.</translation>
    </message>
    <message>
        <source>Preparing TLS files for %1 in %2 (%3 keys)...</source>
        <translation>%2에 %1의 TLS 파일을 준비하는 중(%3 키)...</translation>
    </message>
    <message>
        <source>To start over: docker-vm certs create --host %1 --regenerate (moves the old files to a dated backup folder first).</source>
        <translation>처음부터 다시 하려면: docker-vm certs create --host %1 --regenerate (먼저 기존 파일을 날짜가 붙은 백업 폴더로 옮깁니다).</translation>
    </message>
    <message>
        <source>reused </source>
        <translation>재사용 </translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Old files moved to %1</source>
        <translation>기존 파일을 %1(으)로 옮겼습니다</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>CA key</source>
        <translation>CA 키</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation>서버 인증서</translation>
    </message>
    <message>
        <source>server key</source>
        <translation>서버 키</translation>
    </message>
    <message>
        <source>Connect with:</source>
        <translation>연결 방법:</translation>
    </message>
    <message>
        <source>Docker TLS folder: %1</source>
        <translation>Docker TLS 폴더: %1</translation>
    </message>
    <message>
        <source>No Docker TLS files yet. Create them with: docker-vm certs create --host NAME</source>
        <translation>아직 Docker TLS 파일이 없습니다. 다음 명령으로 만드세요: docker-vm certs create --host NAME</translation>
    </message>
    <message>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>Hosts: none</source>
        <translation>호스트: 없음</translation>
    </message>
    <message>
        <source>Hosts:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>오류: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>경고: </translation>
    </message>
    <message>
        <source>Create or reuse the Docker TLS files for a host.</source>
        <translation>호스트의 Docker TLS 파일을 만들거나 재사용합니다.</translation>
    </message>
    <message>
        <source>Show the Docker TLS files, their expiry and problems.</source>
        <translation>Docker TLS 파일과 만료일, 문제를 표시합니다.</translation>
    </message>
    <message>
        <source>Demo/tests only: against the simulator on loopback, reach the VM&apos;s Docker port at the loopback address the simulated deployment reports, still verifying the certificate for &lt;name&gt;.cloudapp.net.</source>
        <translation>데모/테스트 전용: 루프백의 시뮬레이터를 대상으로, 시뮬레이션된 배포가 알려 준 루프백 주소에서 VM의 Docker 포트에 연결하되 인증서는 계속 &lt;이름&gt;.cloudapp.net으로 검증합니다.</translation>
    </message>
    <message>
        <source>Milliseconds between status polls (default 5000).</source>
        <translation>상태 폴링 간격(밀리초, 기본값 5000).</translation>
    </message>
    <message>
        <source>Seconds to wait for Docker to answer (default 600).</source>
        <translation>Docker가 응답할 때까지 기다릴 시간(초, 기본값 600).</translation>
    </message>
    <message>
        <source>%1 (if it was made)</source>
        <translation>%1(만들어졌다면)</translation>
    </message>
    <message>
        <source>Interrupted again: stopped. Nothing this run made is left.</source>
        <translation>다시 중단됨: 멈췄습니다. 이 실행이 만든 것은 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Interrupted again: stopped before the clean-up finished. Still there:</source>
        <translation>다시 중단됨: 정리가 끝나기 전에 멈췄습니다. 아직 남아 있는 것:</translation>
    </message>
    <message>
        <source>Run &apos;docker-vm cleanup&apos; to remove them (recorded in %1).</source>
        <translation>제거하려면 &apos;docker-vm cleanup&apos;을 실행하세요(%1에 기록됨).</translation>
    </message>
    <message>
        <source>Public SSH endpoint port (local 22); 0 for none.</source>
        <translation>공용 SSH 끝점 포트(로컬 22). 0이면 없음.</translation>
    </message>
    <message>
        <source>Region, e.g. &quot;West US&quot;.</source>
        <translation>지역(예: &quot;West US&quot;).</translation>
    </message>
    <message>
        <source>VM size (default Small).</source>
        <translation>VM 크기(기본값 Small).</translation>
    </message>
    <message>
        <source>VM (role) name; default the DNS name.</source>
        <translation>VM(역할) 이름. 기본값은 DNS 이름.</translation>
    </message>
    <message>
        <source>Docker TLS port (default 4243).</source>
        <translation>Docker TLS 포트(기본값 4243).</translation>
    </message>
    <message>
        <source>Certificate folder (default ~/.docker).</source>
        <translation>인증서 폴더(기본값 ~/.docker).</translation>
    </message>
    <message>
        <source>Docker extension schema: classic (2014, default) or 1.x.</source>
        <translation>Docker 확장 스키마: classic(2014, 기본값) 또는 1.x.</translation>
    </message>
    <message>
        <source>Key type for new certificates: rsa4096 (default), rsa2048, ecdsa-p256.</source>
        <translation>새 인증서의 키 종류: rsa4096(기본값), rsa2048, ecdsa-p256.</translation>
    </message>
    <message>
        <source>Read the VM password from this file (first line).</source>
        <translation>이 파일(첫 줄)에서 VM 암호를 읽습니다.</translation>
    </message>
    <message>
        <source>Stop once Azure reports the extension ready; do not wait for Docker.</source>
        <translation>Azure가 확장 준비 완료를 보고하면 멈춥니다. Docker를 기다리지 않습니다.</translation>
    </message>
    <message>
        <source>Signed-in accounts: put the host into this existing resource group (default: a new group named after the VM, removed with it).</source>
        <translation>로그인한 계정: 호스트를 이 기존 리소스 그룹에 넣습니다(기본값: VM 이름을 딴 새 그룹을 만들고 VM과 함께 제거).</translation>
    </message>
    <message>
        <source>Signed-in accounts: OpenSSH public key file for the user (default: ~/.ssh/id_*.pub when present; then password sign-in is off).</source>
        <translation>로그인한 계정: 사용자의 OpenSSH 공개 키 파일(기본값: 있으면 ~/.ssh/id_*.pub, 이 경우 암호 로그인은 꺼짐).</translation>
    </message>
    <message>
        <source>Signed-in accounts: address range (CIDR) allowed to reach the SSH and Docker ports (default any: the whole Internet, still behind TLS client certificates).</source>
        <translation>로그인한 계정: SSH 및 Docker 포트에 접근할 수 있는 주소 범위(CIDR)(기본값 any: 인터넷 전체, 단 TLS 클라이언트 인증서로 보호됨).</translation>
    </message>
    <message>
        <source>--%1 is for signed-in (Resource Manager) subscriptions; the current one is a classic subscription. Sign in with &apos;docker-vm login&apos; or pick one with --subscription.</source>
        <translation>--%1은(는) 로그인한(Resource Manager) 구독용입니다. 현재 구독은 클래식 구독입니다. &apos;docker-vm login&apos;으로 로그인하거나 --subscription으로 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>create takes DNS_NAME IMAGE USER [PASSWORD]; see &apos;docker-vm create --help&apos;.</source>
        <translation>create에는 DNS_NAME IMAGE USER [PASSWORD]를 지정합니다. &apos;docker-vm create --help&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>--extension takes &apos;classic&apos; or &apos;1.x&apos;, not &apos;%1&apos;.</source>
        <translation>--extension에는 &apos;classic&apos; 또는 &apos;1.x&apos;를 지정해야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>Warning: a password on the command line can be seen by other users of this machine. Prefer the prompt, --password-file or DOCKER_VM_PASSWORD.</source>
        <translation>경고: 명령줄의 암호는 이 컴퓨터의 다른 사용자가 볼 수 있습니다. 프롬프트, --password-file 또는 DOCKER_VM_PASSWORD를 사용하세요.</translation>
    </message>
    <message>
        <source>No password given. Pass it with --password-file, DOCKER_VM_PASSWORD or at the prompt.</source>
        <translation>암호가 없습니다. --password-file, DOCKER_VM_PASSWORD 또는 프롬프트로 입력하세요.</translation>
    </message>
    <message>
        <source>Could not list the OS images: %1</source>
        <translation>OS 이미지를 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No Linux image matches &apos;%1&apos; in %2. List them with &apos;docker-vm images --filter TEXT&apos;.</source>
        <translation>%2에 &apos;%1&apos;과(와) 일치하는 Linux 이미지가 없습니다. &apos;docker-vm images --filter TEXT&apos;로 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Using the newest matching image: %1</source>
        <translation>일치하는 최신 이미지를 사용합니다: %1</translation>
    </message>
    <message>
        <source>status takes one DNS name.</source>
        <translation>status에는 DNS 이름 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>%1 has no VM deployment (Azure: %2).</source>
        <translation>%1에 VM 배포가 없습니다(Azure: %2).</translation>
    </message>
    <message>
        <source>Deployment %1: %2 (%3)</source>
        <translation>배포 %1: %2(%3)</translation>
    </message>
    <message>
        <source>  VM %1: %2, power %3</source>
        <translation>  VM %1: %2, 전원 %3</translation>
    </message>
    <message>
        <source>  Docker extension %1: %2 / %3 %4</source>
        <translation>  Docker 확장 %1: %2 / %3 %4</translation>
    </message>
    <message>
        <source>  endpoint %1: %2:%3 -&gt; %4</source>
        <translation>  끝점 %1: %2:%3 -&gt; %4</translation>
    </message>
    <message>
        <source>delete takes one DNS name.</source>
        <translation>delete에는 DNS 이름 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>Deleting the cloud service %1 with its VM and disks…</source>
        <translation>클라우드 서비스 %1과(와) 해당 VM 및 디스크를 삭제하는 중…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Deleted %1 with its VM and disks.</source>
        <translation>%1과(와) 해당 VM 및 디스크를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Azure could not delete %1: %2</source>
        <translation>Azure가 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Only list what would be removed.</source>
        <translation>제거될 항목만 나열합니다.</translation>
    </message>
    <message>
        <source>Nothing to clean up: no unfinished run.</source>
        <translation>정리할 것이 없습니다. 완료되지 않은 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Unfinished run for %1 (started %2):</source>
        <translation>%1에 대한 완료되지 않은 실행(시작: %2):</translation>
    </message>
    <message>
        <source>Skipping %1: it was made on Azure Resource Manager; run cleanup with --subscription arm:%2.</source>
        <translation>%1을(를) 건너뜁니다. Azure Resource Manager에서 만든 것입니다. --subscription arm:%2(으)로 cleanup을 실행하세요.</translation>
    </message>
    <message>
        <source>Skipping %1: it was made with subscription %2; run cleanup with --subscription %2.</source>
        <translation>%1을(를) 건너뜁니다. 구독 %2(으)로 만든 것입니다. --subscription %2(으)로 cleanup을 실행하세요.</translation>
    </message>
    <message>
        <source>resume takes one DNS name.</source>
        <translation>resume에는 DNS 이름 하나를 지정합니다.</translation>
    </message>
    <message>
        <source>resume takes the DNS name of the run to resume on a classic subscription; &apos;docker-vm cleanup --dry-run&apos; lists the unfinished runs.</source>
        <translation>클래식 구독에서 resume에는 재개할 실행의 DNS 이름을 지정합니다. &apos;docker-vm cleanup --dry-run&apos;은 완료되지 않은 실행을 나열합니다.</translation>
    </message>
    <message>
        <source>No unfinished run for %1: %2</source>
        <translation>%1에 대한 완료되지 않은 실행이 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is ready. Try it:</source>
        <translation>%1이(가) 준비되었습니다. 사용해 보기:</translation>
    </message>
    <message>
        <source>Create a VM with the Docker extension and TLS (azure vm docker create).</source>
        <translation>Docker 확장과 TLS를 사용하는 VM을 만듭니다(azure vm docker create).</translation>
    </message>
    <message>
        <source>Show a Docker VM&apos;s state (classic: deployment, role and extension; signed-in: resource group, resources, VM power state and address).</source>
        <translation>Docker VM의 상태를 표시합니다(클래식: 배포, 역할, 확장. 로그인 계정: 리소스 그룹, 리소스, VM 전원 상태와 주소).</translation>
    </message>
    <message>
        <source>Delete a Docker VM&apos;s cloud service with its VM and disks.</source>
        <translation>Docker VM의 클라우드 서비스를 VM 및 디스크와 함께 삭제합니다.</translation>
    </message>
    <message>
        <source>Remove what unfinished create runs left behind.</source>
        <translation>완료되지 않은 create 실행이 남긴 것을 제거합니다.</translation>
    </message>
    <message>
        <source>Go on waiting for a create run that stopped after its deployment.</source>
        <translation>배포 후 멈춘 create 실행을 이어서 기다립니다.</translation>
    </message>
    <message>
        <source>Docker %1</source>
        <translation>Docker %1</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(버전 알 수 없음)</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>최소 %1</translation>
    </message>
    <message>
        <source>used %1</source>
        <translation>사용 %1</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>CPU %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>메모리 %1</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>하드웨어</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source> (%1 running, %2 paused, %3 stopped)</source>
        <translation> (실행 중 %1, 일시 중지 %2, 중지됨 %3)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>LEGACY: like &apos;docker --tls&apos;, send the client certificate but do NOT verify the server (for hosts made by the 2014 tool with CN=* certificates).</source>
        <translation>레거시: &apos;docker --tls&apos;처럼 클라이언트 인증서는 보내지만 서버는 검증하지 않습니다(CN=* 인증서를 쓰는 2014년 도구로 만든 호스트용).</translation>
    </message>
    <message>
        <source>Give up on a single stage after SECONDS (default 10).</source>
        <translation>한 단계를 SECONDS 후에 포기합니다(기본값 10).</translation>
    </message>
    <message>
        <source>check takes exactly one HOST, e.g. &apos;docker-vm check myvm.cloudapp.net&apos;.</source>
        <translation>check에는 HOST 하나만 지정합니다. 예: &apos;docker-vm check myvm.cloudapp.net&apos;.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds, not &apos;%1&apos;.</source>
        <translation>--wait에는 초 단위 숫자를 지정해야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout에는 양수(초)를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Checking Docker at %1 </source>
        <translation>%1에서 Docker 확인 중 </translation>
    </message>
    <message>
        <source>(TLS, server verified against %1)</source>
        <translation>(TLS, %1(으)로 서버 검증)</translation>
    </message>
    <message>
        <source>(LEGACY TLS: the server is NOT verified)</source>
        <translation>(레거시 TLS: 서버를 검증하지 않음)</translation>
    </message>
    <message>
        <source>attempt %1: %2: %3</source>
        <translation>시도 %1: %2: %3</translation>
    </message>
    <message>
        <source>Print for this shell: bash (also sh, zsh), powershell or cmd (default %1).</source>
        <translation>이 셸용으로 출력합니다: bash(sh, zsh도 가능), powershell 또는 cmd(기본값 %1).</translation>
    </message>
    <message>
        <source>env takes exactly one HOST, e.g. &apos;docker-vm env myvm.cloudapp.net&apos;.</source>
        <translation>env에는 HOST 하나만 지정합니다. 예: &apos;docker-vm env myvm.cloudapp.net&apos;.</translation>
    </message>
    <message>
        <source>docker-vm: warning: %1 missing in %2; docker will fail until they are there (&apos;docker-vm certs create --host %3 --cert-dir %2&apos;).</source>
        <translation>docker-vm: 경고: %2에 %1이(가) 없습니다. 파일이 생길 때까지 docker는 실패합니다(&apos;docker-vm certs create --host %3 --cert-dir %2&apos;).</translation>
    </message>
    <message>
        <source>--shell must be bash, powershell or cmd, not &apos;%1&apos;.</source>
        <translation>--shell은 bash, powershell, cmd 중 하나여야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source># Run this command to configure your shell:</source>
        <translation># 셸을 구성하려면 이 명령을 실행하세요:</translation>
    </message>
    <message>
        <source>Run this command to configure your shell:</source>
        <translation>셸을 구성하려면 이 명령을 실행하세요:</translation>
    </message>
    <message>
        <source>context create takes NAME and HOST, e.g. &apos;docker-vm context create myvm myvm.cloudapp.net&apos;.</source>
        <translation>context create에는 NAME과 HOST를 지정합니다. 예: &apos;docker-vm context create myvm myvm.cloudapp.net&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid docker context name (letters, digits, _ . + -, starting with a letter or digit).</source>
        <translation>&apos;%1&apos;은(는) 올바른 docker 컨텍스트 이름이 아닙니다(문자, 숫자, _ . + -만 사용, 문자나 숫자로 시작).</translation>
    </message>
    <message>
        <source>Docker VM Wizard: %1:%2</source>
        <translation>Docker VM Wizard: %1:%2</translation>
    </message>
    <message>
        <source>The docker command is not installed here (not found on PATH), so no context was created. Run this where docker is installed:</source>
        <translation>이 컴퓨터에는 docker 명령이 설치되어 있지 않아(PATH에서 찾을 수 없음) 컨텍스트를 만들지 않았습니다. docker가 설치된 곳에서 다음을 실행하세요:</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Run this yourself:
%3</source>
        <translation>%1을(를) 실행할 수 없습니다: %2. 직접 실행하세요:
%3</translation>
    </message>
    <message>
        <source>docker context create failed (exit code %1): %2
The command was:
%3</source>
        <translation>docker context create가 실패했습니다(종료 코드 %1): %2
실행한 명령:
%3</translation>
    </message>
    <message>
        <source>Created docker context &apos;%1&apos;. Use it with &apos;docker --context %1 info&apos; or make it the default with &apos;docker context use %1&apos;.</source>
        <translation>docker 컨텍스트 &apos;%1&apos;을(를) 만들었습니다. &apos;docker --context %1 info&apos;로 사용하거나 &apos;docker context use %1&apos;로 기본값으로 지정하세요.</translation>
    </message>
    <message>
        <source>Check a host&apos;s Docker TLS endpoint stage by stage (exit 0 only when info answered).</source>
        <translation>호스트의 Docker TLS 끝점을 단계별로 확인합니다(info가 응답한 경우에만 종료 코드 0).</translation>
    </message>
    <message>
        <source>Print DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for a host.</source>
        <translation>호스트의 DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH를 출력합니다.</translation>
    </message>
    <message>
        <source>Create a docker context for a host (or print the command when docker is not installed).</source>
        <translation>호스트의 docker 컨텍스트를 만듭니다(docker가 설치되어 있지 않으면 명령을 출력).</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a server address; give an https URL such as https://login.microsoftonline.us.</source>
        <translation>--%1 “%2”은(는) 서버 주소가 아닙니다. https://login.microsoftonline.us 같은 https URL을 입력하세요.</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>로그인하려면 웹 브라우저에서 %1 페이지를 열고 코드 %2을(를) 입력하여 인증하세요.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (the code expires at %1; Ctrl+C cancels)…</source>
        <translation>로그인을 기다리는 중(코드 만료 %1, Ctrl+C로 취소)…</translation>
    </message>
    <message>
        <source>Signed in as %1 (tenant %2).</source>
        <translation>%1(으)로 로그인했습니다(테넌트 %2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n subscription(s):</source>
        <translation>
            <numerusform>구독 %n개를 저장했습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) not enabled were left out.</source>
        <translation>
            <numerusform>사용하도록 설정되지 않은 구독 %n개는 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: skipped %1</source>
        <translation>경고: %1 건너뜀</translation>
    </message>
    <message>
        <source>Current account: %1 (%2, %3).</source>
        <translation>현재 계정: %1(%2, %3).</translation>
    </message>
    <message>
        <source>Sign in to this tenant (id or domain) instead of your home tenant; only its subscriptions are saved.</source>
        <translation>홈 테넌트 대신 이 테넌트(ID 또는 도메인)에 로그인합니다. 이 테넌트의 구독만 저장됩니다.</translation>
    </message>
    <message>
        <source>The application (client) id to sign in with: a public client app with device code flow allowed (default: the Azure CLI&apos;s).</source>
        <translation>로그인에 사용할 애플리케이션(클라이언트) ID: 디바이스 코드 흐름이 허용된 공용 클라이언트 앱(기본값: Azure CLI의 ID).</translation>
    </message>
    <message>
        <source>The Microsoft Entra ID sign-in server (default https://login.microsoftonline.com; sovereign clouds and Azure Stack Hub have their own).</source>
        <translation>Microsoft Entra ID 로그인 서버(기본값 https://login.microsoftonline.com. 소버린 클라우드와 Azure Stack Hub는 각각 다른 서버 사용).</translation>
    </message>
    <message>
        <source>The Azure Resource Manager endpoint (default https://management.azure.com).</source>
        <translation>Azure Resource Manager 끝점(기본값 https://management.azure.com).</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments; see &apos;docker-vm login --help&apos;.</source>
        <translation>&apos;login&apos;은 인수를 받지 않습니다. &apos;docker-vm login --help&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>--tenant “%1” is not a tenant id or domain.</source>
        <translation>--tenant “%1”은(는) 테넌트 ID나 도메인이 아닙니다.</translation>
    </message>
    <message>
        <source>--management-ca “%1” is not a readable file; give the PEM file of the CA to trust for the sign-in and Resource Manager servers.</source>
        <translation>--management-ca “%1”은(는) 읽을 수 있는 파일이 아닙니다. 로그인 서버와 Resource Manager 서버에 대해 신뢰할 CA의 PEM 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Interrupted: cancelling the sign-in…</source>
        <translation>중단됨: 로그인을 취소하는 중…</translation>
    </message>
    <message>
        <source>Sign in to Azure (device code) and save your subscriptions.</source>
        <translation>Azure에 로그인하고(디바이스 코드) 구독을 저장합니다.</translation>
    </message>
    <message>
        <source>--%1 takes a rate between 0 and 1 (e.g. 0.2), not &apos;%2&apos;.</source>
        <translation>--%1에는 0~1 사이의 비율을 지정해야 합니다(예: 0.2, &apos;%2&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1에는 %2~%3 사이의 정수를 지정해야 합니다(&apos;%4&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>Listen on this port of 127.0.0.1 (0: any free port).</source>
        <translation>127.0.0.1의 이 포트에서 수신합니다(0: 사용 가능한 아무 포트).</translation>
    </message>
    <message>
        <source>Write the subscription&apos;s .publishsettings here (default: in the data folder).</source>
        <translation>구독의 .publishsettings를 여기에 씁니다(기본값: 데이터 폴더).</translation>
    </message>
    <message>
        <source>Write the simulator&apos;s CA certificate (PEM) here, for --management-ca.</source>
        <translation>시뮬레이터의 CA 인증서(PEM)를 여기에 씁니다(--management-ca용).</translation>
    </message>
    <message>
        <source>Answer every request after MS milliseconds.</source>
        <translation>모든 요청에 MS밀리초 후 응답합니다.</translation>
    </message>
    <message>
        <source>Answer this share of requests with 503 (0..1).</source>
        <translation>이 비율의 요청에 503으로 응답합니다(0..1).</translation>
    </message>
    <message>
        <source>Redirect every Nth request (307) to the same address, as Azure&apos;s front ends do.</source>
        <translation>N번째 요청마다 같은 주소로 리디렉션(307)합니다. Azure 프런트 엔드처럼 동작합니다.</translation>
    </message>
    <message>
        <source>Close this share of connections unanswered (0..1).</source>
        <translation>이 비율의 연결을 응답 없이 닫습니다(0..1).</translation>
    </message>
    <message>
        <source>Seed for the fault rates (same seed, same faults).</source>
        <translation>오류 비율용 시드(같은 시드면 같은 오류).</translation>
    </message>
    <message>
        <source>A cloud service name to report as taken (repeatable; default: taken).</source>
        <translation>이미 사용 중으로 보고할 클라우드 서비스 이름(여러 번 지정 가능, 기본값: taken).</translation>
    </message>
    <message>
        <source>Do not print each request.</source>
        <translation>요청을 하나씩 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>Milliseconds an asynchronous operation stays InProgress (default 1500).</source>
        <translation>비동기 작업이 InProgress 상태로 머무는 시간(밀리초, 기본값 1500).</translation>
    </message>
    <message>
        <source>Milliseconds until a new VM is ReadyRole (default 2500).</source>
        <translation>새 VM이 ReadyRole이 될 때까지의 시간(밀리초, 기본값 2500).</translation>
    </message>
    <message>
        <source>Milliseconds until the Docker extension reports success (default 2500).</source>
        <translation>Docker 확장이 성공을 보고할 때까지의 시간(밀리초, 기본값 2500).</translation>
    </message>
    <message>
        <source>Make the create-deployment operation fail (&quot;Port 22 is already in use&quot;).</source>
        <translation>배포 만들기 작업을 실패하게 합니다(&quot;Port 22 is already in use&quot;).</translation>
    </message>
    <message>
        <source>Make the Docker extension report an error.</source>
        <translation>Docker 확장이 오류를 보고하게 합니다.</translation>
    </message>
    <message>
        <source>Simulate an old Docker 1.x daemon (API 1.15).</source>
        <translation>오래된 Docker 1.x 데몬(API 1.15)을 시뮬레이션합니다.</translation>
    </message>
    <message>
        <source>Seed a portalvhds storage account in this location.</source>
        <translation>이 위치에 portalvhds 스토리지 계정을 미리 만듭니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the simulator&apos;s files; pass --publishsettings and --ca-out.</source>
        <translation>시뮬레이터 파일용 폴더 %1을(를) 만들 수 없습니다. --publishsettings와 --ca-out을 지정하세요.</translation>
    </message>
    <message>
        <source>The Azure simulator could not start: %1</source>
        <translation>Azure 시뮬레이터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The Azure simulator could not write its files: %1</source>
        <translation>Azure 시뮬레이터가 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Azure simulator listening on %1</source>
        <translation>Azure 시뮬레이터가 %1에서 수신 중</translation>
    </message>
    <message>
        <source>  subscription:     %1 (%2)</source>
        <translation>  구독:             %1(%2)</translation>
    </message>
    <message>
        <source>  publish settings: %1</source>
        <translation>  게시 설정:        %1</translation>
    </message>
    <message>
        <source>  CA certificate:   %1</source>
        <translation>  CA 인증서:        %1</translation>
    </message>
    <message>
        <source>Try: docker-vm account import %1</source>
        <translation>사용해 보기: docker-vm account import %1</translation>
    </message>
    <message>
        <source>     docker-vm images --management-ca %1</source>
        <translation>     docker-vm images --management-ca %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>멈추려면 Ctrl+C를 누르세요.</translation>
    </message>
    <message>
        <source>Azure simulator stopped.</source>
        <translation>Azure 시뮬레이터가 멈췄습니다.</translation>
    </message>
    <message>
        <source>Run the local Azure simulator in the foreground.</source>
        <translation>로컬 Azure 시뮬레이터를 포그라운드에서 실행합니다.</translation>
    </message>
    <message>
        <source>Give up on a single request after SECONDS (default 30).</source>
        <translation>한 요청을 SECONDS 후에 포기합니다(기본값 30).</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, not &apos;%1&apos;.</source>
        <translation>--timeout에는 양수(초)를 지정해야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>버전을 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Use this subscription (id or name) instead of the current one.</source>
        <translation>현재 구독 대신 이 구독(ID 또는 이름)을 사용합니다.</translation>
    </message>
    <message>
        <source>Also trust this CA (PEM) for the management endpoint, e.g. a simulator&apos;s.</source>
        <translation>관리 끝점에 대해 이 CA(PEM)도 신뢰합니다(예: 시뮬레이터의 CA).</translation>
    </message>
    <message>
        <source>Log what happens to stderr.</source>
        <translation>진행 상황을 stderr에 기록합니다.</translation>
    </message>
    <message>
        <source>Try &apos;docker-vm %1 --help&apos;.</source>
        <translation>&apos;docker-vm %1 --help&apos;를 실행해 보세요.</translation>
    </message>
    <message>
        <source>Usage: docker-vm %1 [options]</source>
        <translation>사용법: docker-vm %1 [옵션]</translation>
    </message>
    <message>
        <source>The Docker TLS port on the host (default %1, as the 2014 tool used).</source>
        <translation>호스트의 Docker TLS 포트(기본값 %1, 2014년 도구와 같음).</translation>
    </message>
    <message>
        <source>The folder with ca.pem, cert.pem and key.pem (default $DOCKER_CERT_PATH or ~/.docker).</source>
        <translation>ca.pem, cert.pem, key.pem이 있는 폴더(기본값 $DOCKER_CERT_PATH 또는 ~/.docker).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name. Give the VM&apos;s DNS name, e.g. myvm.cloudapp.net.</source>
        <translation>&apos;%1&apos;은(는) 호스트 이름이 아닙니다. VM의 DNS 이름을 입력하세요(예: myvm.cloudapp.net).</translation>
    </message>
    <message>
        <source>--docker-port must be a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--docker-port는 1~65535 사이의 포트 번호여야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>Demo/tests only: connect to this loopback ADDR:PORT instead of resolving HOST, while still verifying the certificate for HOST.</source>
        <translation>데모/테스트 전용: HOST를 확인(resolve)하는 대신 이 루프백 ADDR:PORT에 연결하되 인증서는 계속 HOST로 검증합니다.</translation>
    </message>
    <message>
        <source>--connect-to needs a loopback ADDR:PORT such as 127.0.0.1:2376, not &apos;%1&apos;.</source>
        <translation>--connect-to에는 127.0.0.1:2376 같은 루프백 ADDR:PORT를 지정해야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>Usage: docker-vm %1 COMMAND [options]

Commands:
</source>
        <translation>사용법: docker-vm %1 COMMAND [옵션]

명령:
</translation>
    </message>
    <message>
        <source>Run &apos;docker-vm %1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>명령의 옵션을 보려면 &apos;docker-vm %1 COMMAND --help&apos;를 실행하세요.
</translation>
    </message>
    <message>
        <source>Usage: docker-vm COMMAND [options]

Create an Azure classic VM with the Docker extension and check its TLS Docker endpoint.

Commands:
</source>
        <translation>사용법: docker-vm COMMAND [옵션]

Docker 확장을 사용하는 Azure 클래식 VM을 만들고 TLS Docker 끝점을 확인합니다.

명령:
</translation>
    </message>
    <message>
        <source>Run &apos;docker-vm COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>명령의 옵션을 보려면 &apos;docker-vm COMMAND --help&apos;를 실행하세요.
</translation>
    </message>
    <message>
        <source>docker-vm: unknown command &apos;%1 %2&apos;.
</source>
        <translation>docker-vm: 알 수 없는 명령 &apos;%1 %2&apos;.
</translation>
    </message>
    <message>
        <source>docker-vm: unknown command &apos;%1&apos;.
</source>
        <translation>docker-vm: 알 수 없는 명령 &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>&apos;docker-vm %1&apos; works on classic (.publishsettings) subscriptions only so far, and %2 (%3) is a signed-in Resource Manager subscription. Name a classic one with --subscription ID, or use create, status, resume, delete, cleanup, locations or images.</source>
        <translation>&apos;docker-vm %1&apos;은(는) 아직 클래식(.publishsettings) 구독에서만 동작하며, %2(%3)은(는) 로그인한 Resource Manager 구독입니다. --subscription ID로 클래식 구독을 지정하거나 create, status, resume, delete, cleanup, locations, images를 사용하세요.</translation>
    </message>
    <message>
        <source>No subscription is selected. Sign in with &apos;docker-vm login&apos;, or import one with &apos;docker-vm account import FILE&apos;.</source>
        <translation>선택된 구독이 없습니다. &apos;docker-vm login&apos;으로 로그인하거나 &apos;docker-vm account import FILE&apos;로 구독을 가져오세요.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate to trust for the management endpoint.</source>
        <translation>%1에 관리 끝점에 대해 신뢰할 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Global option:
</source>
        <translation>전역 옵션:
</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>DOCKER</source>
        <translation>DOCKER</translation>
    </message>
    <message>
        <source>PRIVATE</source>
        <translation>사설</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>in the swarm</source>
        <translation>스웜에 참가함</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>%1에서 실패: %2</translation>
    </message>
    <message>
        <source>Created a swarm of %1 host(s) in %2 s; leader %3.</source>
        <translation>호스트 %1개로 된 스웜을 %2초 만에 만들었습니다. 리더 %3.</translation>
    </message>
    <message>
        <source>Some hosts failed and were removed; the swarm of the others was kept (--keep-partial).</source>
        <translation>일부 호스트가 실패하여 제거했습니다. 나머지 호스트의 스웜은 유지했습니다(--keep-partial).</translation>
    </message>
    <message>
        <source>--nodes takes a number of hosts (1 to %1), not &apos;%2&apos;.</source>
        <translation>--nodes에는 호스트 수(1~%1)를 지정해야 합니다(&apos;%2&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>--managers takes an odd number of swarm managers, not &apos;%1&apos;.</source>
        <translation>--managers에는 스웜 관리자 노드의 홀수 개수를 지정해야 합니다(&apos;%1&apos;이(가) 아님).</translation>
    </message>
    <message>
        <source>--managers is for a swarm of several hosts; add --nodes N (N &gt;= %1).</source>
        <translation>--managers는 여러 호스트로 된 스웜용입니다. --nodes N(N &gt;= %1)을 추가하세요.</translation>
    </message>
    <message>
        <source>--keep-partial is for a swarm of several hosts (--nodes N); a single host that fails is always removed.</source>
        <translation>--keep-partial은 여러 호스트로 된 스웜(--nodes N)용입니다. 단일 호스트가 실패하면 항상 제거됩니다.</translation>
    </message>
    <message>
        <source>No node of %1 answered as a swarm manager:
  %2</source>
        <translation>%1의 어떤 노드도 스웜 관리자 노드로 응답하지 않았습니다:
  %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Swarm of %1, asked %2 (leader: %3):</source>
        <translation>%1의 스웜, %2에 질의(리더: %3):</translation>
    </message>
    <message>
        <source>Create N hosts NAME-1 … NAME-N and join them into one Docker swarm (default 1: a single host).</source>
        <translation>호스트 NAME-1 … NAME-N을 N개 만들고 하나의 Docker 스웜으로 묶습니다(기본값 1: 단일 호스트).</translation>
    </message>
    <message>
        <source>Swarm managers among the hosts, odd (default 1 for fewer than 3 hosts, else 3).</source>
        <translation>호스트 중 스웜 관리자 노드 수, 홀수(기본값: 호스트가 3개 미만이면 1, 아니면 3).</translation>
    </message>
    <message>
        <source>When some hosts fail to come up or to join, keep the swarm of the others (default: remove everything).</source>
        <translation>일부 호스트가 시작되지 않거나 참가하지 못하면 나머지 호스트의 스웜을 유지합니다(기본값: 모두 제거).</translation>
    </message>
    <message>
        <source>Created a swarm of %1 host(s) in cloud service %2 in %3 s; leader %4.</source>
        <translation>클라우드 서비스 %2에 호스트 %1개로 된 스웜을 %3초 만에 만들었습니다. 리더 %4.</translation>
    </message>
    <message>
        <source>Make the VM role NAME fail to start (FailedStartingVM), e.g. web-2 of a create with --nodes (repeatable).</source>
        <translation>VM 역할 NAME이 시작에 실패하게 합니다(FailedStartingVM). 예: --nodes로 만든 web-2(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Demo/tests only: reach each node of NAME at its loopback public IP (simulator).</source>
        <translation>데모/테스트 전용: NAME의 각 노드에 루프백 공용 IP로 연결합니다(시뮬레이터).</translation>
    </message>
    <message>
        <source>swarm status takes exactly one HOST (a manager of the swarm, e.g. &apos;docker-vm swarm status web-1.westus.cloudapp.azure.com&apos;) or the NAME given to &apos;docker-vm create --nodes N&apos; (e.g. &apos;docker-vm swarm status web&apos;).</source>
        <translation>swarm status에는 HOST 하나(스웜의 관리자 노드, 예: &apos;docker-vm swarm status web-1.westus.cloudapp.azure.com&apos;) 또는 &apos;docker-vm create --nodes N&apos;에 지정한 NAME(예: &apos;docker-vm swarm status web&apos;)만 지정합니다.</translation>
    </message>
    <message>
        <source>Show a swarm as one of its managers sees it: nodes, roles, availability, leader, engine versions (HOST, or the NAME of a swarm made with &apos;create --nodes N&apos;).</source>
        <translation>스웜을 관리자 노드 하나에서 본 모습으로 표시합니다: 노드, 역할, 가용성, 리더, 엔진 버전(HOST 또는 &apos;create --nodes N&apos;으로 만든 스웜의 NAME).</translation>
    </message>
    <message>
        <source>Removed %1 from the swarm and deleted its VM.</source>
        <translation>%1을(를) 스웜에서 제거하고 VM을 삭제했습니다.</translation>
    </message>
    <message>
        <source>swarm remove takes the swarm&apos;s NAME and the NODE to remove, e.g. &apos;docker-vm swarm remove web web-3&apos;.</source>
        <translation>swarm remove에는 스웜의 NAME과 제거할 NODE를 지정합니다. 예: &apos;docker-vm swarm remove web web-3&apos;.</translation>
    </message>
    <message>
        <source>The connection to the subscription was closed.</source>
        <translation>구독 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>Deleting the VM %1 with what only it uses…</source>
        <translation>%1 VM을 그것만 쓰는 리소스와 함께 삭제하는 중…</translation>
    </message>
    <message>
        <source>Remove NODE from the swarm NAME: demote (a manager), drain, leave, and delete its VM with its disk (and, on Resource Manager, its network interface and public IP).</source>
        <translation>스웜 NAME에서 NODE를 제거합니다: (관리자 노드이면) 강등하고, 드레인하고, 스웜에서 나가게 한 뒤 VM과 디스크(Resource Manager에서는 네트워크 인터페이스와 공용 IP도)를 삭제합니다.</translation>
    </message>
    <message>
        <source>Keep trying until Docker answers or SECONDS pass (every 0.25 s for the first minute, then less often, up to every 3 s).</source>
        <translation>Docker가 응답하거나 SECONDS가 지날 때까지 계속 시도합니다(처음 1분 동안은 0.25초마다, 그 뒤로는 점점 드물게 최대 3초마다).</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>관리자</translation>
    </message>
    <message numerus="yes">
        <source>Added %n host(s) to the swarm %1 in %2 s (asked the manager %3).</source>
        <translation>
            <numerusform>스웜 %1에 호스트 %n개를 %2초 만에 추가했습니다(물어본 매니저: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some new hosts failed and were removed; the ones that joined were kept (--keep-partial).</source>
        <translation>새 호스트 일부가 실패하여 제거했고, 참여한 호스트는 유지했습니다(--keep-partial).</translation>
    </message>
    <message>
        <source>Certificates: %1 (the same CA and client certificate)</source>
        <translation>인증서: %1 (같은 CA와 클라이언트 인증서)</translation>
    </message>
    <message>
        <source>--ssh-key is for signed-in (Resource Manager) subscriptions; the swarm&apos;s VMs on a classic subscription sign in with a password (--password-file, DOCKER_VM_PASSWORD or the prompt).</source>
        <translation>--ssh-key는 로그인한(Resource Manager) 구독용입니다. 클래식 구독의 스웜 VM은 암호로 로그인합니다(--password-file, DOCKER_VM_PASSWORD 또는 프롬프트).</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n host(s) to the swarm %1…</source>
        <translation>
            <numerusform>스웜 %1에 호스트 %n개를 추가하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add K hosts (default 1); the swarm may have at most %1 hosts in all, as create --nodes.</source>
        <translation>호스트 K개를 추가합니다(기본값 1). create --nodes와 같이 스웜의 호스트는 모두 합쳐 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>Administrator name for the new VMs: the one the swarm was created with (needed on a classic subscription, whose API does not say it; a signed-in account reads it from the existing VMs).</source>
        <translation>새 VM의 관리자 이름: 스웜을 만들 때 쓴 이름입니다(클래식 구독에서는 API가 알려 주지 않으므로 필요합니다. 로그인한 계정은 기존 VM에서 읽습니다).</translation>
    </message>
    <message>
        <source>The swarm&apos;s certificate folder (default ~/.docker): ca.pem and ca-key.pem sign the new hosts&apos; server certificates; cert.pem and key.pem stay the client&apos;s.</source>
        <translation>스웜의 인증서 폴더(기본값 ~/.docker): ca.pem과 ca-key.pem으로 새 호스트의 서버 인증서에 서명하고, cert.pem과 key.pem은 그대로 클라이언트 인증서로 씁니다.</translation>
    </message>
    <message>
        <source>Key type of the new server certificates: rsa4096 (default), rsa2048, ecdsa-p256.</source>
        <translation>새 서버 인증서의 키 종류: rsa4096(기본값), rsa2048, ecdsa-p256.</translation>
    </message>
    <message>
        <source>Read the new VMs&apos; password from this file (first line); else DOCKER_VM_PASSWORD or the prompt.</source>
        <translation>새 VM의 암호를 이 파일(첫 줄)에서 읽습니다. 없으면 DOCKER_VM_PASSWORD 또는 프롬프트를 씁니다.</translation>
    </message>
    <message>
        <source>When some new hosts fail to come up or to join, keep the ones that joined (default: remove every new host; the existing swarm is never changed).</source>
        <translation>새 호스트 일부가 시작되지 않거나 참여하지 못하면 참여한 호스트는 유지합니다(기본값: 새 호스트를 모두 제거합니다. 기존 스웜은 절대 바뀌지 않습니다).</translation>
    </message>
    <message>
        <source>swarm add takes the NAME given to &apos;docker-vm create --nodes N&apos;, e.g. &apos;docker-vm swarm add web --count 2&apos;.</source>
        <translation>swarm add에는 &apos;docker-vm create --nodes N&apos;에 준 NAME을 지정합니다. 예: &apos;docker-vm swarm add web --count 2&apos;.</translation>
    </message>
    <message>
        <source>--count takes the number of hosts to add (1 to %1), not &apos;%2&apos;.</source>
        <translation>--count에는 추가할 호스트 수(1~%1)를 지정합니다. &apos;%2&apos;는 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>swarm add takes the swarm&apos;s NAME (e.g. &apos;web&apos;), not a host name (&apos;%1&apos;).</source>
        <translation>swarm add에는 호스트 이름(&apos;%1&apos;)이 아니라 스웜의 NAME(예: &apos;web&apos;)을 지정합니다.</translation>
    </message>
    <message>
        <source>Add K more worker hosts NAME-(n+1) … to the swarm NAME made with &apos;create --nodes N&apos;, with the same CA and client certificate; the existing hosts are not changed.</source>
        <translation>&apos;create --nodes N&apos;으로 만든 스웜 NAME에 워커 호스트 NAME-(n+1) … K개를 같은 CA와 클라이언트 인증서로 추가합니다. 기존 호스트는 바뀌지 않습니다.</translation>
    </message>
</context>
<context>
    <name>docker</name>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>응답이 JSON이 아닙니다(오프셋 %2에서 %1)</translation>
    </message>
    <message>
        <source>the answer is JSON but not an object</source>
        <translation>응답이 JSON이지만 객체가 아닙니다</translation>
    </message>
</context>
<context>
    <name>dockervm::SecretStore</name>
    <message>
        <source>The keychain holds no item “%1”.</source>
        <translation>키체인에 “%1” 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No keychain service is available (%1).</source>
        <translation>사용할 수 있는 키체인 서비스가 없습니다(%1).</translation>
    </message>
    <message>
        <source>The keychain refused: %1.</source>
        <translation>키체인이 거부했습니다: %1.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>키체인</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>“%1” 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>“%1”을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The key file “%1” is readable by other users; make it private with: chmod 600 “%1”</source>
        <translation>키 파일 “%1”을(를) 다른 사용자가 읽을 수 있습니다. 다음 명령으로 비공개로 만드세요: chmod 600 “%1”</translation>
    </message>
    <message>
        <source>Cannot delete “%1”: %2.</source>
        <translation>“%1”을(를) 삭제할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable name for a secret file.</source>
        <translation>“%1”은(는) 비밀 파일 이름으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>No secret “%1”.</source>
        <translation>비밀 “%1”이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::accounts::Accounts</name>
    <message>
        <source>No account has the id or name “%1”. List them with &apos;docker-vm account list&apos;; sign in with &apos;docker-vm login&apos; or import a .publishsettings file with &apos;docker-vm account import FILE&apos;.</source>
        <translation>ID나 이름이 “%1”인 계정이 없습니다. &apos;docker-vm account list&apos;로 목록을 확인하고, &apos;docker-vm login&apos;으로 로그인하거나 &apos;docker-vm account import FILE&apos;로 .publishsettings 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>“%1” names more than one account: %2. Use one of these ids instead.</source>
        <translation>“%1”에 해당하는 계정이 둘 이상입니다: %2. 이 ID 중 하나를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::accounts::SignInSession</name>
    <message>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>로그인이 취소되었습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The sign-in server answered without saying which tenant you signed in to (no “tid” claim); nothing was saved. Sign in with --tenant TENANT-ID.</source>
        <translation>로그인 서버가 어느 테넌트에 로그인했는지 알려 주지 않았습니다(“tid” 클레임 없음). 아무것도 저장하지 않았습니다. --tenant TENANT-ID로 로그인하세요.</translation>
    </message>
    <message>
        <source>The sign-in of %1 returned no refresh token (was offline_access granted?); nothing was saved.</source>
        <translation>%1의 로그인에서 새로 고침 토큰이 반환되지 않았습니다(offline_access가 허용되었나요?). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>other tenants (%1)</source>
        <translation>다른 테넌트(%1)</translation>
    </message>
    <message>
        <source>%1 signed in, but no enabled Azure subscription was found in the tenants this account can reach; nothing was saved.</source>
        <translation>%1(으)로 로그인했지만 이 계정이 접근할 수 있는 테넌트에서 사용하도록 설정된 Azure 구독을 찾지 못했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) are not enabled.</source>
        <translation>
            <numerusform>구독 %n개가 사용하도록 설정되어 있지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask an administrator for access to a subscription, then sign in again.</source>
        <translation>관리자에게 구독 접근 권한을 요청한 후 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>tenant %1 (%2)</source>
        <translation>테넌트 %1(%2)</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmClient</name>
    <message>
        <source>Cannot read the CA file %1: %2. Give the path of a PEM file with the CA certificate of the Azure Resource Manager endpoint.</source>
        <translation>CA 파일 %1을(를) 읽을 수 없습니다: %2. Azure Resource Manager 끝점의 CA 인증서가 든 PEM 파일 경로를 지정하세요.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate. Give a file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>CA 파일 %1에 PEM 인증서가 없습니다. &quot;-----BEGIN CERTIFICATE-----&quot; 블록이 있는 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>The Azure Resource Manager endpoint %1 is not an https URL.</source>
        <translation>Azure Resource Manager 끝점 %1은(는) https URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmCloud</name>
    <message>
        <source>No Azure account is signed in.</source>
        <translation>로그인한 Azure 계정이 없습니다.</translation>
    </message>
    <message>
        <source>out of standard support since %1</source>
        <translation>%1부터 표준 지원 종료</translation>
    </message>
    <message>
        <source>newest (UbuntuLTS)</source>
        <translation>최신(UbuntuLTS)</translation>
    </message>
    <message>
        <source>Choose a region first: DNS labels are unique per region.</source>
        <translation>먼저 지역을 선택하세요. DNS 레이블은 지역마다 고유합니다.</translation>
    </message>
    <message>
        <source>Could not check whether %1 is free: %2</source>
        <translation>%1을(를) 사용할 수 있는지 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is already used by another public IP in %2; choose another DNS label.</source>
        <translation>%1은(는) %2의 다른 공용 IP에서 이미 사용 중입니다. 다른 DNS 레이블을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation>%1 사용 가능</translation>
    </message>
    <message>
        <source>The unfinished run for %1 belongs to another account (%2); select that account to resume it.</source>
        <translation>%1에 대한 완료되지 않은 실행은 다른 계정(%2)의 것입니다. 재개하려면 그 계정을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not list the resource groups: %1</source>
        <translation>리소스 그룹을 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No Docker host named %1 made by docker-vm was found in this subscription.</source>
        <translation>이 구독에서 docker-vm이 만든 %1이라는 Docker 호스트를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The connection to the subscription was closed.</source>
        <translation>구독 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>Could not list the resources of %1: %2</source>
        <translation>%1의 리소스를 나열할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a new resource group %1 (removed with the host)</source>
        <translation>새 리소스 그룹 %1(호스트와 함께 제거됨)</translation>
    </message>
    <message>
        <source>the existing resource group %1</source>
        <translation>기존 리소스 그룹 %1</translation>
    </message>
    <message>
        <source>In %1, in %2: a network security group (only the SSH and Docker ports), a virtual network with a subnet, a static public IP address named %3, a network interface and the virtual machine with its managed disk. cloud-init installs Docker with your certificates.</source>
        <translation>%2의 %1에 네트워크 보안 그룹(SSH 및 Docker 포트만), 서브넷이 있는 가상 네트워크, %3이라는 고정 공용 IP 주소, 네트워크 인터페이스, 관리 디스크가 있는 가상 머신을 만듭니다. cloud-init이 인증서와 함께 Docker를 설치합니다.</translation>
    </message>
    <message>
        <source>On Azure the VM, its disk and its static public IP address cost money while they exist, even when idle: delete the host with `docker-vm delete %1` when you no longer need it.</source>
        <translation>Azure에서는 VM, 디스크, 고정 공용 IP 주소가 유휴 상태여도 존재하는 동안 요금이 부과됩니다. 더 이상 필요하지 않으면 `docker-vm delete %1`로 호스트를 삭제하세요.</translation>
    </message>
    <message>
        <source>out of support</source>
        <translation>지원 종료</translation>
    </message>
    <message>
        <source>In %1, in %2: a network security group (only the SSH and Docker ports from outside), a virtual network with a subnet, and for each of the %3 hosts a static public IP address, a network interface and a virtual machine with its managed disk. cloud-init installs Docker with your certificates.</source>
        <translation>%1, %2 지역에: 네트워크 보안 그룹(외부에서는 SSH와 Docker 포트만), 서브넷이 있는 가상 네트워크, 그리고 호스트 %3개 각각에 고정 공용 IP 주소, 네트워크 인터페이스, 관리 디스크가 있는 가상 머신. cloud-init이 인증서와 함께 Docker를 설치합니다.</translation>
    </message>
    <message>
        <source>On Azure every VM, its disk and its static public IP address cost money while they exist, even when idle: delete the swarm&apos;s hosts with `docker-vm delete %1` when you no longer need them.</source>
        <translation>Azure에서는 모든 VM과 디스크, 고정 공용 IP 주소가 유휴 상태에서도 존재하는 동안 비용이 듭니다. 더 이상 필요 없으면 `docker-vm delete %1`로 스웜의 호스트를 삭제하세요.</translation>
    </message>
    <message>
        <source>%1 (resource group %2) has no public IP with a DNS name, so there is no node to ask. Is it a host made by &apos;docker-vm create&apos;?</source>
        <translation>%1(리소스 그룹 %2)에 DNS 이름이 있는 공용 IP가 없어 물어볼 노드가 없습니다. &apos;docker-vm create&apos;로 만든 호스트가 맞나요?</translation>
    </message>
    <message>
        <source>%1 is already used by another public IP in %2; choose another DNS label (each host of the swarm gets the label NAME-i).</source>
        <translation>%1은(는) %2의 다른 공용 IP에서 이미 사용 중입니다. 다른 DNS 레이블을 선택하세요(스웜의 각 호스트는 NAME-i 레이블을 받습니다).</translation>
    </message>
    <message>
        <source>%1 … %2 are free</source>
        <translation>%1 … %2 사용 가능</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmError</name>
    <message>
        <source>Azure cancelled the operation.</source>
        <translation>Azure가 작업을 취소했습니다.</translation>
    </message>
    <message>
        <source>Azure did not accept the sign-in (the access token expired or is not valid for Azure Resource Manager).</source>
        <translation>Azure가 로그인을 받아들이지 않았습니다(액세스 토큰이 만료되었거나 Azure Resource Manager에 유효하지 않음).</translation>
    </message>
    <message>
        <source>Sign in again (docker-vm login).</source>
        <translation>다시 로그인하세요(docker-vm login).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this in the subscription.</source>
        <translation>이 구독에서 계정에 이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this in subscription %1.</source>
        <translation>구독 %1에서 계정에 이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>You need the Contributor (or Owner) role on the subscription: ask its owner to grant it, then sign in again so the new role takes effect.</source>
        <translation>구독에 대한 기여자(또는 소유자) 역할이 필요합니다. 구독 소유자에게 역할 부여를 요청한 후, 새 역할이 적용되도록 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>You need the Contributor (or Owner) role on subscription %1: ask its owner to grant it, then sign in again so the new role takes effect.</source>
        <translation>구독 %1에 대한 기여자(또는 소유자) 역할이 필요합니다. 구독 소유자에게 역할 부여를 요청한 후, 새 역할이 적용되도록 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The subscription&apos;s quota in this region is too small for this virtual machine (vCPUs or another limit).</source>
        <translation>이 지역의 구독 할당량이 이 가상 머신에 비해 부족합니다(vCPU 또는 다른 제한).</translation>
    </message>
    <message>
        <source>Choose a smaller size or another region, or request more quota in the Azure portal: %1</source>
        <translation>더 작은 크기나 다른 지역을 선택하거나 Azure Portal에서 할당량 증가를 요청하세요: %1</translation>
    </message>
    <message>
        <source>The chosen VM size is not available to this subscription in this region (not offered there, or no capacity right now).</source>
        <translation>선택한 VM 크기를 이 지역에서 이 구독으로 사용할 수 없습니다(제공되지 않거나 현재 용량 부족).</translation>
    </message>
    <message>
        <source>Choose another size or another region.</source>
        <translation>다른 크기나 다른 지역을 선택하세요.</translation>
    </message>
    <message>
        <source>The DNS name is already used by another public IP address in this region.</source>
        <translation>이 지역의 다른 공용 IP 주소가 이미 이 DNS 이름을 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Choose another DNS label.</source>
        <translation>다른 DNS 레이블을 선택하세요.</translation>
    </message>
    <message>
        <source>The resource group does not exist (any more).</source>
        <translation>리소스 그룹이 (더 이상) 없습니다.</translation>
    </message>
    <message>
        <source>Check the subscription and the name; a group deleted by a rollback is gone for good.</source>
        <translation>구독과 이름을 확인하세요. 롤백으로 삭제된 그룹은 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>The Azure resource does not exist (any more).</source>
        <translation>Azure 리소스가 (더 이상) 없습니다.</translation>
    </message>
    <message>
        <source>Check the subscription, resource group and name.</source>
        <translation>구독, 리소스 그룹, 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The subscription is not registered for a resource provider this needs (common on new subscriptions).</source>
        <translation>이 작업에 필요한 리소스 공급자가 구독에 등록되어 있지 않습니다(새 구독에서 흔함).</translation>
    </message>
    <message>
        <source>Register Microsoft.Compute and Microsoft.Network for the subscription (portal: Subscription &gt; Resource providers, or az provider register), then try again.</source>
        <translation>구독에 Microsoft.Compute와 Microsoft.Network를 등록한 후(포털: 구독 &gt; 리소스 공급자 또는 az provider register) 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Azure is throttling requests (too many in a short time); it asked to wait %n second(s).</source>
        <translation>
            <numerusform>Azure가 요청을 제한하고 있습니다(짧은 시간에 요청이 너무 많음). %n초 기다리라고 요청했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure is throttling requests (too many in a short time).</source>
        <translation>Azure가 요청을 제한하고 있습니다(짧은 시간에 요청이 너무 많음).</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>몇 분 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>An Azure resource cannot be deleted while another one still uses it.</source>
        <translation>다른 리소스가 아직 사용 중인 Azure 리소스는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete in reverse order (virtual machine, then network interface, then public IP, network security group and virtual network), or delete the whole resource group.</source>
        <translation>역순으로 삭제하거나(가상 머신, 네트워크 인터페이스, 그다음 공용 IP, 네트워크 보안 그룹, 가상 네트워크) 리소스 그룹 전체를 삭제하세요.</translation>
    </message>
    <message>
        <source>Another operation on the same resource is still running.</source>
        <translation>같은 리소스에 대한 다른 작업이 아직 실행 중입니다.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>작업이 끝날 때까지 기다린 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Azure Resource Manager had an internal error (HTTP %1).</source>
        <translation>Azure Resource Manager에서 내부 오류가 발생했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps failing, check the Azure status page.</source>
        <translation>몇 분 후 다시 시도하세요. 계속 실패하면 Azure 상태 페이지를 확인하세요.</translation>
    </message>
    <message>
        <source>Check the system clock and any proxy that intercepts TLS; for Azure Stack or a test server, give its CA file.</source>
        <translation>시스템 시계와 TLS를 가로채는 프록시가 있는지 확인하세요. Azure Stack이나 테스트 서버라면 해당 CA 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>This is a fault of the server&apos;s reply; report it with the request id.</source>
        <translation>서버 응답의 결함입니다. 요청 ID와 함께 보고해 주세요.</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>네트워크 연결을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, report it with the request id.</source>
        <translation>나중에 다시 시도하세요. 계속되면 요청 ID와 함께 보고해 주세요.</translation>
    </message>
    <message>
        <source>The Azure operation failed.</source>
        <translation>Azure 작업이 실패했습니다.</translation>
    </message>
    <message>
        <source>Azure refused the request (HTTP %1).</source>
        <translation>Azure가 요청을 거부했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>Azure said: %1: %2</source>
        <translation>Azure 메시지: %1: %2</translation>
    </message>
    <message>
        <source>Azure said: %1</source>
        <translation>Azure 메시지: %1</translation>
    </message>
    <message>
        <source>(request id %1, correlation id %2)</source>
        <translation>(요청 ID %1, 상관 관계 ID %2)</translation>
    </message>
    <message>
        <source>HTTP status %1 without an error body.</source>
        <translation>오류 본문이 없는 HTTP 상태 %1.</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 상태 %1: %2</translation>
    </message>
    <message>
        <source>The operation was cancelled in Azure.</source>
        <translation>Azure에서 작업이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The operation ended with status %1 and no error detail.</source>
        <translation>작업이 상태 %1(으)로 끝났으며 오류 세부 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>%1에 대한 TLS 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 timed out after %n second(s) while sending its reply.</source>
        <translation>
            <numerusform>%1이(가) 응답을 보내는 중 %n초 후 시간이 초과되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1이(가) %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Cancelled: the Azure connection was closed.</source>
        <translation>취소됨: Azure 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The reply from %1 is not what Azure Resource Manager sends: %2</source>
        <translation>%1의 응답이 Azure Resource Manager가 보내는 형식이 아닙니다: %2</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than %2 bytes; reading stopped there.</source>
        <translation>%1의 응답이 %2바이트보다 큽니다. 거기서 읽기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>Refused to send the Azure sign-in token to %1: only %2 gets it (the URL came from a reply and points elsewhere).</source>
        <translation>Azure 로그인 토큰을 %1에 보내지 않았습니다. 토큰은 %2에만 보냅니다(URL이 응답에서 왔고 다른 곳을 가리킴).</translation>
    </message>
    <message>
        <source>The list at %1 went on for more than %2 pages; stopped there.</source>
        <translation>%1의 목록이 %2페이지를 넘었습니다. 거기서 멈췄습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s) in %2 s)</source>
        <translation>
            <numerusform>%1(%2초 동안 %n번 시도한 후 포기)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmListReply</name>
    <message>
        <source>a list without a &quot;value&quot; array</source>
        <translation>&quot;value&quot; 배열이 없는 목록</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmOperation</name>
    <message>
        <source>no finished reply to track</source>
        <translation>추적할 완료된 응답이 없습니다</translation>
    </message>
    <message>
        <source>the operation status has no &quot;status&quot; field</source>
        <translation>작업 상태에 &quot;status&quot; 필드가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>The Azure operation did not finish within %n minute(s) (last status: %1); it may still be running in Azure.</source>
        <translation>
            <numerusform>Azure 작업이 %n분 안에 끝나지 않았습니다(마지막 상태: %1). Azure에서는 아직 실행 중일 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmProvisioner</name>
    <message>
        <source>Check the settings</source>
        <translation>설정 확인</translation>
    </message>
    <message>
        <source>Check that the DNS label is free in the region</source>
        <translation>지역에서 DNS 레이블을 사용할 수 있는지 확인</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>리소스 그룹</translation>
    </message>
    <message>
        <source>Docker TLS certificates</source>
        <translation>Docker TLS 인증서</translation>
    </message>
    <message>
        <source>Network security group (SSH and Docker ports)</source>
        <translation>네트워크 보안 그룹(SSH 및 Docker 포트)</translation>
    </message>
    <message>
        <source>Virtual network and subnet</source>
        <translation>가상 네트워크와 서브넷</translation>
    </message>
    <message>
        <source>Public IP address with the DNS label</source>
        <translation>DNS 레이블이 있는 공용 IP 주소</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>네트워크 인터페이스</translation>
    </message>
    <message>
        <source>Virtual machine with cloud-init</source>
        <translation>cloud-init를 사용하는 가상 머신</translation>
    </message>
    <message>
        <source>Wait until the VM runs</source>
        <translation>VM이 실행될 때까지 대기</translation>
    </message>
    <message>
        <source>Wait for cloud-init and Docker over TLS</source>
        <translation>cloud-init와 TLS를 통한 Docker 대기</translation>
    </message>
    <message>
        <source>Remove what this run created</source>
        <translation>이 실행이 만든 것 제거</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped: the connection to the subscription was closed (the account was switched or signed out, or the program is closing).</source>
        <translation>&quot;%1&quot; 중지됨: 구독 연결이 닫혔습니다(계정이 전환되었거나 로그아웃되었거나 프로그램이 종료되는 중).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped: the connection to the subscription was closed.</source>
        <translation>&quot;%1&quot; 중지됨: 구독 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The run for %1 stopped before its VM was sent to Azure; there is nothing to wait for. Run &apos;docker-vm cleanup&apos; to remove what it left.</source>
        <translation>%1에 대한 실행은 VM을 Azure에 보내기 전에 멈췄으므로 기다릴 것이 없습니다. 남은 것을 제거하려면 &apos;docker-vm cleanup&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>done by the earlier run</source>
        <translation>이전 실행에서 완료됨</translation>
    </message>
    <message>
        <source>Cleaning up the unfinished run for %1.</source>
        <translation>%1에 대한 완료되지 않은 실행을 정리하는 중입니다.</translation>
    </message>
    <message>
        <source>No Azure account is signed in.</source>
        <translation>로그인한 Azure 계정이 없습니다.</translation>
    </message>
    <message>
        <source>Could not check whether the DNS name %1 is free: %2</source>
        <translation>DNS 이름 %1을(를) 사용할 수 있는지 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The DNS name %1 is already used by another public IP in %2. Choose another DNS label (labels are unique per region).</source>
        <translation>DNS 이름 %1은(는) %2의 다른 공용 IP에서 이미 사용 중입니다. 다른 DNS 레이블을 선택하세요(레이블은 지역마다 고유).</translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation>%1 사용 가능</translation>
    </message>
    <message>
        <source>using the existing group %1</source>
        <translation>기존 그룹 %1 사용</translation>
    </message>
    <message>
        <source>creating %1 in %2</source>
        <translation>%2에 %1 만드는 중</translation>
    </message>
    <message>
        <source>Could not look up the resource group %1: %2</source>
        <translation>리소스 그룹 %1을(를) 조회할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The resource group %1 does not exist in this subscription. Create it first, or leave out -g to have a new group made (and removed on failure).</source>
        <translation>이 구독에 리소스 그룹 %1이(가) 없습니다. 먼저 만들거나, -g를 생략하여 새 그룹을 만들게 하세요(실패하면 제거됨).</translation>
    </message>
    <message>
        <source>existing group %1 (kept on rollback; only this run&apos;s resources are removed)</source>
        <translation>기존 그룹 %1(롤백 시 유지되며 이 실행의 리소스만 제거됨)</translation>
    </message>
    <message>
        <source>A resource group named %1 already exists. Choose another VM name, or put the host into that group with -g %1 (then only this run&apos;s resources are removed on failure).</source>
        <translation>%1이라는 리소스 그룹이 이미 있습니다. 다른 VM 이름을 선택하거나 -g %1로 호스트를 그 그룹에 넣으세요(이 경우 실패하면 이 실행의 리소스만 제거됨).</translation>
    </message>
    <message>
        <source>Could not write the provisioning journal; nothing was created.</source>
        <translation>프로비저닝 기록을 쓸 수 없습니다. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not create the resource group %1: %2</source>
        <translation>리소스 그룹 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>created %1 in %2</source>
        <translation>%2에 %1 만듦</translation>
    </message>
    <message>
        <source>%1: TCP %2 and %3 from %4</source>
        <translation>%1: %4에서 TCP %2 및 %3</translation>
    </message>
    <message>
        <source>%1: TCP %2 from %3</source>
        <translation>%1: %3에서 TCP %2</translation>
    </message>
    <message>
        <source>%1 (%2), subnet %3 (%4)</source>
        <translation>%1(%2), 서브넷 %3(%4)</translation>
    </message>
    <message>
        <source>Azure names the public IP %1, not %2 as expected; the certificate is for %2.</source>
        <translation>Azure가 공용 IP 이름을 예상한 %2이(가) 아닌 %1(으)로 지정했습니다. 인증서는 %2용입니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Could not write the provisioning journal; %1 was not created.</source>
        <translation>프로비저닝 기록을 쓸 수 없습니다. %1을(를) 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Azure refused the %1: %2</source>
        <translation>Azure가 %1을(를) 거부했습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Creating the %1 failed: %2</source>
        <translation>%1 만들기 실패: %2</translation>
    </message>
    <message>
        <source>Waiting for %1, which is using the certificate folder %2…</source>
        <translation>인증서 폴더 %2을(를) 사용 중인 %1을(를) 기다리는 중…</translation>
    </message>
    <message>
        <source>reused the CA and client certificate in %1; new server certificate for %2</source>
        <translation>%1의 CA와 클라이언트 인증서를 재사용하고 %2용 서버 인증서를 새로 만들었습니다</translation>
    </message>
    <message>
        <source>created a CA, a client certificate and a server certificate for %1 in %2</source>
        <translation>%2에 %1용 CA, 클라이언트 인증서, 서버 인증서를 만들었습니다</translation>
    </message>
    <message>
        <source>reused the certificates in %1 for %2</source>
        <translation>%2용으로 %1의 인증서를 재사용했습니다</translation>
    </message>
    <message>
        <source>Could not write the cloud-init document for the VM: %1</source>
        <translation>VM의 cloud-init 문서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Sending the VM: %1, %2, image %3, user %4 with %5, cloud-init %6 bytes (Docker on port %7 with TLS).</source>
        <translation>VM 보내는 중: %1, %2, 이미지 %3, 사용자 %4(%5), cloud-init %6바이트(Docker는 포트 %7에서 TLS 사용).</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>the SSH key %1</source>
        <translation>SSH 키 %1</translation>
    </message>
    <message>
        <source>%1 (%2) created</source>
        <translation>%1(%2) 만듦</translation>
    </message>
    <message>
        <source>Could not read the state of the VM %1: %2</source>
        <translation>VM %1의 상태를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>provisioning %1, power %2</source>
        <translation>프로비저닝 %1, 전원 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Azure could not provision the VM %1: %2</source>
        <translation>Azure가 VM %1을(를) 프로비저닝할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The VM %1 is %2, not running. Start it in the portal or with &apos;az vm start&apos;, then run &apos;docker-vm resume&apos;.</source>
        <translation>VM %1이(가) 실행 중이 아니라 %2 상태입니다. 포털이나 &apos;az vm start&apos;로 시작한 후 &apos;docker-vm resume&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>The VM %1 was not running after %2 minutes (%3).</source>
        <translation>VM %1이(가) %2분 후에도 실행되지 않았습니다(%3).</translation>
    </message>
    <message>
        <source>The VM is reachable as %1 (%2).</source>
        <translation>VM에 %1(%2)(으)로 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>waiting for cloud-init and Docker (0:00)</source>
        <translation>cloud-init와 Docker 대기 중(0:00)</translation>
    </message>
    <message>
        <source>waiting for cloud-init and Docker (%1)</source>
        <translation>cloud-init와 Docker 대기 중(%1)</translation>
    </message>
    <message>
        <source>Docker did not answer at %1 within %2: the simulated VM never started Docker (its cloud-init did not finish).</source>
        <translation>Docker가 %2 안에 %1에서 응답하지 않았습니다. 시뮬레이션된 VM이 Docker를 시작하지 않았습니다(cloud-init가 끝나지 않음).</translation>
    </message>
    <message>
        <source>Docker check %1 (%2): %3: %4</source>
        <translation>Docker 확인 %1(%2): %3: %4</translation>
    </message>
    <message>
        <source>Docker did not answer at %1 within %2 (%3). The VM runs, so cloud-init is either still installing Docker or failed: sign in with ssh %4@%5 and look at &apos;cloud-init status --long&apos; and &apos;journalctl -u docker&apos;, or give it longer with a larger Docker wait.</source>
        <translation>Docker가 %2 안에 %1에서 응답하지 않았습니다(%3). VM은 실행 중이므로 cloud-init가 아직 Docker를 설치 중이거나 실패했습니다. ssh %4@%5로 로그인하여 &apos;cloud-init status --long&apos;과 &apos;journalctl -u docker&apos;를 확인하거나, Docker 대기 시간을 늘려 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Docker %1 answered (API %2) after %3</source>
        <translation>%3 후 Docker %1이(가) 응답했습니다(API %2)</translation>
    </message>
    <message>
        <source>Done in %1 s. Try: %2</source>
        <translation>%1초 만에 완료. 사용해 보기: %2</translation>
    </message>
    <message>
        <source>stopped: %1 failed</source>
        <translation>중지됨: %1 실패</translation>
    </message>
    <message>
        <source>Cancelled during &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 중에 취소되었습니다.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>&quot;, &quot;</source>
        <translation>&quot;, &quot;</translation>
    </message>
    <message>
        <source>Stopping the certificate generation before cleaning up.</source>
        <translation>정리하기 전에 인증서 생성을 멈추는 중입니다.</translation>
    </message>
    <message>
        <source>nothing was created</source>
        <translation>아무것도 만들지 않았습니다</translation>
    </message>
    <message>
        <source>a classic (ASM) resource; clean it up with the classic account</source>
        <translation>클래식(ASM) 리소스입니다. 클래식 계정으로 정리하세요</translation>
    </message>
    <message>
        <source>the connection to the subscription was closed</source>
        <translation>구독 연결이 닫혔습니다</translation>
    </message>
    <message>
        <source>Azure is deleting the resource group %1 with everything in it…</source>
        <translation>Azure가 리소스 그룹 %1과(와) 그 안의 모든 것을 삭제하는 중…</translation>
    </message>
    <message>
        <source>it still exists after its deletion finished</source>
        <translation>삭제가 끝난 후에도 아직 있습니다</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 제거하는 중…</translation>
    </message>
    <message>
        <source>with its resource group</source>
        <translation>리소스 그룹과 함께</translation>
    </message>
    <message>
        <source>%1 is still in use; trying again shortly.</source>
        <translation>%1이(가) 아직 사용 중입니다. 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation>%1은(는) 이미 없었습니다.</translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation>%1 유지: %2.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1을(를) 제거할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 제거됨</translation>
    </message>
    <message>
        <source>already gone: %1</source>
        <translation>이미 없음: %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 유지됨</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>제거할 것 없음</translation>
    </message>
    <message>
        <source>left behind: %1. Run &apos;docker-vm cleanup&apos; to try again.</source>
        <translation>남은 것: %1. 다시 시도하려면 &apos;docker-vm cleanup&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>looking for %1</source>
        <translation>%1 찾는 중</translation>
    </message>
    <message>
        <source>Could not list the resource groups: %1</source>
        <translation>리소스 그룹을 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No Docker host named %1 made by docker-vm was found in this subscription (no resource group tagged createdBy=docker-vm for it). A host made into an existing group (-g) is removed with that group&apos;s resources in the portal or with &apos;az resource delete&apos;.</source>
        <translation>이 구독에서 docker-vm이 만든 %1이라는 Docker 호스트를 찾지 못했습니다(createdBy=docker-vm 태그가 있는 리소스 그룹 없음). 기존 그룹(-g)에 만든 호스트는 포털이나 &apos;az resource delete&apos;로 그 그룹의 리소스와 함께 제거하세요.</translation>
    </message>
    <message>
        <source>The run for %1 made several hosts (a swarm); resuming one is not supported. Run &apos;docker-vm cleanup&apos; to remove what it left, then create the swarm again.</source>
        <translation>%1에 대한 실행은 여러 호스트(스웜)를 만들었습니다. 그중 하나만 재개하는 것은 지원되지 않습니다. &apos;docker-vm cleanup&apos;으로 남은 것을 제거한 후 스웜을 다시 만드세요.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1(%2, %3)</translation>
    </message>
    <message>
        <source>Swarm of %1 host(s), leader %2: %3.</source>
        <translation>호스트 %1개로 된 스웜, 리더 %2: %3.</translation>
    </message>
    <message>
        <source>Not in the swarm: %1 (%2).</source>
        <translation>스웜에 없음: %1(%2).</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>The DNS name %1 is already used by another public IP in %2. Choose another name (every host of the swarm gets the DNS label NAME-i, and labels are unique per region).</source>
        <translation>DNS 이름 %1은(는) %2의 다른 공용 IP에서 이미 사용 중입니다. 다른 이름을 선택하세요(스웜의 각 호스트는 DNS 레이블 NAME-i를 받으며, 레이블은 지역마다 고유).</translation>
    </message>
    <message>
        <source>; swarm 2377/tcp, 7946/tcp+udp, 4789/udp only from %1</source>
        <translation>. 스웜 2377/tcp, 7946/tcp+udp, 4789/udp는 %1에서만 허용</translation>
    </message>
    <message>
        <source>reused the CA and client certificate in %1</source>
        <translation>%1의 CA와 클라이언트 인증서를 재사용했습니다</translation>
    </message>
    <message>
        <source>created a CA and a client certificate in %1</source>
        <translation>%1에 CA와 클라이언트 인증서를 만들었습니다</translation>
    </message>
    <message>
        <source>Azure made the network interface %1 but reports no private address for it; the swarm needs one.</source>
        <translation>Azure가 네트워크 인터페이스 %1을(를) 만들었지만 사설 주소를 알려 주지 않습니다. 스웜에는 사설 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>Could not write the cloud-init document for %1: %2</source>
        <translation>%1의 cloud-init 문서를 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Sending the VM %1: %2, image %3, cloud-init %4 bytes (Docker on port %5 with TLS for %6).</source>
        <translation>VM %1 보내는 중: %2, 이미지 %3, cloud-init %4바이트(Docker는 포트 %5에서 %6용 TLS 사용).</translation>
    </message>
    <message>
        <source>The VM %1 is %2, not running.</source>
        <translation>VM %1이(가) 실행 중이 아니라 %2 상태입니다.</translation>
    </message>
    <message>
        <source>%1 is reachable as %2 (%3), private address %4.</source>
        <translation>%1에 %2(%3)(으)로 연결할 수 있습니다. 사설 주소 %4.</translation>
    </message>
    <message>
        <source>%1: Docker check %2: %3: %4</source>
        <translation>%1: Docker 확인 %2: %3: %4</translation>
    </message>
    <message>
        <source>Docker did not answer at %1 within %2 (%3). Sign in with ssh %4@%5 and look at &apos;cloud-init status --long&apos; and &apos;journalctl -u docker&apos;.</source>
        <translation>Docker가 %2 안에 %1에서 응답하지 않았습니다(%3). ssh %4@%5로 로그인하여 &apos;cloud-init status --long&apos;과 &apos;journalctl -u docker&apos;를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <source>%1 failed: %2 The other hosts go on (--keep-partial); %1&apos;s VM, network interface and public IP are removed.</source>
        <translation>%1 실패: %2 나머지 호스트는 계속 진행하며(--keep-partial) %1의 VM, 네트워크 인터페이스, 공용 IP는 제거됩니다.</translation>
    </message>
    <message>
        <source>None of the %1 hosts came up (%2: %3).</source>
        <translation>호스트 %1개 중 어느 것도 시작되지 않았습니다(%2: %3).</translation>
    </message>
    <message>
        <source>None of the %1 hosts came up.</source>
        <translation>호스트 %1개 중 어느 것도 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>removing the failed host(s) %1</source>
        <translation>실패한 호스트 %1 제거하는 중</translation>
    </message>
    <message>
        <source>removed the failed host(s) %1</source>
        <translation>실패한 호스트 %1 제거함</translation>
    </message>
    <message>
        <source>left behind: %1. Remove them in the portal or with &apos;az resource delete&apos;.</source>
        <translation>남은 것: %1. 포털이나 &apos;az resource delete&apos;로 제거하세요.</translation>
    </message>
    <message>
        <source>Docker was not waited for</source>
        <translation>Docker를 기다리지 않음</translation>
    </message>
    <message>
        <source>%1 did not join the swarm: %2 The swarm of the other hosts is kept (--keep-partial); %1 is removed.</source>
        <translation>%1이(가) 스웜에 참가하지 못했습니다: %2 나머지 호스트의 스웜은 유지하며(--keep-partial) %1은(는) 제거됩니다.</translation>
    </message>
    <message>
        <source>The swarm could not be made (%1). %2 Everything this run created is removed; with --keep-partial the hosts that joined would have been kept.</source>
        <translation>스웜을 만들 수 없습니다(%1). %2 이 실행이 만든 것은 모두 제거됩니다. --keep-partial을 지정했다면 참가한 호스트는 유지되었을 것입니다.</translation>
    </message>
    <message>
        <source>removing %1 (VM, network interface, public IP) from %2</source>
        <translation>%2에서 %1 제거하는 중(VM, 네트워크 인터페이스, 공용 IP)</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 제거하는 중</translation>
    </message>
    <message>
        <source>the VM to start</source>
        <translation>VM 시작</translation>
    </message>
    <message>
        <source>the Docker port (%1)</source>
        <translation>Docker 포트(%1)</translation>
    </message>
    <message>
        <source>the certificate folder</source>
        <translation>인증서 폴더</translation>
    </message>
    <message>
        <source>waiting for the Docker TLS certificates (the keys are still being made)</source>
        <translation>Docker TLS 인증서를 기다리는 중 (키를 아직 만드는 중)</translation>
    </message>
    <message>
        <source>%1: CA, client and server certificate for %2</source>
        <translation>%1: %2용 CA, 클라이언트, 서버 인증서</translation>
    </message>
    <message>
        <source>The run for %1 added nodes to a swarm; it cannot be resumed. Run &apos;docker-vm cleanup&apos; to remove the nodes it left, then run &apos;docker-vm swarm add&apos; again.</source>
        <translation>%1의 실행은 스웜에 노드를 추가하는 작업이었으므로 재개할 수 없습니다. &apos;docker-vm cleanup&apos;으로 남은 노드를 제거한 다음 &apos;docker-vm swarm add&apos;를 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Added to the swarm %1 (manager asked: %2): %3.</source>
        <translation>스웜 %1에 추가함(요청한 관리자 노드: %2): %3.</translation>
    </message>
    <message>
        <source>Check the settings and the certificate folder</source>
        <translation>설정과 인증서 폴더 확인</translation>
    </message>
    <message>
        <source>Check that the new nodes&apos; DNS labels are free in the region</source>
        <translation>새 노드의 DNS 레이블을 지역에서 쓸 수 있는지 확인</translation>
    </message>
    <message>
        <source>Read the swarm %1: its group, nodes and network</source>
        <translation>스웜 %1 읽기: 그룹, 노드, 네트워크</translation>
    </message>
    <message>
        <source>Server certificates for the new nodes (the swarm&apos;s CA)</source>
        <translation>새 노드의 서버 인증서(스웜의 CA)</translation>
    </message>
    <message>
        <source>Network security group of the swarm (reused: swarm ports only from the subnet)</source>
        <translation>스웜의 네트워크 보안 그룹(재사용: 스웜 포트는 서브넷에서만)</translation>
    </message>
    <message>
        <source>Virtual network and subnet of the swarm (reused)</source>
        <translation>스웜의 가상 네트워크와 서브넷(재사용)</translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s); certificate folder %1</source>
        <translation>
            <numerusform>새 노드 %n개, 인증서 폴더 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No swarm named %1 made by docker-vm was found in this subscription (no resource group tagged createdBy=docker-vm for it). Check the name with &apos;docker-vm status %1&apos;, or make a swarm with &apos;docker-vm create --nodes N&apos;.</source>
        <translation>이 구독에서 docker-vm이 만든 %1(이)라는 스웜을 찾지 못했습니다(createdBy=docker-vm 태그가 붙은 리소스 그룹이 없음). &apos;docker-vm status %1&apos;로 이름을 확인하거나 &apos;docker-vm create --nodes N&apos;으로 스웜을 만드세요.</translation>
    </message>
    <message>
        <source>reading the resources of %1</source>
        <translation>%1의 리소스를 읽는 중</translation>
    </message>
    <message>
        <source>Could not list the resources of %1: %2</source>
        <translation>%1의 리소스 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a single Docker host, not a swarm: &apos;swarm add&apos; adds workers to a swarm made by &apos;docker-vm create --nodes N&apos;. Make a swarm with &apos;docker-vm create --nodes N NAME …&apos;.</source>
        <translation>%1은(는) 스웜이 아니라 단일 Docker 호스트입니다. &apos;swarm add&apos;는 &apos;docker-vm create --nodes N&apos;으로 만든 스웜에 워커를 추가합니다. &apos;docker-vm create --nodes N NAME …&apos;으로 스웜을 만드세요.</translation>
    </message>
    <message>
        <source>The resource group %1 has no VM named %2-1, %2-2, …: there is no swarm %2 to add nodes to. Look at it with &apos;docker-vm status %2&apos;.</source>
        <translation>리소스 그룹 %1에 %2-1, %2-2, … 이름의 VM이 없습니다. 노드를 추가할 스웜 %2이(가) 없습니다. &apos;docker-vm status %2&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>reading the VM %1 (size, image, user, sign-in)</source>
        <translation>VM %1을(를) 읽는 중(크기, 이미지, 사용자, 로그인 방식)</translation>
    </message>
    <message>
        <source>Could not read the VM %1: %2</source>
        <translation>VM %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Azure&apos;s description of the VM %1 lacks its location, size, image, admin user or network interface, so the new nodes cannot be made like it (a VM not made by &apos;docker-vm create&apos;?).</source>
        <translation>Azure가 알려 준 VM %1의 정보에 위치, 크기, 이미지, 관리자 사용자 또는 네트워크 인터페이스가 없어 새 노드를 같은 방식으로 만들 수 없습니다(&apos;docker-vm create&apos;로 만든 VM이 아닌가요?).</translation>
    </message>
    <message>
        <source>Could not read the network interface %1: %2</source>
        <translation>네트워크 인터페이스 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The network interface %1 has no subnet, network security group or public IP in the group %2, so the new nodes cannot join its network the way &apos;docker-vm create --nodes N&apos; made it.</source>
        <translation>네트워크 인터페이스 %1에 그룹 %2의 서브넷, 네트워크 보안 그룹 또는 공용 IP가 없어 새 노드를 &apos;docker-vm create --nodes N&apos;이 만든 방식대로 그 네트워크에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the public IP %1: %2</source>
        <translation>공용 IP %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The public IP %1 has the DNS label &quot;%2&quot;, not &lt;name&gt;-&lt;number&gt; as &apos;docker-vm create --nodes N&apos; names a node&apos;s; the new nodes&apos; DNS names cannot be derived from it.</source>
        <translation>공용 IP %1의 DNS 레이블이 &apos;docker-vm create --nodes N&apos;이 노드에 붙이는 &lt;name&gt;-&lt;number&gt; 형식이 아니라 &quot;%2&quot;입니다. 여기에서 새 노드의 DNS 이름을 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not read the network security group %1: %2</source>
        <translation>네트워크 보안 그룹 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The network security group %1 lacks the rule %2 that &apos;docker-vm create --nodes N&apos; makes, so it is not a swarm&apos;s (or it was changed). Nothing was created.</source>
        <translation>네트워크 보안 그룹 %1에 &apos;docker-vm create --nodes N&apos;이 만드는 규칙 %2이(가) 없습니다. 스웜의 것이 아니거나 변경되었습니다. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 (reused): Docker TCP %2 from %3; swarm ports only from the subnet</source>
        <translation>%1(재사용): Docker TCP %2, 허용 원본 %3. 스웜 포트는 서브넷에서만</translation>
    </message>
    <message>
        <source>%1, subnet %2 (reused)</source>
        <translation>%1, 서브넷 %2(재사용)</translation>
    </message>
    <message>
        <source>The nodes of %1 sign in as %2 with a password, and none was given for the new nodes. Give one (--password-file, DOCKER_VM_PASSWORD or the prompt) or an SSH key (--ssh-key).</source>
        <translation>%1의 노드는 %2(으)로 암호 로그인을 하는데 새 노드의 암호가 주어지지 않았습니다. 암호(--password-file, DOCKER_VM_PASSWORD 또는 프롬프트)나 SSH 키(--ssh-key)를 지정하세요.</translation>
    </message>
    <message>
        <source>the SSH key of %1</source>
        <translation>%1의 SSH 키</translation>
    </message>
    <message>
        <source>The new nodes take the SSH key the existing nodes of %1 take.</source>
        <translation>새 노드는 %1의 기존 노드와 같은 SSH 키를 씁니다.</translation>
    </message>
    <message>
        <source>The node %1 of %2 has no public IP with a DNS name, so its Docker cannot be asked for the swarm. Look at it with &apos;docker-vm status %2&apos;.</source>
        <translation>%2의 노드 %1에 DNS 이름이 있는 공용 IP가 없어 스웜에 관해 그 Docker에 물을 수 없습니다. &apos;docker-vm status %2&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>An unfinished &apos;swarm add&apos; for %1 is recorded in %2. Remove what it left with &apos;docker-vm cleanup&apos; first, then add nodes.</source>
        <translation>%1에 대해 끝나지 않은 &apos;swarm add&apos;가 %2에 기록되어 있습니다. 먼저 &apos;docker-vm cleanup&apos;으로 남은 것을 제거한 다음 노드를 추가하세요.</translation>
    </message>
    <message>
        <source>%1 in %2: %3 (%4, %5); new: %6 … %7</source>
        <translation>%2의 %1: %3(%4, %5). 새 노드: %6 … %7</translation>
    </message>
    <message>
        <source>making %1 leave the swarm %2</source>
        <translation>%1을(를) 스웜 %2에서 나오게 하는 중</translation>
    </message>
    <message>
        <source>free: %1</source>
        <translation>사용 가능: %1</translation>
    </message>
    <message>
        <source>; a server certificate per host: %1</source>
        <translation>. 호스트마다 서버 인증서: %1</translation>
    </message>
    <message>
        <source>%1: server certificates for %2 (%3 at once)</source>
        <translation>%1: %2의 서버 인증서(%3개 동시에)</translation>
    </message>
    <message>
        <source>%1 did not join the swarm: %2 The new nodes that joined are kept (--keep-partial); %1 is removed.</source>
        <translation>%1이(가) 스웜에 참가하지 못했습니다: %2 참가한 새 노드는 유지하고(--keep-partial) %1은(는) 제거합니다.</translation>
    </message>
    <message>
        <source>The new nodes could not join the swarm %1 (%2). %3 The new nodes are removed; the existing nodes are unchanged. With --keep-partial the new nodes that joined would have been kept.</source>
        <translation>새 노드가 스웜 %1에 참가하지 못했습니다(%2). %3 새 노드를 제거합니다. 기존 노드는 바뀌지 않습니다. --keep-partial을 썼다면 참가한 새 노드는 유지되었을 것입니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::ArmReply</name>
    <message>
        <source>Not signed in to Azure.</source>
        <translation>Azure에 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <source>No Azure access token is available.</source>
        <translation>사용할 수 있는 Azure 액세스 토큰이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s) in a row</source>
        <translation>
            <numerusform>연속 리디렉션 %n번 초과</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure refused a freshly issued access token too (%1).</source>
        <translation>Azure가 새로 발급된 액세스 토큰도 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at offset %2; Content-Type %3)</source>
        <translation>본문이 JSON이 아닙니다(오프셋 %2에서 %1, Content-Type %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::CatalogueJob</name>
    <message>
        <source>the DNS name check has no &quot;available&quot; field</source>
        <translation>DNS 이름 확인 결과에 &quot;available&quot; 필드가 없습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::UbuntuImage</name>
    <message>
        <source>Ubuntu %1 LTS (Gen%2)</source>
        <translation>Ubuntu %1 LTS(Gen%2)</translation>
    </message>
</context>
<context>
    <name>dockervm::arm::VmSize</name>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2 GB)</source>
        <translation>
            <numerusform>%1(vCPU %n개, %2GB)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::arm::rules</name>
    <message>
        <source>Enter a DNS label: the host will be &lt;label&gt;.&lt;region&gt;.cloudapp.azure.com.</source>
        <translation>DNS 레이블을 입력하세요. 호스트는 &lt;레이블&gt;.&lt;지역&gt;.cloudapp.azure.com이 됩니다.</translation>
    </message>
    <message>
        <source>The DNS label must be 3 to 63 characters long (it has %1).</source>
        <translation>DNS 레이블은 3~63자여야 합니다(현재 %1자).</translation>
    </message>
    <message>
        <source>The DNS label may only use lower-case letters: try &quot;%1&quot;.</source>
        <translation>DNS 레이블에는 영문 소문자만 사용할 수 있습니다. &quot;%1&quot;을(를) 사용해 보세요.</translation>
    </message>
    <message>
        <source>The DNS label may only contain lower-case letters, digits and hyphens (&quot;%1&quot; is not allowed).</source>
        <translation>DNS 레이블에는 영문 소문자, 숫자, 하이픈만 사용할 수 있습니다(&quot;%1&quot;은(는) 허용되지 않음).</translation>
    </message>
    <message>
        <source>The DNS label must start with a letter.</source>
        <translation>DNS 레이블은 문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The DNS label must end with a letter or a digit, not a hyphen.</source>
        <translation>DNS 레이블은 하이픈이 아니라 문자나 숫자로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>The VM name must be at most 64 characters long (it has %1).</source>
        <translation>VM 이름은 64자 이하여야 합니다(현재 %1자).</translation>
    </message>
    <message>
        <source>The VM name may only contain letters, digits and hyphens and must start with a letter.</source>
        <translation>VM 이름에는 문자, 숫자, 하이픈만 사용할 수 있으며 문자로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The VM name must not end with a hyphen.</source>
        <translation>VM 이름은 하이픈으로 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>The resource group name must be at most 90 characters long (it has %1).</source>
        <translation>리소스 그룹 이름은 90자 이하여야 합니다(현재 %1자).</translation>
    </message>
    <message>
        <source>The resource group name may only contain letters, digits, underscores, hyphens, periods and parentheses.</source>
        <translation>리소스 그룹 이름에는 문자, 숫자, 밑줄, 하이픈, 마침표, 괄호만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The resource group name must not end with a period.</source>
        <translation>리소스 그룹 이름은 마침표로 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter a user name for the VM&apos;s administrator.</source>
        <translation>VM 관리자의 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The user name must be at most 64 characters long (it has %1).</source>
        <translation>사용자 이름은 64자 이하여야 합니다(현재 %1자).</translation>
    </message>
    <message>
        <source>The user name must start with a lower-case letter or an underscore and contain only lower-case letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>사용자 이름은 영문 소문자나 밑줄로 시작해야 하며 영문 소문자, 숫자, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved on Azure Linux VMs; choose another user name.</source>
        <translation>&quot;%1&quot;은(는) Azure Linux VM에서 예약되어 있습니다. 다른 사용자 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>&quot;docker&quot; is the group the Docker package creates on the VM; choose another user name.</source>
        <translation>&quot;docker&quot;는 Docker 패키지가 VM에 만드는 그룹입니다. 다른 사용자 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1~%2자</translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation>영문 소문자</translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation>영문 대문자</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>A special character (anything but a letter or a digit)</source>
        <translation>특수 문자(문자나 숫자가 아닌 모든 것)</translation>
    </message>
    <message>
        <source>At least three of the four kinds above</source>
        <translation>위 네 종류 중 세 가지 이상</translation>
    </message>
    <message>
        <source>Not one of the passwords Azure refuses (such as P@ssw0rd)</source>
        <translation>Azure가 거부하는 암호(예: P@ssw0rd)가 아닐 것</translation>
    </message>
    <message>
        <source>Enter a password for the VM&apos;s administrator, or give an SSH public key.</source>
        <translation>VM 관리자의 암호를 입력하거나 SSH 공개 키를 지정하세요.</translation>
    </message>
    <message>
        <source>The password must be %1 to %2 characters long (it has %3).</source>
        <translation>암호는 %1~%2자여야 합니다(현재 %3자).</translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation>암호에 제어 문자를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>영문 소문자</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>영문 대문자</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a special character</source>
        <translation>특수 문자</translation>
    </message>
    <message>
        <source>The password needs at least three of lower-case, upper-case, digit and special character; add %1.</source>
        <translation>암호에는 영문 소문자, 영문 대문자, 숫자, 특수 문자 중 세 가지 이상이 필요합니다. %1을(를) 추가하세요.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Azure refuses this password because it is widely used; choose another.</source>
        <translation>널리 사용되는 암호이므로 Azure가 거부합니다. 다른 암호를 선택하세요.</translation>
    </message>
    <message>
        <source>this is a private key; give the public key instead (the .pub file next to it, or `ssh-keygen -y -f &lt;private key&gt;` prints it)</source>
        <translation>개인 키입니다. 대신 공개 키를 지정하세요(옆에 있는 .pub 파일, 또는 `ssh-keygen -y -f &lt;개인 키&gt;`가 출력하는 키)</translation>
    </message>
    <message>
        <source>this is an SSH2 (RFC 4716) public key; convert it with `ssh-keygen -i -f &lt;file&gt;` to the OpenSSH one-line form</source>
        <translation>SSH2(RFC 4716) 공개 키입니다. `ssh-keygen -i -f &lt;파일&gt;`로 OpenSSH 한 줄 형식으로 변환하세요</translation>
    </message>
    <message>
        <source>it holds no public key</source>
        <translation>공개 키가 없습니다</translation>
    </message>
    <message>
        <source>DSA keys are not accepted by Azure; make an ed25519 key with `ssh-keygen -t ed25519`</source>
        <translation>Azure는 DSA 키를 받지 않습니다. `ssh-keygen -t ed25519`로 ed25519 키를 만드세요</translation>
    </message>
    <message>
        <source>it does not start with ssh-rsa, ssh-ed25519 or ecdsa-sha2-nistp256/384/521 (Azure accepts only these OpenSSH public keys)</source>
        <translation>ssh-rsa, ssh-ed25519 또는 ecdsa-sha2-nistp256/384/521로 시작하지 않습니다(Azure는 이 OpenSSH 공개 키만 받음)</translation>
    </message>
    <message>
        <source>the key data after &quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; 뒤의 키 데이터가 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>the key data does not hold a %1 key (the file is damaged or edited)</source>
        <translation>키 데이터에 %1 키가 없습니다(파일이 손상되었거나 편집됨)</translation>
    </message>
    <message>
        <source>the RSA key data is truncated</source>
        <translation>RSA 키 데이터가 잘렸습니다</translation>
    </message>
    <message>
        <source>this RSA key has %1 bits; Azure needs at least 2048 (make a new key with `ssh-keygen -t ed25519`)</source>
        <translation>이 RSA 키는 %1비트입니다. Azure는 2048비트 이상이 필요합니다(`ssh-keygen -t ed25519`로 새 키를 만드세요)</translation>
    </message>
    <message>
        <source>the ed25519 key data is damaged</source>
        <translation>ed25519 키 데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>the ECDSA key data is damaged</source>
        <translation>ECDSA 키 데이터가 손상되었습니다</translation>
    </message>
    <message>
        <source>the key data has trailing bytes (the file is damaged or edited)</source>
        <translation>키 데이터 뒤에 남는 바이트가 있습니다(파일이 손상되었거나 편집됨)</translation>
    </message>
    <message>
        <source>The SSH public key file %1 does not exist. Give the .pub file of your key (make one with `ssh-keygen -t ed25519`).</source>
        <translation>SSH 공개 키 파일 %1이(가) 없습니다. 키의 .pub 파일을 지정하세요(`ssh-keygen -t ed25519`로 만들 수 있음).</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SSH public key file.</source>
        <translation>%1은(는) SSH 공개 키 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>%1 is too large to be an SSH public key (%2 bytes).</source>
        <translation>%1은(는) SSH 공개 키라고 하기에는 너무 큽니다(%2바이트).</translation>
    </message>
    <message>
        <source>Cannot read the SSH public key file %1: %2.</source>
        <translation>SSH 공개 키 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The SSH key file %1 cannot be used: %2.</source>
        <translation>SSH 키 파일 %1을(를) 사용할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Enter the source addresses allowed to reach the SSH and Docker ports: &quot;*&quot; for any, or an IPv4 range such as 203.0.113.0/24.</source>
        <translation>SSH 및 Docker 포트에 접근할 수 있는 원본 주소를 입력하세요. 모두 허용하려면 &quot;*&quot;, 또는 203.0.113.0/24 같은 IPv4 범위.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address range: use &quot;*&quot; for any address, or a.b.c.d/n such as 203.0.113.0/24.</source>
        <translation>&quot;%1&quot;은(는) IPv4 주소 범위가 아닙니다. 모든 주소는 &quot;*&quot;, 또는 203.0.113.0/24 같은 a.b.c.d/n 형식을 사용하세요.</translation>
    </message>
    <message>
        <source>The prefix length in &quot;%1&quot; must be a number from 0 to 32.</source>
        <translation>&quot;%1&quot;의 접두사 길이는 0~32 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; the range starting there is %2/%3.</source>
        <translation>&quot;%1&quot;에 호스트 비트가 설정되어 있습니다. 해당 위치에서 시작하는 범위는 %2/%3입니다.</translation>
    </message>
    <message>
        <source>On Azure Resource Manager the SSH port is the one the VM&apos;s SSH server listens on, 22 (a public IP does not translate ports); use 22, or 0 to open no SSH port.</source>
        <translation>Azure Resource Manager에서 SSH 포트는 VM의 SSH 서버가 수신하는 포트인 22입니다(공용 IP는 포트를 변환하지 않음). 22를 사용하거나, SSH 포트를 열지 않으려면 0을 사용하세요.</translation>
    </message>
    <message>
        <source>The Docker port must be a number from 1 to 65535 (got %1).</source>
        <translation>Docker 포트는 1~65535 사이의 숫자여야 합니다(입력값: %1).</translation>
    </message>
    <message>
        <source>The Docker port must differ from the SSH port (both are %1).</source>
        <translation>Docker 포트는 SSH 포트와 달라야 합니다(둘 다 %1).</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>지역을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; is not a URN publisher:offer:sku:version (for example Canonical:ubuntu-24_04-lts:server:latest).</source>
        <translation>이미지 &quot;%1&quot;은(는) publisher:offer:sku:version 형식의 URN이 아닙니다(예: Canonical:ubuntu-24_04-lts:server:latest).</translation>
    </message>
    <message>
        <source>Choose a VM size.</source>
        <translation>VM 크기를 선택하세요.</translation>
    </message>
    <message>
        <source>The SSH public key cannot be used: %1.</source>
        <translation>SSH 공개 키를 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>With %1 hosts the DNS labels are %2 … %3, and %3 breaks the DNS label rule: %4 Choose a shorter name.</source>
        <translation>호스트가 %1개이면 DNS 레이블은 %2 … %3이며, %3은(는) DNS 레이블 규칙에 어긋납니다: %4 더 짧은 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>With %1 hosts the VM names are %2 … %3, and %3 breaks the VM name rule: %4 Choose a shorter name.</source>
        <translation>호스트가 %1개이면 VM 이름은 %2 … %3이며, %3은(는) VM 이름 규칙에 어긋납니다: %4 더 짧은 이름을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::certs</name>
    <message>
        <source>no OpenSSL error reported</source>
        <translation>OpenSSL이 보고한 오류 없음</translation>
    </message>
    <message>
        <source>The %1 key generation was cancelled</source>
        <translation>%1 키 생성이 취소되었습니다</translation>
    </message>
    <message>
        <source>Could not generate a %1 key</source>
        <translation>%1 키를 생성할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not allocate a memory buffer</source>
        <translation>메모리 버퍼를 할당할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not encode the private key as PKCS#8 PEM</source>
        <translation>개인 키를 PKCS#8 PEM으로 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not read the encoded private key</source>
        <translation>인코딩된 개인 키를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Could not encode the certificate as PEM</source>
        <translation>인증서를 PEM으로 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not read the encoded certificate</source>
        <translation>인코딩된 인증서를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation>%1은(는) PEM 인증서가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key</source>
        <translation>%1은(는) 암호화되지 않은 PEM 개인 키가 아닙니다</translation>
    </message>
    <message>
        <source>Could not draw a random serial number</source>
        <translation>임의의 일련 번호를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Could not build the serial number</source>
        <translation>일련 번호를 구성할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not encode the serial number</source>
        <translation>일련 번호를 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not set the serial number</source>
        <translation>일련 번호를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not set the subject %1 &apos;%2&apos; (at most 64 characters)</source>
        <translation>주체 %1 &apos;%2&apos;을(를) 설정할 수 없습니다(최대 64자)</translation>
    </message>
    <message>
        <source>Could not build the %1 extension</source>
        <translation>%1 확장을 구성할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not add the %1 extension</source>
        <translation>%1 확장을 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not allocate the subjectAltName</source>
        <translation>subjectAltName을 할당할 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DNS name for a certificate (letters, digits, &apos;-&apos; and &apos;.&apos; only; use the punycode form of international names)</source>
        <translation>&apos;%1&apos;은(는) 인증서에 쓸 수 있는 올바른 DNS 이름이 아닙니다(문자, 숫자, &apos;-&apos;, &apos;.&apos;만 사용. 국제화 이름은 퓨니코드 형식 사용)</translation>
    </message>
    <message>
        <source>Could not encode the DNS name &apos;%1&apos;</source>
        <translation>DNS 이름 &apos;%1&apos;을(를) 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not add the DNS name &apos;%1&apos;</source>
        <translation>DNS 이름 &apos;%1&apos;을(를) 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos;은(는) IPv4 또는 IPv6 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Could not encode the IP address %1</source>
        <translation>IP 주소 %1을(를) 인코딩할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not add the IP address %1</source>
        <translation>IP 주소 %1을(를) 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not add the subjectAltName extension</source>
        <translation>subjectAltName 확장을 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 36500 days, not %1</source>
        <translation>유효 기간은 1~36500일이어야 합니다(%1이(가) 아님)</translation>
    </message>
    <message>
        <source>Could not set the start of validity</source>
        <translation>유효 기간 시작을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not set the end of validity</source>
        <translation>유효 기간 끝을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not allocate a certificate</source>
        <translation>인증서를 할당할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not set the certificate version</source>
        <translation>인증서 버전을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>A certificate needs a common name (CN)</source>
        <translation>인증서에는 일반 이름(CN)이 필요합니다</translation>
    </message>
    <message>
        <source>Could not set the certificate&apos;s public key</source>
        <translation>인증서의 공개 키를 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not sign the certificate with SHA-256</source>
        <translation>SHA-256으로 인증서에 서명할 수 없습니다</translation>
    </message>
    <message>
        <source>createCertificateAuthority needs a request with the CertificateAuthority usage</source>
        <translation>createCertificateAuthority에는 CertificateAuthority 용도의 요청이 필요합니다</translation>
    </message>
    <message>
        <source>Could not set the issuer name</source>
        <translation>발급자 이름을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>issueCertificate makes leaf certificates; use createCertificateAuthority for a CA</source>
        <translation>issueCertificate는 리프 인증서를 만듭니다. CA는 createCertificateAuthority로 만드세요</translation>
    </message>
    <message>
        <source>The CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <source>The CA private key</source>
        <translation>CA 개인 키</translation>
    </message>
    <message>
        <source>The CA private key does not belong to the CA certificate</source>
        <translation>CA 개인 키가 CA 인증서의 키가 아닙니다</translation>
    </message>
    <message>
        <source>The CA certificate is not a certificate authority (no CA:TRUE)</source>
        <translation>CA 인증서가 인증 기관이 아닙니다(CA:TRUE 없음)</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation>개인 키가 인증서의 키가 아닙니다</translation>
    </message>
    <message>
        <source>The certificate was issued by &apos;%1&apos;, not by the CA &apos;%2&apos;</source>
        <translation>인증서 발급자가 CA &apos;%2&apos;이(가) 아니라 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>Could not read the CA&apos;s public key</source>
        <translation>CA의 공개 키를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature was not made by the CA&apos;s key (same name, different CA)</source>
        <translation>인증서의 서명이 CA의 키로 만든 것이 아닙니다(이름은 같지만 다른 CA)</translation>
    </message>
</context>
<context>
    <name>dockervm::certs::CertFolderLock</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1(%3의 프로세스 %2)</translation>
    </message>
    <message>
        <source>another docker-vm run</source>
        <translation>다른 docker-vm 실행</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied. Check that the folder is yours and writable.</source>
        <translation>잠금 파일 %1을(를) 만들 수 없습니다: 권한이 거부되었습니다. 폴더가 본인 소유이고 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that the folder exists and is writable.</source>
        <translation>잠금 파일 %1을(를) 만들 수 없습니다. 폴더가 있고 쓰기 가능한지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::certs::DockerTlsStore</name>
    <message>
        <source>%1 exists and is not a folder; choose another certificate folder.</source>
        <translation>%1이(가) 있지만 폴더가 아닙니다. 다른 인증서 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; check that its parent is writable.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다. 상위 폴더가 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <source>Restore the right file, move the folder&apos;s files away, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation>올바른 파일을 복원하거나, 폴더의 파일을 다른 곳으로 옮기거나, 다시 생성하세요(이 경우 기존 파일은 날짜가 붙은 백업 폴더로 옮겨짐).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check its permissions.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate (%2). %3</source>
        <translation>%1은(는) PEM 인증서가 아닙니다(%2). %3</translation>
    </message>
    <message>
        <source>%1 expired on %2. %3</source>
        <translation>%1은(는) %2에 만료되었습니다. %3</translation>
    </message>
    <message>
        <source>%1 is not valid before %2; check this computer&apos;s clock.</source>
        <translation>%1은(는) %2 이전에는 유효하지 않습니다. 이 컴퓨터의 시계를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is readable by other users; make it owner-only (chmod 600 %1).</source>
        <translation>%1을(를) 다른 사용자가 읽을 수 있습니다. 소유자만 읽도록 바꾸세요(chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 is not the private key of %2 (they come from different pairs). %3</source>
        <translation>%1은(는) %2의 개인 키가 아닙니다(서로 다른 키 쌍). %3</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key (%2). %3</source>
        <translation>%1은(는) 암호화되지 않은 PEM 개인 키가 아닙니다(%2). %3</translation>
    </message>
    <message>
        <source>%1 was not signed by the CA in %2 (%3); docker would refuse it. %4</source>
        <translation>%1은(는) %2의 CA가 서명한 것이 아닙니다(%3). docker가 거부합니다. %4</translation>
    </message>
    <message>
        <source>%1 is missing, but %2 exists. Restore it, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation>%1이(가) 없지만 %2은(는) 있습니다. 복원하거나 다시 생성하세요(이 경우 기존 파일은 날짜가 붙은 백업 폴더로 옮겨짐).</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority (no basicConstraints CA:TRUE), so it cannot sign Docker certificates. %2</source>
        <translation>%1은(는) 인증 기관이 아니므로(basicConstraints CA:TRUE 없음) Docker 인증서에 서명할 수 없습니다. %2</translation>
    </message>
    <message>
        <source>%1 exists without its key %2: docker can still connect with the existing files, but no server certificate can be issued for a new host. Bring back ca-key.pem, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation>%1은(는) 있지만 키 %2이(가) 없습니다. 기존 파일로 docker에 연결할 수는 있지만 새 호스트용 서버 인증서는 발급할 수 없습니다. ca-key.pem을 되돌려 놓거나 다시 생성하세요(이 경우 기존 파일은 날짜가 붙은 백업 폴더로 옮겨짐).</translation>
    </message>
    <message>
        <source>%1 is not a client certificate (its extended key usage lacks clientAuth). %2</source>
        <translation>%1은(는) 클라이언트 인증서가 아닙니다(확장 키 사용에 clientAuth 없음). %2</translation>
    </message>
    <message>
        <source>%1 is not a server certificate (its extended key usage lacks serverAuth). %2</source>
        <translation>%1은(는) 서버 인증서가 아닙니다(확장 키 사용에 serverAuth 없음). %2</translation>
    </message>
    <message>
        <source>%1 does not name the host %2 in its subjectAltName, so docker --tlsverify would refuse it. %3</source>
        <translation>%1의 subjectAltName에 호스트 %2이(가) 없으므로 docker --tlsverify가 거부합니다. %3</translation>
    </message>
    <message>
        <source>%1 appeared while the TLS files were being made; nothing was overwritten. Run again to reuse it.</source>
        <translation>TLS 파일을 만드는 동안 %1이(가) 생겼습니다. 아무것도 덮어쓰지 않았습니다. 재사용하려면 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 owner-only: %2</source>
        <translation>%1을(를) 소유자 전용으로 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot make the temporary file for %1 owner-only; nothing was written.</source>
        <translation>%1의 임시 파일을 소유자 전용으로 만들 수 없습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name a certificate can carry: use letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. myvm.cloudapp.net.</source>
        <translation>&apos;%1&apos;은(는) 인증서에 넣을 수 있는 호스트 이름이 아닙니다. 문자, 숫자, &apos;-&apos;, &apos;.&apos;를 사용하세요(예: myvm.cloudapp.net).</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 36500 days, not %1.</source>
        <translation>유효 기간은 1~36500일이어야 합니다(%1이(가) 아님).</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; nothing was changed.</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the backup folder %2; the files already moved are there. Move the rest by hand and run again.</source>
        <translation>%1을(를) 백업 폴더 %2(으)로 옮길 수 없습니다. 이미 옮긴 파일은 그곳에 있습니다. 나머지는 직접 옮긴 후 다시 실행하세요.</translation>
    </message>
    <message>
        <source>%1 exists but does not cover %2. It is not replaced: move it and its key away, or regenerate (the old files are then moved to a dated backup folder).</source>
        <translation>%1이(가) 있지만 %2을(를) 포함하지 않습니다. 바꾸지 않았습니다. 이 파일과 키를 다른 곳으로 옮기거나 다시 생성하세요(이 경우 기존 파일은 날짜가 붙은 백업 폴더로 옮겨짐).</translation>
    </message>
    <message>
        <source>The TLS files in %1 cannot be reused, and nothing was changed:
%2</source>
        <translation>%1의 TLS 파일은 재사용할 수 없으며 아무것도 바꾸지 않았습니다:
%2</translation>
    </message>
    <message>
        <source>Cannot read the CA files in %1: %2</source>
        <translation>%1의 CA 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the client files in %1: %2</source>
        <translation>%1의 클라이언트 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the server files for %1: %2</source>
        <translation>%1의 서버 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cancelled while making the TLS files; nothing was written to %1.</source>
        <translation>TLS 파일을 만드는 중에 취소되었습니다. %1에 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot create the CA: %1</source>
        <translation>CA를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot create the client certificate: %1</source>
        <translation>클라이언트 인증서를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot create the server certificate for %1: %2</source>
        <translation>%1의 서버 인증서를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>server for %1</source>
        <translation>%1용 서버</translation>
    </message>
    <message>
        <source>Making the TLS keys (%1)…</source>
        <translation>TLS 키를 만드는 중(%1)…</translation>
    </message>
    <message>
        <source>Cannot create the TLS keys: %1</source>
        <translation>TLS 키를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Waiting since %1 for the certificate folder %2, in use by %3…</source>
        <translation>%1부터 인증서 폴더 %2을(를) 사용 중인 %3을(를) 기다리는 중…</translation>
    </message>
    <message>
        <source>The certificate folder %1 is in use by %2; nothing was changed. Try again when that run has finished.</source>
        <translation>인증서 폴더 %1을(를) %2이(가) 사용 중입니다. 아무것도 바꾸지 않았습니다. 그 실행이 끝나면 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::AccountStore</name>
    <message>
        <source>Cannot read the list of accounts “%1”: %2.</source>
        <translation>계정 목록 “%1”을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The list of accounts “%1” is damaged (%2). Move it away and import your .publishsettings file again.</source>
        <translation>계정 목록 “%1”이(가) 손상되었습니다(%2). 다른 곳으로 옮기고 .publishsettings 파일을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>No keychain service is available (no Secret Service on the session bus), so private keys are kept in owner-only files in %1. Install and unlock a keyring such as gnome-keyring to keep them in the keychain; the files move there on the next use.</source>
        <translation>사용할 수 있는 키체인 서비스가 없어서(세션 버스에 Secret Service 없음) 개인 키를 %1의 소유자 전용 파일에 보관합니다. 키체인에 보관하려면 gnome-keyring 같은 키링을 설치하고 잠금 해제하세요. 다음 사용 시 파일이 키체인으로 옮겨집니다.</translation>
    </message>
    <message>
        <source>The key file %1 stays where it is: moving it into the keychain failed: %2</source>
        <translation>키 파일 %1은(는) 그대로 둡니다. 키체인으로 옮기지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the keychain gave back different bytes</source>
        <translation>키체인이 다른 바이트를 돌려주었습니다</translation>
    </message>
    <message>
        <source>Subscription “%1” lacks an id, a certificate or its private key; nothing was imported.</source>
        <translation>구독 “%1”에 ID, 인증서 또는 개인 키가 없습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The private key of subscription %1 could not be stored; nothing was imported: %2</source>
        <translation>구독 %1의 개인 키를 저장할 수 없습니다. 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <source>The private key of subscription %1 could not be read: %2</source>
        <translation>구독 %1의 개인 키를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No subscription has the id “%1”. List them with &apos;docker-vm account list&apos;.</source>
        <translation>ID가 “%1”인 구독이 없습니다. &apos;docker-vm account list&apos;로 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>The private key of subscription %1 is missing. Import its .publishsettings file again.</source>
        <translation>구독 %1의 개인 키가 없습니다. 해당 .publishsettings 파일을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>No subscription “%1”: none is imported yet. Import a .publishsettings file first.</source>
        <translation>구독 “%1”이(가) 없습니다. 아직 가져온 구독이 없습니다. 먼저 .publishsettings 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>No subscription has the id or name “%1”. List them with &apos;docker-vm account list&apos;.</source>
        <translation>ID나 이름이 “%1”인 구독이 없습니다. &apos;docker-vm account list&apos;로 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Several subscriptions are named “%1” (%2); give the id instead.</source>
        <translation>이름이 “%1”인 구독이 여러 개입니다(%2). 대신 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>The subscription was forgotten, but its private key could not be deleted from %1: %2</source>
        <translation>구독을 삭제했지만 %1에서 개인 키를 지울 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::AvailabilityReply</name>
    <message>
        <source>the name availability check</source>
        <translation>이름 사용 가능 여부 확인</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::ClassicCloud</name>
    <message>
        <source>No subscription is selected.</source>
        <translation>선택된 구독이 없습니다.</translation>
    </message>
    <message>
        <source>Could not check whether %1 is free: %2</source>
        <translation>%1을(를) 사용할 수 있는지 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1을(를) 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is already taken%2. Choose another DNS name.</source>
        <translation>%1은(는) 이미 사용 중입니다%2. 다른 DNS 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>In %1: the cloud service %2, a storage account for the disk when the subscription has none, and the virtual machine %3 with the Docker extension, which installs Docker with your certificates.</source>
        <translation>%1에 클라우드 서비스 %2, 구독에 없으면 디스크용 스토리지 계정, Docker 확장이 있는 가상 머신 %3을 만듭니다. Docker 확장이 인증서와 함께 Docker를 설치합니다.</translation>
    </message>
    <message>
        <source>On Azure the VM and its disk cost money while they exist: delete the host with `docker-vm delete %1` when you no longer need it.</source>
        <translation>Azure에서는 VM과 디스크가 존재하는 동안 요금이 부과됩니다. 더 이상 필요하지 않으면 `docker-vm delete %1`로 호스트를 삭제하세요.</translation>
    </message>
    <message>
        <source>published before %1: its Linux agent is too old for the Docker extension, so Docker would never start</source>
        <translation>%1 이전에 게시됨: Linux 에이전트가 Docker 확장에 비해 너무 오래되어 Docker가 시작되지 않습니다</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>너무 오래됨</translation>
    </message>
    <message>
        <source>No Docker host named %1 was found: the cloud service %1 has no VM deployment in this subscription. &apos;docker-vm status %1&apos; shows what there is.</source>
        <translation>%1이라는 Docker 호스트를 찾지 못했습니다. 이 구독의 클라우드 서비스 %1에 VM 배포가 없습니다. &apos;docker-vm status %1&apos;로 무엇이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Could not read the deployment of %1: %2</source>
        <translation>%1의 배포를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The cloud service %1 has no VM role, so there is no node to ask.</source>
        <translation>클라우드 서비스 %1에 VM 역할이 없어 물어볼 노드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::DeleteRun</name>
    <message>
        <source>Delete the cloud service with its VM and disks</source>
        <translation>클라우드 서비스를 VM 및 디스크와 함께 삭제</translation>
    </message>
    <message>
        <source>Wait for Azure to finish</source>
        <translation>Azure 작업 완료 대기</translation>
    </message>
    <message>
        <source>No subscription is selected.</source>
        <translation>선택된 구독이 없습니다.</translation>
    </message>
    <message>
        <source>Deleting the cloud service %1 with its VM and disks…</source>
        <translation>클라우드 서비스 %1과(와) 해당 VM 및 디스크를 삭제하는 중…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The subscription was closed while deleting %1.</source>
        <translation>%1을(를) 삭제하는 중에 구독이 닫혔습니다.</translation>
    </message>
    <message>
        <source>Azure could not delete %1: %2</source>
        <translation>Azure가 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Stopped following the deletion of %1; Azure may still be deleting it (see &apos;docker-vm status %1&apos;).</source>
        <translation>%1 삭제 추적을 멈췄습니다. Azure에서 아직 삭제 중일 수 있습니다(&apos;docker-vm status %1&apos; 참조).</translation>
    </message>
    <message>
        <source>cloud service %1 with its VM and disks</source>
        <translation>클라우드 서비스 %1과(와) 해당 VM 및 디스크</translation>
    </message>
    <message>
        <source>Deleted %1 with its VM and disks.</source>
        <translation>%1과(와) 해당 VM 및 디스크를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Delete the VM role %1 with its disk and endpoints</source>
        <translation>VM 역할 %1을(를) 디스크 및 끝점과 함께 삭제</translation>
    </message>
    <message>
        <source>Deleting the VM role %1 of %2 with its disk and endpoints…</source>
        <translation>%2의 VM 역할 %1을(를) 디스크 및 끝점과 함께 삭제하는 중…</translation>
    </message>
    <message>
        <source>VM role %1 with its disk</source>
        <translation>VM 역할 %1과(와) 디스크</translation>
    </message>
    <message>
        <source>Deleted the VM role %1 with its disk.</source>
        <translation>VM 역할 %1을(를) 디스크와 함께 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::DeploymentReply</name>
    <message>
        <source>the deployment</source>
        <translation>배포</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::LocationsReply</name>
    <message>
        <source>the list of locations</source>
        <translation>위치 목록</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::ManagementReply</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::OperationReply</name>
    <message>
        <source>the operation status</source>
        <translation>작업 상태</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::OsImagesReply</name>
    <message>
        <source>the list of OS images</source>
        <translation>OS 이미지 목록</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::Pkcs12</name>
    <message>
        <source>the certificate data is empty</source>
        <translation>인증서 데이터가 비어 있습니다</translation>
    </message>
    <message>
        <source>it is a bare certificate (.cer) without its private key, not a PKCS#12 (.pfx) bundle</source>
        <translation>PKCS#12(.pfx) 번들이 아니라 개인 키가 없는 인증서(.cer)만 있습니다</translation>
    </message>
    <message>
        <source>it is not a PKCS#12 (.pfx) bundle, or the bundle is damaged</source>
        <translation>PKCS#12(.pfx) 번들이 아니거나 번들이 손상되었습니다</translation>
    </message>
    <message>
        <source>it is protected by a password, or damaged (its integrity check fails with an empty password)</source>
        <translation>암호로 보호되어 있거나 손상되었습니다(빈 암호로 무결성 검사 실패)</translation>
    </message>
    <message>
        <source>the password is wrong, or the bundle is damaged (its integrity check fails)</source>
        <translation>암호가 틀렸거나 번들이 손상되었습니다(무결성 검사 실패)</translation>
    </message>
    <message>
        <source>it uses an encryption algorithm this OpenSSL cannot provide (is the OpenSSL &apos;legacy&apos; provider installed?)</source>
        <translation>이 OpenSSL이 제공할 수 없는 암호화 알고리즘을 사용합니다(OpenSSL &apos;legacy&apos; 공급자가 설치되어 있나요?)</translation>
    </message>
    <message>
        <source>its contents cannot be decrypted: it is protected by a password, or damaged</source>
        <translation>내용을 복호화할 수 없습니다. 암호로 보호되어 있거나 손상되었습니다</translation>
    </message>
    <message>
        <source>the PKCS#12 bundle is damaged and cannot be read</source>
        <translation>PKCS#12 번들이 손상되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>it holds a certificate but not its private key (was it exported as .cer, or without the key?)</source>
        <translation>인증서는 있지만 개인 키가 없습니다(.cer로 또는 키 없이 내보냈나요?)</translation>
    </message>
    <message>
        <source>it holds neither a certificate nor a private key</source>
        <translation>인증서도 개인 키도 없습니다</translation>
    </message>
    <message>
        <source>its private key does not belong to any of its certificates</source>
        <translation>개인 키가 어느 인증서의 키도 아닙니다</translation>
    </message>
    <message>
        <source>it holds a private key but no certificate</source>
        <translation>개인 키는 있지만 인증서가 없습니다</translation>
    </message>
    <message>
        <source>its certificate cannot be converted</source>
        <translation>인증서를 변환할 수 없습니다</translation>
    </message>
    <message>
        <source>its private key is of a type that cannot be used (only RSA and EC are supported)</source>
        <translation>개인 키 종류를 사용할 수 없습니다(RSA와 EC만 지원)</translation>
    </message>
    <message>
        <source>its private key cannot be converted</source>
        <translation>개인 키를 변환할 수 없습니다</translation>
    </message>
    <message>
        <source>its private key cannot be used by the TLS backend</source>
        <translation>TLS 백엔드에서 개인 키를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>the certificate is not a PEM X.509 certificate</source>
        <translation>인증서가 PEM X.509 인증서가 아닙니다</translation>
    </message>
    <message>
        <source>the private key is not an unencrypted PEM private key</source>
        <translation>개인 키가 암호화되지 않은 PEM 개인 키가 아닙니다</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>개인 키가 인증서의 키가 아닙니다</translation>
    </message>
    <message>
        <source>RC2-40 is not available (is the OpenSSL &apos;legacy&apos; provider installed?)</source>
        <translation>RC2-40을 사용할 수 없습니다(OpenSSL &apos;legacy&apos; 공급자가 설치되어 있나요?)</translation>
    </message>
    <message>
        <source>OpenSSL could not create the PKCS#12 bundle</source>
        <translation>OpenSSL이 PKCS#12 번들을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the PKCS#12 bundle</source>
        <translation>OpenSSL이 PKCS#12 번들을 인코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::Provisioner</name>
    <message>
        <source>Check the settings</source>
        <translation>설정 확인</translation>
    </message>
    <message>
        <source>Check that the DNS name is free</source>
        <translation>DNS 이름을 사용할 수 있는지 확인</translation>
    </message>
    <message>
        <source>Prepare the Docker TLS certificates</source>
        <translation>Docker TLS 인증서 준비</translation>
    </message>
    <message>
        <source>Find or create a storage account</source>
        <translation>스토리지 계정 찾기 또는 만들기</translation>
    </message>
    <message>
        <source>Create the cloud service</source>
        <translation>클라우드 서비스 만들기</translation>
    </message>
    <message>
        <source>Create the VM with the Docker extension</source>
        <translation>Docker 확장이 있는 VM 만들기</translation>
    </message>
    <message>
        <source>Wait for Azure to accept the VM</source>
        <translation>Azure가 VM을 수락할 때까지 대기</translation>
    </message>
    <message>
        <source>Wait for the VM and the Docker extension</source>
        <translation>VM과 Docker 확장 대기</translation>
    </message>
    <message>
        <source>Wait until Docker answers over TLS</source>
        <translation>TLS를 통해 Docker가 응답할 때까지 대기</translation>
    </message>
    <message>
        <source>Remove what this run created</source>
        <translation>이 실행이 만든 것 제거</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped: the connection to the subscription was closed (the subscription was switched or the program is closing).</source>
        <translation>&quot;%1&quot; 중지됨: 구독 연결이 닫혔습니다(구독이 바뀌었거나 프로그램이 종료되는 중).</translation>
    </message>
    <message>
        <source>the connection to the subscription was closed</source>
        <translation>구독 연결이 닫혔습니다</translation>
    </message>
    <message>
        <source>No subscription is selected.</source>
        <translation>선택된 구독이 없습니다.</translation>
    </message>
    <message>
        <source>The run for %1 stopped before its VM deployment was created; there is nothing to wait for. Run &apos;docker-vm cleanup&apos; to remove what it left.</source>
        <translation>%1에 대한 실행은 VM 배포를 만들기 전에 멈췄으므로 기다릴 것이 없습니다. 남은 것을 제거하려면 &apos;docker-vm cleanup&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>done by the earlier run</source>
        <translation>이전 실행에서 완료됨</translation>
    </message>
    <message>
        <source>Cleaning up the unfinished run for %1.</source>
        <translation>%1에 대한 완료되지 않은 실행을 정리하는 중입니다.</translation>
    </message>
    <message>
        <source>Could not check whether %1 is free: %2</source>
        <translation>%1을(를) 사용할 수 있는지 확인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The DNS name %1 is already taken. Choose another name.</source>
        <translation>DNS 이름 %1은(는) 이미 사용 중입니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Azure says: %1</source>
        <translation>Azure 메시지: %1</translation>
    </message>
    <message>
        <source>%1 is free</source>
        <translation>%1 사용 가능</translation>
    </message>
    <message>
        <source>Could not write the provisioning journal; nothing was created.</source>
        <translation>프로비저닝 기록을 쓸 수 없습니다. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Waiting for %1, which is using the certificate folder %2…</source>
        <translation>인증서 폴더 %2을(를) 사용 중인 %1을(를) 기다리는 중…</translation>
    </message>
    <message>
        <source>reused the CA and client certificate in %1; new server certificate for %2</source>
        <translation>%1의 CA와 클라이언트 인증서를 재사용하고 %2용 서버 인증서를 새로 만들었습니다</translation>
    </message>
    <message>
        <source>created a CA, a client certificate and a server certificate for %1 in %2</source>
        <translation>%2에 %1용 CA, 클라이언트 인증서, 서버 인증서를 만들었습니다</translation>
    </message>
    <message>
        <source>reused the certificates in %1 for %2</source>
        <translation>%2용으로 %1의 인증서를 재사용했습니다</translation>
    </message>
    <message>
        <source>looking for a portalvhds account in %1</source>
        <translation>%1에서 portalvhds 계정을 찾는 중</translation>
    </message>
    <message>
        <source>Could not list the storage accounts: %1</source>
        <translation>스토리지 계정을 나열할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>reusing %1</source>
        <translation>%1 재사용</translation>
    </message>
    <message>
        <source>creating %1 (Standard_LRS) in %2</source>
        <translation>%2에 %1(Standard_LRS) 만드는 중</translation>
    </message>
    <message>
        <source>Could not create the storage account %1: %2</source>
        <translation>스토리지 계정 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 만듦</translation>
    </message>
    <message>
        <source>Could not write the provisioning journal.</source>
        <translation>프로비저닝 기록을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Docker host created by Docker VM Wizard</source>
        <translation>Docker VM Wizard로 만든 Docker 호스트</translation>
    </message>
    <message>
        <source>The DNS name %1 was taken while we were working: %2. Choose another name.</source>
        <translation>작업하는 동안 DNS 이름 %1을(를) 다른 사용자가 가져갔습니다: %2. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not create the cloud service %1: %2</source>
        <translation>클라우드 서비스 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Sending the deployment: role %1, image %2, endpoints ssh %3 and docker %4, extension %5 %6.</source>
        <translation>배포 보내는 중: 역할 %1, 이미지 %2, 끝점 ssh %3 및 docker %4, 확장 %5 %6.</translation>
    </message>
    <message>
        <source>Azure refused the VM deployment: %1</source>
        <translation>Azure가 VM 배포를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>accepted (request %1)</source>
        <translation>수락됨(요청 %1)</translation>
    </message>
    <message>
        <source>Could not read the status of operation %1: %2</source>
        <translation>작업 %1의 상태를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Azure reports that the operation failed: %1 (%2)</source>
        <translation>Azure가 작업 실패를 보고했습니다: %1(%2)</translation>
    </message>
    <message>
        <source>Operation %1 did not finish within %2 minutes.</source>
        <translation>작업 %1이(가) %2분 안에 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>The VM was not ready with a running Docker extension after %1 minutes.</source>
        <translation>%1분이 지나도 VM이 Docker 확장이 실행되는 준비 상태가 되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read the deployment: %1</source>
        <translation>배포를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>VM %1, Docker extension %2 %3</source>
        <translation>VM %1, Docker 확장 %2 %3</translation>
    </message>
    <message>
        <source>VM %1, guest agent %2</source>
        <translation>VM %1, 게스트 에이전트 %2</translation>
    </message>
    <message>
        <source>The VM failed to start (%1). %2</source>
        <translation>VM을 시작하지 못했습니다(%1). %2</translation>
    </message>
    <message>
        <source>The Docker extension failed on the VM: %1</source>
        <translation>VM에서 Docker 확장이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Docker check %1: %2: %3</source>
        <translation>Docker 확인 %1: %2: %3</translation>
    </message>
    <message>
        <source>Docker did not answer over TLS: %1</source>
        <translation>Docker가 TLS를 통해 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Docker %1 answered (API %2)</source>
        <translation>Docker %1이(가) 응답했습니다(API %2)</translation>
    </message>
    <message>
        <source>Done in %1 s. Try: %2</source>
        <translation>%1초 만에 완료. 사용해 보기: %2</translation>
    </message>
    <message>
        <source>Cancelled during &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 중에 취소되었습니다.</translation>
    </message>
    <message>
        <source>Stopping the certificate generation before cleaning up.</source>
        <translation>정리하기 전에 인증서 생성을 멈추는 중입니다.</translation>
    </message>
    <message>
        <source>nothing was created</source>
        <translation>아무것도 만들지 않았습니다</translation>
    </message>
    <message>
        <source>an Azure Resource Manager resource; clean it up with the signed-in account</source>
        <translation>Azure Resource Manager 리소스입니다. 로그인한 계정으로 정리하세요</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 제거하는 중…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation>%1은(는) 이미 없었습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation>%1 유지: %2.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1을(를) 제거할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 제거됨</translation>
    </message>
    <message>
        <source>already gone: %1</source>
        <translation>이미 없음: %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 유지됨</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>제거할 것 없음</translation>
    </message>
    <message>
        <source>left behind: %1. Run &apos;docker-vm cleanup&apos; to try again.</source>
        <translation>남은 것: %1. 다시 시도하려면 &apos;docker-vm cleanup&apos;을 실행하세요.</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>The run for %1 made %2 hosts; resuming a run of several hosts is not supported. Run &apos;docker-vm cleanup&apos; to remove what it left, then create again.</source>
        <translation>%1에 대한 실행은 호스트 %2개를 만들었습니다. 여러 호스트로 된 실행의 재개는 지원되지 않습니다. &apos;docker-vm cleanup&apos;으로 남은 것을 제거한 후 다시 만드세요.</translation>
    </message>
    <message>
        <source>creating the deployment with this role</source>
        <translation>이 역할로 배포 만드는 중</translation>
    </message>
    <message>
        <source>VM accepted; booting</source>
        <translation>VM 수락됨. 부팅 중</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>server certificates for %1 more hosts (same CA, same DNS name %2)</source>
        <translation>호스트 %1개 추가분의 서버 인증서(같은 CA, 같은 DNS 이름 %2)</translation>
    </message>
    <message>
        <source>Cannot read the CA key %1 to sign the other hosts&apos; certificates: %2</source>
        <translation>다른 호스트의 인증서에 서명할 CA 키 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>one CA and client certificate for all %1 hosts; a server certificate for %2 per host</source>
        <translation>호스트 %1개 모두에 CA와 클라이언트 인증서 하나, 호스트마다 %2용 서버 인증서</translation>
    </message>
    <message>
        <source>%1 roles in cloud service %2</source>
        <translation>클라우드 서비스 %2의 역할 %1개</translation>
    </message>
    <message>
        <source>adding role %1 (%2 of %3)</source>
        <translation>역할 %1 추가 중(%3개 중 %2번째)</translation>
    </message>
    <message>
        <source>adding the role: ssh %1, docker %2</source>
        <translation>역할 추가 중: ssh %1, docker %2</translation>
    </message>
    <message>
        <source>Azure refused to add the role: %1</source>
        <translation>Azure가 역할 추가를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>role accepted (request %1)</source>
        <translation>역할 수락됨(요청 %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Host %1 failed, so the whole run is rolled back (use --keep-partial to keep the others&apos; swarm): %2</source>
        <translation>호스트 %1이(가) 실패하여 실행 전체를 롤백합니다(나머지 호스트의 스웜을 유지하려면 --keep-partial 사용): %2</translation>
    </message>
    <message>
        <source>not ready with a running Docker extension after %1 minutes</source>
        <translation>%1분이 지나도 Docker 확장이 실행되는 준비 상태가 되지 않음</translation>
    </message>
    <message>
        <source>the VM failed to start (%1). %2</source>
        <translation>VM을 시작하지 못했습니다(%1). %2</translation>
    </message>
    <message>
        <source>the Docker extension failed on the VM: %1</source>
        <translation>VM에서 Docker 확장이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>%1 of %2 VMs ready with the Docker extension</source>
        <translation>VM %2개 중 %1개가 Docker 확장과 함께 준비됨</translation>
    </message>
    <message>
        <source>%1 hosts on %2, ports %3 to %4</source>
        <translation>%2의 호스트 %1개, 포트 %3~%4</translation>
    </message>
    <message>
        <source>VM ready; waiting until Docker answers on %1</source>
        <translation>VM 준비됨. %1에서 Docker가 응답할 때까지 대기 중</translation>
    </message>
    <message>
        <source>Docker %1 answered on port %2 (private address %3)</source>
        <translation>Docker %1이(가) 포트 %2에서 응답함(사설 주소 %3)</translation>
    </message>
    <message>
        <source>%1 of %2 hosts answer Docker over TLS</source>
        <translation>호스트 %2개 중 %1개가 TLS를 통해 Docker로 응답함</translation>
    </message>
    <message>
        <source>No host of %1 answered Docker; nothing is left to form a swarm.</source>
        <translation>%1의 어떤 호스트도 Docker로 응답하지 않아 스웜을 구성할 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>The swarm was not formed.</source>
        <translation>스웜을 구성하지 않았습니다.</translation>
    </message>
    <message>
        <source>Removing the failed host %1 (keeping the others&apos; swarm)…</source>
        <translation>실패한 호스트 %1을(를) 제거하는 중(나머지 호스트의 스웜은 유지)…</translation>
    </message>
    <message>
        <source>VM role %1</source>
        <translation>VM 역할 %1</translation>
    </message>
    <message>
        <source>VM role %1 (%2)</source>
        <translation>VM 역할 %1(%2)</translation>
    </message>
    <message>
        <source>Kept the swarm of %1 hosts without %2.</source>
        <translation>%2을(를) 뺀 호스트 %1개의 스웜을 유지했습니다.</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 제거하는 중</translation>
    </message>
    <message>
        <source>It is still busy with the operation that was stopped.</source>
        <translation>중지된 작업을 아직 처리하고 있습니다.</translation>
    </message>
    <message>
        <source>Azure to accept the deployment</source>
        <translation>Azure의 배포 수락</translation>
    </message>
    <message>
        <source>Azure accepted the deployment</source>
        <translation>Azure가 배포를 수락했습니다</translation>
    </message>
    <message>
        <source>the VM to start</source>
        <translation>VM 시작</translation>
    </message>
    <message>
        <source>Docker on %1 to answer over TLS</source>
        <translation>%1의 Docker가 TLS로 응답</translation>
    </message>
    <message>
        <source>the Docker port (%1)</source>
        <translation>Docker 포트(%1)</translation>
    </message>
    <message>
        <source>the certificate folder</source>
        <translation>인증서 폴더</translation>
    </message>
    <message>
        <source>waiting for the Docker TLS certificates (the keys are still being made)</source>
        <translation>Docker TLS 인증서를 기다리는 중 (키를 아직 만드는 중)</translation>
    </message>
    <message>
        <source>stopped: &quot;%1&quot; failed</source>
        <translation>중지됨: &quot;%1&quot; 실패</translation>
    </message>
    <message>
        <source>Cancelled during &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; 및 &quot;%2&quot; 중에 취소되었습니다.</translation>
    </message>
    <message>
        <source>The unfinished run for %1 added hosts to its swarm; such a run is not resumed. Run &apos;docker-vm cleanup&apos; to remove the hosts it added (the swarm&apos;s other hosts stay), then &apos;docker-vm swarm add %1&apos; again.</source>
        <translation>%1의 끝나지 않은 실행은 스웜에 호스트를 추가하던 실행이라 이어서 하지 않습니다. &apos;docker-vm cleanup&apos;으로 그 실행이 추가한 호스트를 제거한 뒤(스웜의 다른 호스트는 남습니다) &apos;docker-vm swarm add %1&apos;을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>the new hosts leave the swarm</source>
        <translation>새 호스트가 스웜에서 나갑니다</translation>
    </message>
    <message>
        <source>Read the swarm&apos;s cloud service %1</source>
        <translation>스웜의 클라우드 서비스 %1 읽기</translation>
    </message>
    <message>
        <source>Issue the new hosts&apos; server certificates</source>
        <translation>새 호스트의 서버 인증서 발급</translation>
    </message>
    <message>
        <source>Add the new VMs to the cloud service</source>
        <translation>클라우드 서비스에 새 VM 추가</translation>
    </message>
    <message>
        <source>Wait for the new VMs and their Docker extension</source>
        <translation>새 VM과 Docker 확장 대기</translation>
    </message>
    <message>
        <source>Remove the new hosts</source>
        <translation>새 호스트 제거</translation>
    </message>
    <message>
        <source>Give the administrator name of the swarm&apos;s VMs with --user USER (the one it was created with): the classic API does not return it for an existing Linux VM.</source>
        <translation>스웜 VM의 관리자 이름(스웜을 만들 때 쓴 이름)을 --user USER로 지정하세요. 클래식 API는 기존 Linux VM의 관리자 이름을 돌려주지 않습니다.</translation>
    </message>
    <message>
        <source>No swarm named %1 was found: the cloud service %1 has no VM deployment in this subscription. &apos;docker-vm status %1&apos; shows what there is; &apos;docker-vm create --nodes N %1 …&apos; makes a swarm.</source>
        <translation>이름이 %1인 스웜을 찾지 못했습니다. 이 구독의 클라우드 서비스 %1에 VM 배포가 없습니다. &apos;docker-vm status %1&apos;로 무엇이 있는지 보고, &apos;docker-vm create --nodes N %1 …&apos;로 스웜을 만드세요.</translation>
    </message>
    <message>
        <source>Could not read the deployment of %1: %2</source>
        <translation>%1의 배포를 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a single Docker host (VM role %2), not a swarm made with &apos;docker-vm create --nodes N&apos;; swarm add adds hosts to such a swarm only. Create a swarm with &apos;docker-vm create --nodes N&apos;.</source>
        <translation>%1은(는) &apos;docker-vm create --nodes N&apos;으로 만든 스웜이 아니라 단일 Docker 호스트(VM 역할 %2)입니다. swarm add는 그런 스웜에만 호스트를 추가합니다. &apos;docker-vm create --nodes N&apos;으로 스웜을 만드세요.</translation>
    </message>
    <message>
        <source>The disk of %1 names no storage account (%2), so a new VM&apos;s disk has no place to go.</source>
        <translation>%1의 디스크에 저장소 계정이 없으므로(%2) 새 VM의 디스크를 둘 곳이 없습니다.</translation>
    </message>
    <message>
        <source>%1 would need the public port %2, but ports end at 65535. Add fewer hosts.</source>
        <translation>%1에는 공용 포트 %2가 필요하지만 포트는 65535까지입니다. 호스트를 더 적게 추가하세요.</translation>
    </message>
    <message>
        <source>%1 would need the public port %2, but %3 uses it on the cloud service %4. Remove that endpoint, or the host, first.</source>
        <translation>%1에는 공용 포트 %2가 필요하지만 클라우드 서비스 %4에서 %3이(가) 쓰고 있습니다. 먼저 그 엔드포인트나 호스트를 제거하세요.</translation>
    </message>
    <message>
        <source>swarm hosts %1 (%2, image %3); new: %4</source>
        <translation>스웜 호스트 %1 (%2, 이미지 %3), 새 호스트: %4</translation>
    </message>
    <message>
        <source>the swarm&apos;s (%1)</source>
        <translation>스웜의 것(%1)</translation>
    </message>
    <message>
        <source>the new disks go where the swarm&apos;s are: %1</source>
        <translation>새 디스크는 스웜의 디스크가 있는 곳에 둡니다: %1</translation>
    </message>
    <message>
        <source>An earlier &apos;swarm add&apos; of %1 did not finish and may have left hosts behind (journal %2). Run &apos;docker-vm cleanup&apos; first, then add again.</source>
        <translation>%1에 대한 이전 &apos;swarm add&apos;가 끝나지 않아 호스트가 남았을 수 있습니다(기록 %2). 먼저 &apos;docker-vm cleanup&apos;을 실행한 뒤 다시 추가하세요.</translation>
    </message>
    <message>
        <source>Cannot read the CA %1: %2</source>
        <translation>CA %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a server certificate for %1 per new host, signed by the swarm&apos;s CA; the client certificate is unchanged</source>
        <translation>새 호스트마다 %1용 서버 인증서를 스웜의 CA로 서명했습니다. 클라이언트 인증서는 그대로입니다</translation>
    </message>
    <message numerus="yes">
        <source>%n new role(s) in cloud service %1</source>
        <translation>
            <numerusform>클라우드 서비스 %1에 새 역할 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1 failed, so every new host is rolled back; the existing swarm is not touched (use --keep-partial to keep the new hosts that work): %2</source>
        <translation>호스트 %1이(가) 실패하여 새 호스트를 모두 되돌립니다. 기존 스웜은 건드리지 않습니다(작동하는 새 호스트를 유지하려면 --keep-partial을 쓰세요): %2</translation>
    </message>
    <message>
        <source>No host was added to the swarm %1 (the new ones are rolled back; the existing swarm is not touched): %2</source>
        <translation>스웜 %1에 호스트를 추가하지 못했습니다(새 호스트는 되돌리고 기존 스웜은 건드리지 않습니다): %2</translation>
    </message>
    <message>
        <source>the swarm step failed</source>
        <translation>스웜 단계가 실패했습니다</translation>
    </message>
    <message>
        <source>Added %1 of %2 new hosts to the swarm; removed %3.</source>
        <translation>새 호스트 %2개 중 %1개를 스웜에 추가했고 %3은(는) 제거했습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::PublishSettings</name>
    <message>
        <source>Download a fresh .publishsettings file from the Azure portal and import that.</source>
        <translation>Azure Portal에서 .publishsettings 파일을 새로 다운로드하여 가져오세요.</translation>
    </message>
    <message>
        <source>The publish settings are %1 KiB, more than the %2 KiB a real .publishsettings file can be; refused without reading them. Check that you chose the right file.</source>
        <translation>게시 설정이 %1KiB로, 실제 .publishsettings 파일의 최대 크기인 %2KiB보다 큽니다. 읽지 않고 거부했습니다. 올바른 파일을 선택했는지 확인하세요.</translation>
    </message>
    <message>
        <source>The publish settings file is empty. It may not have finished downloading: %1</source>
        <translation>게시 설정 파일이 비어 있습니다. 다운로드가 끝나지 않았을 수 있습니다: %1</translation>
    </message>
    <message>
        <source>The publish settings file contains a document type declaration (DTD, line %1). Real .publishsettings files never do, and DTDs and entities are refused for safety. %2</source>
        <translation>게시 설정 파일에 문서 형식 선언(DTD, %1행)이 있습니다. 실제 .publishsettings 파일에는 없으며, 보안을 위해 DTD와 엔터티는 거부합니다. %2</translation>
    </message>
    <message>
        <source>The publish settings file uses an XML entity (line %1), which is refused for safety. %2</source>
        <translation>게시 설정 파일이 XML 엔터티(%1행)를 사용합니다. 보안을 위해 거부합니다. %2</translation>
    </message>
    <message>
        <source>This is an XML file, but not Azure publish settings: its root element is &lt;%1&gt;, not &lt;PublishData&gt;. Choose the file whose name ends in .publishsettings.</source>
        <translation>XML 파일이지만 Azure 게시 설정이 아닙니다. 루트 요소가 &lt;PublishData&gt;가 아니라 &lt;%1&gt;입니다. 이름이 .publishsettings로 끝나는 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The publish settings file is not valid XML at %1. It may be truncated, damaged or not a .publishsettings file. %2</source>
        <translation>게시 설정 파일이 %1에서 올바른 XML이 아닙니다. 잘렸거나 손상되었거나 .publishsettings 파일이 아닐 수 있습니다. %2</translation>
    </message>
    <message>
        <source>The publish settings file has no &lt;PublishProfile&gt; element, so it names no subscription. %1</source>
        <translation>게시 설정 파일에 &lt;PublishProfile&gt; 요소가 없어 구독을 알 수 없습니다. %1</translation>
    </message>
    <message>
        <source>The publish settings file lists no subscription. Your account may have no active subscription with access to the classic (Service Management) API; check the Azure portal, then download the file again.</source>
        <translation>게시 설정 파일에 구독이 없습니다. 계정에 클래식(서비스 관리) API에 접근할 수 있는 활성 구독이 없을 수 있습니다. Azure Portal을 확인한 후 파일을 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>The subscription “%1” on line %2 has no Id attribute, so it cannot be used. %3</source>
        <translation>%2행의 구독 “%1”에 Id 특성이 없어 사용할 수 없습니다. %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Subscription “%1” names no management endpoint; using the public Azure cloud (%2).</source>
        <translation>구독 “%1”에 관리 끝점이 없습니다. 공용 Azure 클라우드(%2)를 사용합니다.</translation>
    </message>
    <message>
        <source>The management endpoint of subscription “%1” is %2, which is not encrypted (http). Only https endpoints are accepted; the certificate would otherwise be sent in the clear. %3</source>
        <translation>구독 “%1”의 관리 끝점이 암호화되지 않은(http) %2입니다. https 끝점만 허용합니다. 그렇지 않으면 인증서가 평문으로 전송됩니다. %3</translation>
    </message>
    <message>
        <source>The management endpoint of subscription “%1” is “%2”, which is not an https URL. %3</source>
        <translation>구독 “%1”의 관리 끝점 “%2”은(는) https URL이 아닙니다. %3</translation>
    </message>
    <message>
        <source>Download a fresh .publishsettings file from %1 and import that.</source>
        <translation>%1에서 .publishsettings 파일을 새로 다운로드하여 가져오세요.</translation>
    </message>
    <message>
        <source>Subscription “%1” has no management certificate (no ManagementCertificate attribute on it or on its profile). %2</source>
        <translation>구독 “%1”에 관리 인증서가 없습니다(구독이나 프로필에 ManagementCertificate 특성 없음). %2</translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” is not valid base64 text; the file was probably damaged or edited. %2</source>
        <translation>구독 “%1”의 관리 인증서가 올바른 base64 텍스트가 아닙니다. 파일이 손상되었거나 편집되었을 수 있습니다. %2</translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” cannot be used: %2. Publish settings certificates have no password. %3</source>
        <translation>구독 “%1”의 관리 인증서를 사용할 수 없습니다: %2. 게시 설정 인증서에는 암호가 없습니다. %3</translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” expired on %2; Azure will refuse it. Imported anyway; %3</source>
        <translation>구독 “%1”의 관리 인증서가 %2에 만료되어 Azure가 거부합니다. 그래도 가져왔습니다. %3</translation>
    </message>
    <message>
        <source>The management certificate of subscription “%1” is not valid before %2; check this computer&apos;s clock. Imported anyway.</source>
        <translation>구독 “%1”의 관리 인증서는 %2 이전에는 유효하지 않습니다. 이 컴퓨터의 시계를 확인하세요. 그래도 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Subscription %1 appears %n times in the file; the first one is used.</source>
        <translation>
            <numerusform>구독 %1이(가) 파일에 %n번 나옵니다. 첫 번째 것을 사용합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>“%1”을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the file does not exist. Check the path.</source>
        <translation>파일이 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>it is a folder. Give the path of the .publishsettings file.</source>
        <translation>폴더입니다. .publishsettings 파일의 경로를 지정하세요.</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device). Save the .publishsettings file to disk and give its path.</source>
        <translation>일반 파일이 아닙니다(파이프, 소켓 또는 장치). .publishsettings 파일을 디스크에 저장한 후 경로를 지정하세요.</translation>
    </message>
    <message>
        <source>the file is %1 KiB, more than the %2 KiB a real .publishsettings file can be; refused without reading it. Check that you chose the right file.</source>
        <translation>파일이 %1KiB로, 실제 .publishsettings 파일의 최대 크기인 %2KiB보다 큽니다. 읽지 않고 거부했습니다. 올바른 파일을 선택했는지 확인하세요.</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1). Check its permissions.</source>
        <translation>파일을 열 수 없습니다(%1). 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a real .publishsettings file can be; refused. Check that you chose the right file.</source>
        <translation>파일이 실제 .publishsettings 파일의 최대 크기인 %1KiB보다 큽니다. 거부했습니다. 올바른 파일을 선택했는지 확인하세요.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>파일을 읽을 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Subscription “%1” cannot be written: it needs an id, a certificate and its private key.</source>
        <translation>구독 “%1”을(를) 쓸 수 없습니다. ID, 인증서, 개인 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The certificate of subscription “%1” cannot be written: %2.</source>
        <translation>구독 “%1”의 인증서를 쓸 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::Requests</name>
    <message>
        <source>%1 nodes need the public Docker ports %2 to %3 on the cloud service, but ports end at 65535. Choose a lower Docker port.</source>
        <translation>노드 %1개에는 클라우드 서비스의 공용 Docker 포트 %2~%3이(가) 필요하지만 포트는 65535까지입니다. 더 낮은 Docker 포트를 선택하세요.</translation>
    </message>
    <message>
        <source>The public port %1 would be used twice on the cloud service: node %2 needs Docker on %3 and SSH on %4 (Docker ports count up from the Docker port, SSH ports of nodes 2 and up are 2200 + node). Choose another Docker or SSH port.</source>
        <translation>공용 포트 %1이(가) 클라우드 서비스에서 두 번 사용됩니다: 노드 %2에는 Docker용 %3과(와) SSH용 %4이(가) 필요합니다(Docker 포트는 Docker 포트부터 차례로 늘고, 노드 2 이상의 SSH 포트는 2200 + 노드 번호). 다른 Docker 또는 SSH 포트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::StorageServiceReply</name>
    <message>
        <source>the storage account</source>
        <translation>스토리지 계정</translation>
    </message>
</context>
<context>
    <name>dockervm::classic::StorageServicesReply</name>
    <message>
        <source>the list of storage accounts</source>
        <translation>스토리지 계정 목록</translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::Cloud</name>
    <message>
        <source>Adding hosts to the swarm %1 is not supported on this cloud (%2).</source>
        <translation>이 클라우드(%2)에서는 스웜 %1에 호스트를 추가할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::Journal</name>
    <message>
        <source>storage account %1</source>
        <translation>스토리지 계정 %1</translation>
    </message>
    <message>
        <source>cloud service %1</source>
        <translation>클라우드 서비스 %1</translation>
    </message>
    <message>
        <source>VM deployment %1</source>
        <translation>VM 배포 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>폴더 %1</translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation>리소스 그룹 %1</translation>
    </message>
    <message>
        <source>network security group %1</source>
        <translation>네트워크 보안 그룹 %1</translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation>가상 네트워크 %1</translation>
    </message>
    <message>
        <source>public IP address %1</source>
        <translation>공용 IP 주소 %1</translation>
    </message>
    <message>
        <source>network interface %1</source>
        <translation>네트워크 인터페이스 %1</translation>
    </message>
    <message>
        <source>virtual machine %1</source>
        <translation>가상 머신 %1</translation>
    </message>
    <message>
        <source>VM role %1</source>
        <translation>VM 역할 %1</translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::OwnFiles</name>
    <message>
        <source>this run did not record writing it (it may belong to another run or to you)</source>
        <translation>이 실행이 쓴 기록이 없습니다(다른 실행이나 사용자의 것일 수 있음)</translation>
    </message>
    <message>
        <source>it was replaced by something that is not a file</source>
        <translation>파일이 아닌 것으로 바뀌었습니다</translation>
    </message>
    <message>
        <source>it cannot be read to check it is this run&apos;s</source>
        <translation>이 실행의 것인지 확인하기 위해 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>changed since this run wrote it</source>
        <translation>이 실행이 쓴 후 변경되었습니다</translation>
    </message>
    <message>
        <source>used by %1 (its server certificate in this folder is signed by this CA)</source>
        <translation>%1이(가) 사용 중입니다(이 폴더에 있는 서버 인증서가 이 CA로 서명됨)</translation>
    </message>
    <message>
        <source>the unfinished run for %1 uses this folder too</source>
        <translation>%1에 대한 완료되지 않은 실행도 이 폴더를 사용합니다</translation>
    </message>
    <message>
        <source>it was replaced by something that is not a folder</source>
        <translation>폴더가 아닌 것으로 바뀌었습니다</translation>
    </message>
    <message numerus="yes">
        <source>it is not empty (%n entries)</source>
        <translation>
            <numerusform>비어 있지 않습니다(항목 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>it cannot be removed</source>
        <translation>제거할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::SwarmNodeRemoval</name>
    <message>
        <source>%1 has no nodes.</source>
        <translation>%1에 노드가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no node named %2; its nodes are %3. Name one of them, e.g. &apos;docker-vm swarm remove %1 %4&apos;.</source>
        <translation>%1에 %2이라는 노드가 없습니다. 노드: %3. 그중 하나를 지정하세요. 예: &apos;docker-vm swarm remove %1 %4&apos;.</translation>
    </message>
    <message>
        <source>%1 is the only node of %2; remove the whole swarm with &apos;docker-vm delete %2&apos;.</source>
        <translation>%1은(는) %2의 유일한 노드입니다. &apos;docker-vm delete %2&apos;로 스웜 전체를 제거하세요.</translation>
    </message>
    <message>
        <source>No node of %1 answered as a swarm manager:
  %2</source>
        <translation>%1의 어떤 노드도 스웜 관리자 노드로 응답하지 않았습니다:
  %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not in the swarm (as %2 sees it); deleting its VM only.</source>
        <translation>%1은(는) (%2에서 보기에) 스웜에 없습니다. VM만 삭제합니다.</translation>
    </message>
    <message>
        <source>%1 is the swarm&apos;s only manager: without it the swarm ends. Remove the whole swarm with &apos;docker-vm delete %2&apos;, or promote another node first (&apos;docker node promote NODE&apos; against %1).</source>
        <translation>%1은(는) 스웜의 유일한 관리자 노드입니다. 이 노드가 없으면 스웜이 끝납니다. &apos;docker-vm delete %2&apos;로 스웜 전체를 제거하거나, 먼저 다른 노드를 승격하세요(%1에 대해 &apos;docker node promote NODE&apos;).</translation>
    </message>
    <message>
        <source>%1 leads the swarm, so it is not removed. Demote it first (&apos;docker node demote %1&apos; against another manager; another manager then leads), then run this again.</source>
        <translation>%1이(가) 스웜의 리더이므로 제거하지 않습니다. 먼저 강등한 후(다른 관리자 노드에 대해 &apos;docker node demote %1&apos;. 그러면 다른 관리자 노드가 리더가 됩니다) 다시 실행하세요.</translation>
    </message>
    <message>
        <source>%1 is a manager, and demoting it now is not safe: the manager(s) %2 are not reachable, so the swarm could lose its quorum. Bring them back (or remove them first), then run this again.</source>
        <translation>%1은(는) 관리자 노드이며 지금 강등하는 것은 안전하지 않습니다. 관리자 노드 %2에 연결할 수 없어 스웜이 쿼럼을 잃을 수 있습니다. 그 노드를 복구하거나 먼저 제거한 후 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Demoting %1 to a worker (%2 managers are left)…</source>
        <translation>%1을(를) 작업자 노드로 강등하는 중(관리자 노드 %2개 남음)…</translation>
    </message>
    <message>
        <source>The swarm refused to demote %1: %2 Nothing was removed.</source>
        <translation>스웜이 %1의 강등을 거부했습니다: %2 아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a worker now.</source>
        <translation>%1은(는) 이제 작업자 노드입니다.</translation>
    </message>
    <message>
        <source>%1 was still listed as a manager %2 s after its demotion%3. Look at &apos;docker node ls&apos; on a manager, then run this again.</source>
        <translation>%1이(가) 강등 후 %2초가 지나도 관리자 노드로 표시됩니다%3. 관리자 노드에서 &apos;docker node ls&apos;를 확인한 후 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Draining %1 (its tasks move to the other nodes)…</source>
        <translation>%1 드레인하는 중(작업이 다른 노드로 옮겨짐)…</translation>
    </message>
    <message>
        <source>Could not drain %1: %2</source>
        <translation>%1을(를) 드레인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not leave the swarm itself (%2); removing it on the manager.</source>
        <translation>%1이(가) 스스로 스웜에서 나가지 못했습니다(%2). 관리자 노드에서 제거합니다.</translation>
    </message>
    <message>
        <source>The manager could not remove %1 from the swarm: %2</source>
        <translation>관리자 노드가 %1을(를) 스웜에서 제거할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 left the swarm.</source>
        <translation>%1이(가) 스웜에서 나갔습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::cloud::SwarmSteps</name>
    <message>
        <source>The number of hosts must be between 1 and %1 (it is %2). Use --nodes 1 for a single host, or more for a swarm.</source>
        <translation>호스트 수는 1~%1이어야 합니다(현재 %2). 단일 호스트는 --nodes 1, 스웜은 그보다 많이 지정하세요.</translation>
    </message>
    <message>
        <source>The number of swarm managers must be between 1 and the number of hosts (%1); it is %2. Leave out --managers for the default (%3).</source>
        <translation>스웜 관리자 노드 수는 1 이상 호스트 수(%1) 이하여야 합니다(현재 %2). 기본값(%3)을 쓰려면 --managers를 생략하세요.</translation>
    </message>
    <message>
        <source>The number of swarm managers must be odd (1, 3, 5, …); it is %1. With an even number a swarm survives no more manager losses than with one fewer, and a tie can stop it. Use --managers %2.</source>
        <translation>스웜 관리자 노드 수는 홀수(1, 3, 5, …)여야 합니다(현재 %1). 짝수이면 하나 적은 경우보다 더 많은 관리자 손실을 견디지 못하며, 동수가 되면 스웜이 멈출 수 있습니다. --managers %2을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>Create the swarm</source>
        <translation>스웜 만들기</translation>
    </message>
    <message>
        <source>Create the swarm on %1</source>
        <translation>%1에 스웜 만들기</translation>
    </message>
    <message>
        <source>%1 joins the swarm</source>
        <translation>%1이(가) 스웜에 참가</translation>
    </message>
    <message>
        <source>Wait until every node is ready in the swarm</source>
        <translation>모든 노드가 스웜에서 준비될 때까지 대기</translation>
    </message>
    <message>
        <source>%1 of the planned hosts are left, so the swarm gets %2 manager(s) instead of %3.</source>
        <translation>계획한 호스트 중 %1개만 남아 스웜의 관리자 노드는 %3개가 아니라 %2개입니다.</translation>
    </message>
    <message>
        <source>%1 (advertises %2:2377)</source>
        <translation>%1(%2:2377 알림)</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 실패: %3</translation>
    </message>
    <message>
        <source>swarm made on %1; join tokens read</source>
        <translation>%1에 스웜을 만들었습니다. 참가 토큰을 읽었습니다</translation>
    </message>
    <message>
        <source>joined as %1</source>
        <translation>%1(으)로 참가함</translation>
    </message>
    <message>
        <source>%1 of %2 ready; %3: %4</source>
        <translation>%2개 중 %1개 준비됨. %3: %4</translation>
    </message>
    <message>
        <source>%1 of %2 nodes ready/active</source>
        <translation>노드 %2개 중 %1개 준비/활성</translation>
    </message>
    <message>
        <source>cancelled before it joined</source>
        <translation>참가하기 전에 취소됨</translation>
    </message>
    <message>
        <source>did not join: %1</source>
        <translation>참가하지 못함: %1</translation>
    </message>
    <message>
        <source>%1 nodes ready/active; leader %2</source>
        <translation>노드 %1개 준비/활성. 리더 %2</translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: the leader %2 could not list the nodes (%3). Remove it with &apos;docker node rm --force %1&apos; on a manager.</source>
        <translation>%1은(는) 스웜 노드 목록에 down으로 남습니다. 리더 %2이(가) 노드 목록을 가져오지 못했습니다(%3). 관리자 노드에서 &apos;docker node rm --force %1&apos;로 제거하세요.</translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: the leader refused to remove it (%2). Remove it with &apos;docker node rm --force %3&apos; on a manager.</source>
        <translation>%1은(는) 스웜 노드 목록에 down으로 남습니다. 리더가 제거를 거부했습니다(%2). 관리자 노드에서 &apos;docker node rm --force %3&apos;로 제거하세요.</translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list: it is a manager and the leader refused to demote it (%2). Run &apos;docker node demote %3&apos; and &apos;docker node rm --force %3&apos; on a manager.</source>
        <translation>%1은(는) 스웜 노드 목록에 남습니다. 관리자 노드이며 리더가 강등을 거부했습니다(%2). 관리자 노드에서 &apos;docker node demote %3&apos;와 &apos;docker node rm --force %3&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>--count takes the number of hosts to add, at least 1 (it is %1). Leave it out to add one host.</source>
        <translation>--count에는 추가할 호스트 수를 1 이상으로 지정합니다(지금 %1). 호스트 하나를 추가하려면 생략하세요.</translation>
    </message>
    <message>
        <source>The swarm has %1 host(s); %2 more would make %3, but a swarm made by this tool has at most %4 (the bound of create --nodes: the per-host ports of one cloud service and a wait that stays short). Add at most %5.</source>
        <translation>스웜에는 호스트가 %1개 있습니다. %2개를 더하면 %3개가 되지만 이 도구로 만든 스웜은 최대 %4개입니다(create --nodes와 같은 한도: 클라우드 서비스 하나의 호스트별 포트와 짧은 대기 시간). 최대 %5개까지 추가하세요.</translation>
    </message>
    <message>
        <source>The certificate folder %1 does not exist. Give the folder the swarm was created with (-C DIR): new hosts need its CA.</source>
        <translation>인증서 폴더 %1이(가) 없습니다. 스웜을 만들 때 쓴 폴더를 지정하세요(-C DIR). 새 호스트에는 그 CA가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is missing: the swarm&apos;s hosts trust only the CA they were created with.</source>
        <translation>%1이(가) 없습니다. 스웜의 호스트는 만들 때 쓴 CA만 신뢰합니다.</translation>
    </message>
    <message>
        <source>%1 exists without its key %2: no server certificate can be issued for a new host. Bring back ca-key.pem from where the swarm was created (making a new CA is no way out: the existing hosts trust only the old one).</source>
        <translation>%1은(는) 있지만 그 키 %2가 없어 새 호스트의 서버 인증서를 발급할 수 없습니다. 스웜을 만든 곳에서 ca-key.pem을 가져오세요(새 CA를 만드는 것은 해결책이 아닙니다. 기존 호스트는 이전 CA만 신뢰합니다).</translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 is missing: it is what reaches the swarm&apos;s Docker over mutual TLS.</source>
        <translation>클라이언트 인증서 %1 또는 그 키 %2가 없습니다. 상호 TLS로 스웜의 Docker에 접속할 때 쓰는 것입니다.</translation>
    </message>
    <message>
        <source>Cannot add hosts with the certificates in %1:
  %2</source>
        <translation>%1의 인증서로는 호스트를 추가할 수 없습니다:
  %2</translation>
    </message>
    <message>
        <source>%1 may be listed in the swarm: its node ID is unknown. Check with &apos;docker node ls&apos; on a manager.</source>
        <translation>%1이(가) 스웜 목록에 남아 있을 수 있습니다. 노드 ID를 알 수 없습니다. 매니저에서 &apos;docker node ls&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: no manager is known. Remove it with &apos;docker node rm --force %2&apos; on a manager.</source>
        <translation>%1은(는) 스웜의 노드 목록에 down으로 남습니다. 알려진 매니저가 없습니다. 매니저에서 &apos;docker node rm --force %2&apos;로 제거하세요.</translation>
    </message>
    <message>
        <source>%1 stays in the swarm&apos;s node list as down: the manager %2 refused to remove it (%3). Remove it with &apos;docker node rm --force %4&apos; on a manager.</source>
        <translation>%1은(는) 스웜의 노드 목록에 down으로 남습니다. 매니저 %2가 제거를 거부했습니다(%3). 매니저에서 &apos;docker node rm --force %4&apos;로 제거하세요.</translation>
    </message>
    <message>
        <source>Find a manager of %1 and read its join token</source>
        <translation>%1의 매니저를 찾아 참여 토큰 읽기</translation>
    </message>
    <message>
        <source>Wait until every new node is ready in the swarm</source>
        <translation>새 노드가 모두 스웜에서 준비될 때까지 대기</translation>
    </message>
    <message>
        <source>asking %1</source>
        <translation>%1에 묻는 중</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 manages the swarm; join token read</source>
        <translation>%1이(가) 스웜을 관리합니다. 참여 토큰을 읽었습니다</translation>
    </message>
    <message>
        <source>%1 new node(s) ready/active; asked %2</source>
        <translation>새 노드 %1개 ready/active, 물어본 노드 %2</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::ConnectionController</name>
    <message>
        <source>legacy: server not verified (like docker --tls; for hosts made by the 2014 tool)</source>
        <translation>레거시: 서버를 검증하지 않음(docker --tls와 같음, 2014년 도구로 만든 호스트용)</translation>
    </message>
    <message>
        <source>TLS, server verified against %1 (like docker --tlsverify)</source>
        <translation>TLS, %1(으)로 서버 검증(docker --tlsverify와 같음)</translation>
    </message>
    <message>
        <source>Docker VM Wizard: %1</source>
        <translation>Docker VM Wizard: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking Docker at %1; waiting up to %n second(s) for it to answer…</source>
        <translation>
            <numerusform>%1에서 Docker 확인 중. 응답을 최대 %n초 기다립니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking Docker at %1…</source>
        <translation>%1에서 Docker 확인 중…</translation>
    </message>
    <message>
        <source>Checking %1 with the certificates in %2 (%3)</source>
        <translation>%2의 인증서로 %1 확인 중(%3)</translation>
    </message>
    <message>
        <source>legacy, server not verified</source>
        <translation>레거시, 서버 검증 안 함</translation>
    </message>
    <message>
        <source>server verified</source>
        <translation>서버 검증됨</translation>
    </message>
    <message>
        <source>Attempt %1: %2: %3</source>
        <translation>시도 %1: %2: %3</translation>
    </message>
    <message>
        <source>Waiting for Docker at %1: attempt %2 stopped at %3. Trying again…</source>
        <translation>%1에서 Docker 대기 중: 시도 %2이(가) %3에서 멈췄습니다. 다시 시도하는 중…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message numerus="yes">
        <source>Connected after %n attempt(s) in %1 s</source>
        <translation>
            <numerusform>%1초 동안 %n번 시도 후 연결됨</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid docker context name: use letters, digits and _ . + -, starting with a letter or digit (for example &apos;%2&apos;).</source>
        <translation>&apos;%1&apos;은(는) 올바른 docker 컨텍스트 이름이 아닙니다. 문자, 숫자, _ . + -를 사용하고 문자나 숫자로 시작하세요(예: &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>The docker command is not installed on this computer (not found on PATH), so no context was created. Copy the command and run it where docker is installed.</source>
        <translation>이 컴퓨터에는 docker 명령이 설치되어 있지 않아(PATH에서 찾을 수 없음) 컨텍스트를 만들지 않았습니다. 명령을 복사하여 docker가 설치된 곳에서 실행하세요.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Run the command yourself.</source>
        <translation>%1을(를) 실행할 수 없습니다: %2. 명령을 직접 실행하세요.</translation>
    </message>
    <message>
        <source>Created docker context &apos;%1&apos;. Use it with &apos;docker --context %1 info&apos;, or make it the default with &apos;docker context use %1&apos;.</source>
        <translation>docker 컨텍스트 &apos;%1&apos;을(를) 만들었습니다. &apos;docker --context %1 info&apos;로 사용하거나 &apos;docker context use %1&apos;로 기본값으로 지정하세요.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <source>docker context create failed (exit code %1): %2</source>
        <translation>docker context create가 실패했습니다(종료 코드 %1): %2</translation>
    </message>
    <message>
        <source>docker context create stopped unexpectedly: %1</source>
        <translation>docker context create가 예기치 않게 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>docker context create did not finish within %1 s and was stopped. Run the command yourself to see what it waits for.</source>
        <translation>docker context create가 %1초 안에 끝나지 않아 중지했습니다. 무엇을 기다리는지 보려면 명령을 직접 실행하세요.</translation>
    </message>
    <message>
        <source>the Docker port</source>
        <translation>Docker 포트</translation>
    </message>
    <message>
        <source>the certificate folder</source>
        <translation>인증서 폴더</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::DockerEnv</name>
    <message>
        <source>bash (Linux, macOS, Git Bash, WSL)</source>
        <translation>bash(Linux, macOS, Git Bash, WSL)</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Command Prompt (cmd)</source>
        <translation>명령 프롬프트(cmd)</translation>
    </message>
    <message>
        <source>%1 (%2) contains a double quote or a line break, which cmd cannot set. Use PowerShell, or move the certificates to a folder without such characters.</source>
        <translation>%1(%2)에 큰따옴표나 줄 바꿈이 있어 cmd에서 설정할 수 없습니다. PowerShell을 사용하거나 인증서를 그런 문자가 없는 폴더로 옮기세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::DockerProbe</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No host name given.</source>
        <translation>호스트 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Use the folder the VM&apos;s certificates were made in (--cert-dir), or make new ones with &apos;docker-vm certs create --host %1 --cert-dir %2&apos;.</source>
        <translation>VM 인증서를 만든 폴더를 사용하거나(--cert-dir) &apos;docker-vm certs create --host %1 --cert-dir %2&apos;로 새로 만드세요.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1에 PEM 인증서가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted PEM private key (RSA or EC)</source>
        <translation>%1은(는) 암호화되지 않은 PEM 개인 키(RSA 또는 EC)가 아닙니다</translation>
    </message>
    <message>
        <source>%1 does not belong to %2 (%3)</source>
        <translation>%1은(는) %2의 키가 아닙니다(%3)</translation>
    </message>
    <message>
        <source>The Docker client certificates are not usable: %1. %2</source>
        <translation>Docker 클라이언트 인증서를 사용할 수 없습니다: %1. %2</translation>
    </message>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1, 발급자 %2</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>ca.pem (%1), cert.pem (%2) and key.pem loaded from %3</source>
        <translation>%3에서 ca.pem(%1), cert.pem(%2), key.pem을 불러왔습니다</translation>
    </message>
    <message>
        <source>cert.pem (%1) and key.pem loaded from %2; legacy mode: the server will not be verified</source>
        <translation>%2에서 cert.pem(%1)과 key.pem을 불러왔습니다. 레거시 모드: 서버를 검증하지 않습니다</translation>
    </message>
    <message>
        <source>WARNING: cert.pem expired on %1, the daemon will refuse it</source>
        <translation>경고: cert.pem이 %1에 만료되어 데몬이 거부합니다</translation>
    </message>
    <message>
        <source>Docker on %1 did not answer within %2 s (%3 attempts). Last error: %4</source>
        <translation>%1의 Docker가 %2초 안에 응답하지 않았습니다(%3번 시도). 마지막 오류: %4</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>%1 확인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation>%1 포트 %2에 연결됨</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2.</source>
        <translation>%1과(와)의 TLS 핸드셰이크 실패: %2.</translation>
    </message>
    <message>
        <source>GET /_ping answered %1 %2: %3</source>
        <translation>GET /_ping 응답 %1 %2: %3</translation>
    </message>
    <message>
        <source>200 (%1)</source>
        <translation>200(%1)</translation>
    </message>
    <message>
        <source>, API-Version %1</source>
        <translation>, API-Version %1</translation>
    </message>
    <message>
        <source>GET /version answered %1: %2</source>
        <translation>GET /version 응답 %1: %2</translation>
    </message>
    <message>
        <source>GET /version: %1 (&quot;%2&quot;)</source>
        <translation>GET /version: %1(&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Docker %1, API %2</source>
        <translation>Docker %1, API %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source> (oldest accepted %1)</source>
        <translation> (허용되는 최소 버전 %1)</translation>
    </message>
    <message>
        <source>; no API version given, trying ours (%1)</source>
        <translation>. API 버전이 없어 우리 버전(%1)으로 시도</translation>
    </message>
    <message>
        <source>; using API %1</source>
        <translation>. API %1 사용</translation>
    </message>
    <message>
        <source>the daemon refused API %1 (&quot;%2&quot;); retried with its version %3</source>
        <translation>데몬이 API %1을(를) 거부했습니다(&quot;%2&quot;). 데몬의 버전 %3(으)로 다시 시도했습니다</translation>
    </message>
    <message>
        <source>GET %1 answered %2: %3</source>
        <translation>GET %1 응답 %2: %3</translation>
    </message>
    <message>
        <source>GET %1: %2 (&quot;%3&quot;)</source>
        <translation>GET %1: %2(&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>API %1: Docker %2</source>
        <translation>API %1: Docker %2</translation>
    </message>
    <message>
        <source>Docker answered info</source>
        <translation>Docker가 info에 응답함</translation>
    </message>
    <message>
        <source>Docker %1 on %2 answered info over %3 (API %4).</source>
        <translation>%2의 Docker %1이(가) %3(으)로 info에 응답했습니다(API %4).</translation>
    </message>
    <message>
        <source>verified mutual TLS</source>
        <translation>검증된 상호 TLS</translation>
    </message>
    <message>
        <source>legacy TLS without server verification</source>
        <translation>서버 검증 없는 레거시 TLS</translation>
    </message>
    <message>
        <source>Certificate files</source>
        <translation>인증서 파일</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>이름 확인</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 연결</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 핸드셰이크</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>GET /_ping</source>
        <translation>GET /_ping</translation>
    </message>
    <message>
        <source>GET /version</source>
        <translation>GET /version</translation>
    </message>
    <message>
        <source>GET /info</source>
        <translation>GET /info</translation>
    </message>
    <message>
        <source>no subjectAltName at all</source>
        <translation>subjectAltName이 전혀 없음</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1, issued by %2) is not signed by the CA in %3 (%4). Use the ca.pem that signed the daemon&apos;s certificate, or give the daemon a server certificate made from this CA (&apos;docker-vm certs create --host %5&apos;)</source>
        <translation>서버 인증서(%1, 발급자 %2)가 %3의 CA(%4)로 서명되지 않았습니다. 데몬 인증서에 서명한 ca.pem을 사용하거나, 이 CA로 만든 서버 인증서를 데몬에 설치하세요(&apos;docker-vm certs create --host %5&apos;)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1. Issue a new server certificate (&apos;docker-vm certs create --host %2&apos;) and install it on the daemon</source>
        <translation>서버 인증서가 %1에 만료되었습니다. 새 서버 인증서를 발급하여(&apos;docker-vm certs create --host %2&apos;) 데몬에 설치하세요</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid before %1; check the clocks of this computer and the server</source>
        <translation>서버 인증서는 %1 이전에는 유효하지 않습니다. 이 컴퓨터와 서버의 시계를 확인하세요</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid for %1, not for %2. Connect with a name the certificate carries, or issue a server certificate for %2 (&apos;docker-vm certs create --host %2&apos;); the legacy --tls mode skips this check</source>
        <translation>서버 인증서는 %2이(가) 아니라 %1에 유효합니다. 인증서에 있는 이름으로 연결하거나 %2용 서버 인증서를 발급하세요(&apos;docker-vm certs create --host %2&apos;). 레거시 --tls 모드는 이 검사를 건너뜁니다</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 (connection refused): the Docker daemon is not running yet, or listens on another port. Check --docker-port and that dockerd runs with -H tcp://0.0.0.0:%2.</source>
        <translation>%1에서 연결을 받는 것이 없습니다(연결 거부). Docker 데몬이 아직 실행되지 않았거나 다른 포트에서 수신 중입니다. --docker-port와 dockerd가 -H tcp://0.0.0.0:%2로 실행되는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2): check this computer&apos;s network connection.</source>
        <translation>%1에 연결할 수 없습니다(%2). 이 컴퓨터의 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>No answer from %1: a firewall drops the packets or the port has no endpoint on the cloud service.</source>
        <translation>%1에서 응답이 없습니다. 방화벽이 패킷을 버리거나 클라우드 서비스에 이 포트의 끝점이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 within %3 s: a firewall drops the packets, the cloud service has no endpoint for the port, or the VM is still starting.</source>
        <translation>%1 포트 %2에서 %3초 안에 응답이 없습니다. 방화벽이 패킷을 버리거나, 클라우드 서비스에 이 포트의 끝점이 없거나, VM이 아직 시작 중입니다.</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>이름이 없습니다(NXDOMAIN)</translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2. Check the spelling; a new cloud service&apos;s DNS name can take a few minutes to appear.</source>
        <translation>%1을(를) 확인(resolve)할 수 없습니다: %2. 철자를 확인하세요. 새 클라우드 서비스의 DNS 이름은 나타나기까지 몇 분 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Resolving %1 took longer than %2 s; check the DNS settings of this computer.</source>
        <translation>%1 이름 확인이 %2초보다 오래 걸렸습니다. 이 컴퓨터의 DNS 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Demo mode only reaches the simulated hosts on this computer, and %1 is not one of them; nothing was sent. Start the wizard without --demo to check a real host.</source>
        <translation>데모 모드에서는 이 컴퓨터의 시뮬레이션된 호스트에만 연결하며 %1은(는) 그중 하나가 아닙니다. 아무것도 보내지 않았습니다. 실제 호스트를 확인하려면 --demo 없이 마법사를 시작하세요.</translation>
    </message>
    <message>
        <source>%1 mapped to %2:%3 by the demo/test host override; the certificate is still verified for %1</source>
        <translation>데모/테스트 호스트 재지정으로 %1을(를) %2:%3에 연결합니다. 인증서는 계속 %1(으)로 검증합니다</translation>
    </message>
    <message>
        <source>The server on %1 closed the connection during the TLS handshake: TLS alert &quot;%2&quot;. It speaks TLS but would not talk to us; check that this is the Docker daemon&apos;s port and that dockerd runs with --tlsverify and a server certificate.</source>
        <translation>%1의 서버가 TLS 핸드셰이크 중에 연결을 닫았습니다: TLS 경고 &quot;%2&quot;. TLS는 사용하지만 통신을 거부했습니다. 이 포트가 Docker 데몬의 포트인지, dockerd가 --tlsverify와 서버 인증서로 실행되는지 확인하세요.</translation>
    </message>
    <message>
        <source>The server on %1 closed the connection during the TLS handshake without a TLS alert. Is the daemon started with --tlsverify on this port, or is it still starting?</source>
        <translation>%1의 서버가 TLS 경고 없이 TLS 핸드셰이크 중에 연결을 닫았습니다. 데몬이 이 포트에서 --tlsverify로 시작되었나요, 아니면 아직 시작 중인가요?</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2. Is the daemon started with --tlsverify on this port?</source>
        <translation>%1과(와)의 TLS 핸드셰이크 실패: %2. 데몬이 이 포트에서 --tlsverify로 시작되었나요?</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 s: the service on that port does not speak TLS, or the daemon is overloaded.</source>
        <translation>%1과(와)의 TLS 핸드셰이크가 %2초 안에 끝나지 않았습니다. 이 포트의 서비스가 TLS를 사용하지 않거나 데몬이 과부하 상태입니다.</translation>
    </message>
    <message>
        <source>The service on %1 does not speak TLS: it sent &quot;%2&quot;. Another program listens on this port; check --docker-port and that dockerd runs with --tlsverify -H tcp://0.0.0.0:PORT.</source>
        <translation>%1의 서비스가 TLS를 사용하지 않습니다: &quot;%2&quot;을(를) 보냈습니다. 다른 프로그램이 이 포트에서 수신 중입니다. --docker-port와 dockerd가 --tlsverify -H tcp://0.0.0.0:PORT로 실행되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Port %1 on %2 speaks plain HTTP, not TLS (it answered &quot;%3&quot;). The daemon was started without --tlsverify or another service listens there; never expose Docker without TLS. Start dockerd with --tlsverify --tlscacert --tlscert --tlskey on this port.</source>
        <translation>%2의 포트 %1은(는) TLS가 아닌 일반 HTTP를 사용합니다(&quot;%3&quot;(으)로 응답). 데몬이 --tlsverify 없이 시작되었거나 다른 서비스가 수신 중입니다. TLS 없이 Docker를 노출하지 마세요. 이 포트에서 dockerd를 --tlsverify --tlscacert --tlscert --tlskey로 시작하세요.</translation>
    </message>
    <message>
        <source>The client certificate cannot be used: %1. Check that key.pem belongs to cert.pem in %2.</source>
        <translation>클라이언트 인증서를 사용할 수 없습니다: %1. %2에서 key.pem이 cert.pem의 키인지 확인하세요.</translation>
    </message>
    <message>
        <source>%1; the server&apos;s certificate %2 (issued by %3, valid until %4) is signed by ca.pem and valid for %5</source>
        <translation>%1. 서버 인증서 %2(발급자 %3, %4까지 유효)은(는) ca.pem으로 서명되었으며 %5에 유효합니다</translation>
    </message>
    <message>
        <source>%1; LEGACY MODE (--tls): the server&apos;s certificate %2 (issued by %3) was NOT verified</source>
        <translation>%1. 레거시 모드(--tls): 서버 인증서 %2(발급자 %3)을(를) 검증하지 않았습니다</translation>
    </message>
    <message>
        <source> (TLS alert: %1)</source>
        <translation> (TLS 경고: %1)</translation>
    </message>
    <message>
        <source>The daemon on %1 refused our client certificate %2 (%3)%4: a daemon started with --tlsverify accepts only client certificates signed by its --tlscacert. Use the cert.pem and key.pem made with the CA whose certificate the VM got, or make a new set with &apos;docker-vm certs create&apos; and install its CA on the daemon. The key is %5.</source>
        <translation>%1의 데몬이 클라이언트 인증서 %2(%3)을(를) 거부했습니다%4. --tlsverify로 시작된 데몬은 --tlscacert로 서명된 클라이언트 인증서만 받습니다. VM에 설치된 CA로 만든 cert.pem과 key.pem을 사용하거나, &apos;docker-vm certs create&apos;로 새로 만들고 그 CA를 데몬에 설치하세요. 키: %5.</translation>
    </message>
    <message>
        <source>the daemon ended the handshake with an alert about our certificate</source>
        <translation>데몬이 우리 인증서에 대한 경고로 핸드셰이크를 끝냈습니다</translation>
    </message>
    <message>
        <source>the daemon accepted cert.pem (%1) and refuses clients without a certificate</source>
        <translation>데몬이 cert.pem(%1)을 받아들였으며 인증서 없는 클라이언트는 거부합니다</translation>
    </message>
    <message>
        <source>SECURITY: the daemon on %1 answers clients without a client certificate, so anyone who reaches the port controls Docker (and the VM). It runs with --tls, not --tlsverify. Restart dockerd with --tlsverify --tlscacert ca.pem --tlscert --tlskey (the CA that signed %2), and close the port until then.</source>
        <translation>보안 경고: %1의 데몬이 클라이언트 인증서 없이도 응답하므로 포트에 접근할 수 있는 누구나 Docker(와 VM)를 제어할 수 있습니다. --tlsverify가 아니라 --tls로 실행 중입니다. dockerd를 --tlsverify --tlscacert ca.pem --tlscert --tlskey(%2에 서명한 CA)로 다시 시작하고, 그때까지 포트를 닫으세요.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during %2: %3</source>
        <translation>%2 중 %1에 대한 연결이 실패했습니다: %3</translation>
    </message>
    <message>
        <source>%1 did not answer %2 with valid HTTP: %3</source>
        <translation>%1이(가) %2에 올바른 HTTP로 응답하지 않았습니다: %3</translation>
    </message>
    <message>
        <source>in the middle of the body of its answer to GET %1</source>
        <translation>GET %1에 대한 응답 본문 중간에</translation>
    </message>
    <message>
        <source>before the header of its answer to GET %1 was complete</source>
        <translation>GET %1에 대한 응답 헤더가 완성되기 전에</translation>
    </message>
    <message>
        <source>truncated reply: %1 closed the connection %2, %3 times in a row. The daemon may be restarting, or something between us cuts connections; try again.</source>
        <translation>잘린 응답: %1이(가) %2 연결을 %3번 연속으로 닫았습니다. 데몬이 다시 시작 중이거나 중간에서 연결을 끊는 것이 있습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The daemon on %1 did not answer GET %2 within %3 s.</source>
        <translation>%1의 데몬이 %3초 안에 GET %2에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose the folder the VM&apos;s certificates were made in (%3), or make new ones in a terminal with &apos;docker-vm certs create --host %1 --cert-dir %2&apos;.</source>
        <translation>VM의 인증서를 만든 폴더(%3)를 선택하거나, 터미널에서 &apos;docker-vm certs create --host %1 --cert-dir %2&apos;로 새로 만드세요.</translation>
    </message>
    <message>
        <source>GET /_ping on %1 answered 200 but not &quot;OK&quot; (&quot;%2&quot;): this does not look like a Docker daemon. Check %3.</source>
        <translation>%1의 GET /_ping이 200으로 응답했지만 &quot;OK&quot;가 아닙니다(&quot;%2&quot;). Docker 데몬이 아닌 것 같습니다. %3을(를) 확인하세요.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is valid for %1, not for %2. Connect with a name the certificate carries, or issue a server certificate for %2 (&apos;docker-vm certs create --host %2&apos; in a terminal); the legacy mode (server not verified) skips this check</source>
        <translation>서버 인증서는 %2이(가) 아니라 %1에 유효합니다. 인증서에 있는 이름으로 연결하거나, 터미널에서 %2용 서버 인증서를 발급하세요(&apos;docker-vm certs create --host %2&apos;). 레거시 모드(서버를 검증하지 않음)에서는 이 검사를 건너뜁니다</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 (connection refused): the Docker daemon is not running yet, or listens on another port. Check %2, and that the Docker daemon on the host listens on TCP port %3 (dockerd -H tcp://0.0.0.0:%3).</source>
        <translation>%1에서 연결을 받는 것이 없습니다(연결 거부). Docker 데몬이 아직 실행되지 않았거나 다른 포트에서 수신 중입니다. %2을(를) 확인하고, 호스트의 Docker 데몬이 TCP 포트 %3에서 수신하는지 확인하세요(dockerd -H tcp://0.0.0.0:%3).</translation>
    </message>
    <message>
        <source>The service on %1 does not speak TLS: it sent &quot;%2&quot;. Another program listens on this port; check %3, and that the Docker daemon on the host listens on it with TLS verification (dockerd --tlsverify).</source>
        <translation>%1의 서비스가 TLS를 사용하지 않습니다: &quot;%2&quot;을(를) 보냈습니다. 다른 프로그램이 이 포트에서 수신 중입니다. %3을(를) 확인하고, 호스트의 Docker 데몬이 이 포트에서 TLS 검증을 켜고 수신하는지 확인하세요(dockerd --tlsverify).</translation>
    </message>
    <message>
        <source>%1; LEGACY MODE: the server&apos;s certificate %2 (issued by %3) was NOT verified</source>
        <translation>%1. 레거시 모드: 서버 인증서 %2(발급자 %3)을(를) 검증하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::EngineRequest</name>
    <message>
        <source>The daemon on %1 did not answer %2 %3 within %4 s.</source>
        <translation>%1의 데몬이 %4초 안에 %2 %3에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The daemon on %1 refused our client certificate from %2 (TLS alert &quot;%3&quot;). Run &apos;docker-vm check&apos; for a diagnosis.</source>
        <translation>%1의 데몬이 %2의 클라이언트 인증서를 거부했습니다(TLS 경고 &quot;%3&quot;). 진단하려면 &apos;docker-vm check&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>응답이 완성되기 전에 연결이 닫혔습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::Swarm</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Check the Docker daemon</source>
        <translation>Docker 데몬 확인</translation>
    </message>
    <message>
        <source>Create the swarm</source>
        <translation>스웜 만들기</translation>
    </message>
    <message>
        <source>Read the join tokens</source>
        <translation>참가 토큰 읽기</translation>
    </message>
    <message>
        <source>Join the swarm</source>
        <translation>스웜 참가</translation>
    </message>
    <message>
        <source>Ready in the swarm</source>
        <translation>스웜에서 준비 완료</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>HOSTNAME</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>MANAGER STATUS</source>
        <translation>관리자 상태</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>Swarm %1: %2 managers, %3 workers, %4 of %5 ready; leader %6
</source>
        <translation>스웜 %1: 관리자 %2개, 워커 %3개, %5개 중 %4개 준비됨. 리더 %6
</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::SwarmClient</name>
    <message>
        <source>%1 answered GET /version without an API version (%2): is this a Docker daemon?</source>
        <translation>%1이(가) API 버전 없이 GET /version에 응답했습니다(%2). Docker 데몬이 맞나요?</translation>
    </message>
    <message>
        <source>no ApiVersion</source>
        <translation>ApiVersion 없음</translation>
    </message>
    <message>
        <source>Docker %1 on %2 speaks API %3, which has no swarm mode (API %4 or newer is needed). Update Docker on that host.</source>
        <translation>%2의 Docker %1은(는) API %3을(를) 사용하며 이 버전에는 스웜 모드가 없습니다(API %4 이상 필요). 그 호스트의 Docker를 업데이트하세요.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 is already part of a swarm (the daemon says: &quot;%2&quot;). Make it leave first (&apos;docker swarm leave --force&apos; on it) or use a host that is not in a swarm.</source>
        <translation>%1은(는) 이미 스웜에 속해 있습니다(데몬 메시지: &quot;%2&quot;). 먼저 스웜에서 나오게 하거나(그 호스트에서 &apos;docker swarm leave --force&apos;) 스웜에 속하지 않은 호스트를 사용하세요.</translation>
    </message>
    <message>
        <source>%1 is not part of a swarm (%2 answered &quot;%3&quot;). Form the swarm first (&apos;docker-vm create --nodes N&apos;) or ask another node.</source>
        <translation>%1은(는) 스웜에 속해 있지 않습니다(%2의 응답: &quot;%3&quot;). 먼저 스웜을 구성하거나(&apos;docker-vm create --nodes N&apos;) 다른 노드에 요청하세요.</translation>
    </message>
    <message>
        <source>%1 is a swarm worker, not a manager, so it cannot answer %2 (&quot;%3&quot;). Ask the leader or another manager.</source>
        <translation>%1은(는) 관리자 노드가 아닌 스웜 워커이므로 %2에 응답할 수 없습니다(&quot;%3&quot;). 리더나 다른 관리자 노드에 요청하세요.</translation>
    </message>
    <message>
        <source>%1 could not join the swarm: the manager refused the join token (the daemon says: &quot;%2&quot;). Read the current token from the leader (&apos;docker swarm join-token worker&apos; or GET /swarm) and join again.</source>
        <translation>%1이(가) 스웜에 참가하지 못했습니다. 관리자 노드가 참가 토큰을 거부했습니다(데몬 메시지: &quot;%2&quot;). 리더에서 현재 토큰을 읽어(&apos;docker swarm join-token worker&apos; 또는 GET /swarm) 다시 참가하세요.</translation>
    </message>
    <message>
        <source>%1 could not join the swarm (the daemon says: &quot;%2&quot;). Check that the manager&apos;s private address is reachable from this node on 2377/tcp (and 7946/tcp+udp, 4789/udp between the nodes).</source>
        <translation>%1이(가) 스웜에 참가하지 못했습니다(데몬 메시지: &quot;%2&quot;). 이 노드에서 관리자 노드의 사설 주소에 2377/tcp로 연결할 수 있는지(노드 사이에는 7946/tcp+udp, 4789/udp도) 확인하세요.</translation>
    </message>
    <message>
        <source>The swarm has no such node (%1 on %2 answered &quot;%3&quot;). List the nodes with &apos;docker-vm swarm status&apos;.</source>
        <translation>스웜에 그런 노드가 없습니다(%2의 %1 응답: &quot;%3&quot;). &apos;docker-vm swarm status&apos;로 노드 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>The node changed while we updated it (%1 on %2: &quot;%3&quot;). Read the nodes again and retry.</source>
        <translation>업데이트하는 동안 노드가 바뀌었습니다(%2의 %1: &quot;%3&quot;). 노드를 다시 읽고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 on %2 failed with HTTP %3: %4</source>
        <translation>%2의 %1이(가) HTTP %3(으)로 실패했습니다: %4</translation>
    </message>
    <message>
        <source>%1 answered GET /info without its swarm state.</source>
        <translation>%1이(가) 스웜 상태 없이 GET /info에 응답했습니다.</translation>
    </message>
    <message>
        <source>%1 answered GET /swarm without join tokens.</source>
        <translation>%1이(가) 참가 토큰 없이 GET /swarm에 응답했습니다.</translation>
    </message>
    <message>
        <source>%1 answered GET /nodes with something else than a list of nodes.</source>
        <translation>%1이(가) GET /nodes에 노드 목록이 아닌 것으로 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::SwarmFormation</name>
    <message>
        <source>No nodes given: a swarm needs at least one node.</source>
        <translation>노드가 없습니다. 스웜에는 노드가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>%1 managers for %2 nodes: the number of managers must be odd (1, 3, 5, ...) and at most the number of nodes, so the managers keep a majority (quorum) when one fails.</source>
        <translation>노드 %2개에 관리자 노드 %1개: 관리자 노드 수는 홀수(1, 3, 5, ...)이고 노드 수 이하여야 합니다. 그래야 하나가 실패해도 관리자 노드가 과반수(쿼럼)를 유지합니다.</translation>
    </message>
    <message>
        <source>A node has no name.</source>
        <translation>이름이 없는 노드가 있습니다.</translation>
    </message>
    <message>
        <source>The node name %1 is given twice.</source>
        <translation>노드 이름 %1이(가) 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>Node %1: the private address &apos;%2&apos; is not an IP address. Swarm nodes advertise and join on their private addresses.</source>
        <translation>노드 %1: 사설 주소 &apos;%2&apos;은(는) IP 주소가 아닙니다. 스웜 노드는 사설 주소로 알리고 참가합니다.</translation>
    </message>
    <message>
        <source>Node %1: no Docker endpoint or certificate folder given.</source>
        <translation>노드 %1: Docker 끝점이나 인증서 폴더가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is already part of a swarm (its swarm state is &apos;%2&apos;, node ID %3). Make it leave first (&apos;docker swarm leave --force&apos; on it) or use a host that is not in a swarm.</source>
        <translation>%1은(는) 이미 스웜에 속해 있습니다(스웜 상태 &apos;%2&apos;, 노드 ID %3). 먼저 스웜에서 나오게 하거나(그 호스트에서 &apos;docker swarm leave --force&apos;) 스웜에 속하지 않은 호스트를 사용하세요.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Docker %1 answers over mutual TLS; not in a swarm yet</source>
        <translation>Docker %1이(가) 상호 TLS로 응답합니다. 아직 스웜에 속하지 않음</translation>
    </message>
    <message>
        <source>The swarm was not created: the first manager %1 cannot start it (%2).</source>
        <translation>스웜을 만들지 않았습니다. 첫 번째 관리자 노드 %1이(가) 스웜을 시작할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>swarm init, advertising %1</source>
        <translation>swarm init, %1 알림</translation>
    </message>
    <message>
        <source>The swarm was not created: %1</source>
        <translation>스웜을 만들지 않았습니다: %1</translation>
    </message>
    <message>
        <source>swarm created; %1 is its leader (node ID %2)</source>
        <translation>스웜을 만들었습니다. %1이(가) 리더입니다(노드 ID %2)</translation>
    </message>
    <message>
        <source>The swarm was created on %1 but its join tokens could not be read: %2</source>
        <translation>%1에 스웜을 만들었지만 참가 토큰을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>join tokens read (they are secrets and are not shown)</source>
        <translation>참가 토큰을 읽었습니다(비밀이므로 표시하지 않음)</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>joining as %1 through %2, advertising %3</source>
        <translation>%2을(를) 통해 %1(으)로 참가하는 중, %3 알림</translation>
    </message>
    <message>
        <source>joined as %1 (joined ID %2)</source>
        <translation>%1(으)로 참가함(참가 ID %2)</translation>
    </message>
    <message>
        <source>%1 joined but GET /info names no swarm node ID.</source>
        <translation>%1이(가) 참가했지만 GET /info에 스웜 노드 ID가 없습니다.</translation>
    </message>
    <message>
        <source>waiting until the leader lists it ready and active</source>
        <translation>리더가 준비 및 활성 상태로 표시할 때까지 대기 중</translation>
    </message>
    <message>
        <source>%1, %2, %3%4, Docker %5</source>
        <translation>%1, %2, %3%4, Docker %5</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation> (리더)</translation>
    </message>
    <message>
        <source>Swarm of %1 nodes (%2 managers) formed in %3 s; %4 leads it.</source>
        <translation>노드 %1개(관리자 노드 %2개)로 된 스웜을 %3초 만에 구성했습니다. %4이(가) 리더입니다.</translation>
    </message>
    <message>
        <source>Swarm formed with %1 of %2 nodes; failed: %3.</source>
        <translation>노드 %2개 중 %1개로 스웜을 구성했습니다. 실패: %3.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>목록에 없음</translation>
    </message>
    <message>
        <source>state %1, availability %2%3</source>
        <translation>상태 %1, 가용성 %2%3</translation>
    </message>
    <message>
        <source>, manager %1</source>
        <translation>, 관리자 %1</translation>
    </message>
    <message>
        <source>%1 joined but the leader did not list it ready and active within %2 s (%3)%4. Check that the nodes reach each other on their private addresses (2377/tcp, 7946/tcp+udp, 4789/udp).</source>
        <translation>%1이(가) 참가했지만 리더가 %2초 안에 준비 및 활성 상태로 표시하지 않았습니다(%3)%4. 노드끼리 사설 주소로 연결되는지(2377/tcp, 7946/tcp+udp, 4789/udp) 확인하세요.</translation>
    </message>
    <message>
        <source>The swarm did not become ready within %1 s.</source>
        <translation>스웜이 %1초 안에 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 nodes had joined the swarm.</source>
        <translation>취소됨: 노드 %2개 중 %1개가 스웜에 참가했습니다.</translation>
    </message>
    <message>
        <source>The node name %1 is given twice: it is in the swarm already and cannot join it again.</source>
        <translation>노드 이름 %1이(가) 두 번 주어졌습니다. 이미 스웜에 있으므로 다시 참여할 수 없습니다.</translation>
    </message>
    <message>
        <source>No node of the swarm answered as a manager, so nothing joined it: %1</source>
        <translation>스웜의 어떤 노드도 매니저로 응답하지 않아 아무것도 참여하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>asking %1 whether it manages the swarm</source>
        <translation>%1에 스웜을 관리하는지 묻는 중</translation>
    </message>
    <message>
        <source>%1 is not in an active swarm (its swarm state is &apos;%2&apos;)</source>
        <translation>%1은(는) 활성 스웜에 있지 않습니다(스웜 상태 &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 is a worker, not a manager</source>
        <translation>%1은(는) 매니저가 아니라 워커입니다</translation>
    </message>
    <message>
        <source>%1 names no swarm address in GET /info</source>
        <translation>%1의 GET /info에 스웜 주소가 없습니다</translation>
    </message>
    <message>
        <source>%1 manages the swarm (Docker %2, swarm address %3)</source>
        <translation>%1이(가) 스웜을 관리합니다(Docker %2, 스웜 주소 %3)</translation>
    </message>
    <message>
        <source>No new node can join the swarm of %1.</source>
        <translation>%1의 스웜에 참여할 수 있는 새 노드가 없습니다.</translation>
    </message>
    <message>
        <source>The join token could not be read from the manager %1: %2</source>
        <translation>매니저 %1에서 참여 토큰을 읽지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s) joined the swarm in %1 s (asked %2).</source>
        <translation>
            <numerusform>새 노드 %n개가 %1초 만에 스웜에 참여했습니다(물어본 노드 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 new nodes joined the swarm; failed: %3.</source>
        <translation>새 노드 %2개 중 %1개가 스웜에 참여했습니다. 실패: %3.</translation>
    </message>
</context>
<context>
    <name>dockervm::docker::SwarmStatus</name>
    <message>
        <source>%1 is not part of a swarm.</source>
        <translation>%1은(는) 스웜에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is a swarm worker; only managers know the swarm&apos;s nodes. Ask the leader.</source>
        <translation>%1은(는) 스웜 워커입니다. 스웜의 노드는 관리자 노드만 압니다. 리더에 요청하세요.</translation>
    </message>
    <message>
        <source>%1 is not yet an active swarm member (its state is &apos;%2&apos;); only active managers know the swarm&apos;s nodes. Ask the leader.</source>
        <translation>%1은(는) 아직 활성 스웜 구성원이 아닙니다(상태 &apos;%2&apos;). 스웜의 노드는 활성 관리자 노드만 압니다. 리더에 요청하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::i18n::Language</name>
    <message>
        <source>%1 needs a language: ko (Korean) or en (English).</source>
        <translation>%1에는 언어를 지정해야 합니다: ko(한국어) 또는 en(영어).</translation>
    </message>
    <message>
        <source>%1 %2: no such language. Choose ko (Korean) or en (English).</source>
        <translation>%1 %2: 지원하지 않는 언어입니다. ko(한국어) 또는 en(영어)을 선택하세요.</translation>
    </message>
    <message>
        <source>Show texts in this language: ko (Korean) or en (English). Default: the DOCKER_VM_LANG environment variable, else the system&apos;s language.</source>
        <translation>이 언어로 텍스트를 표시합니다: ko(한국어) 또는 en(영어). 기본값: DOCKER_VM_LANG 환경 변수, 없으면 시스템 언어.</translation>
    </message>
</context>
<context>
    <name>dockervm::identity::ArmAccountStore</name>
    <message>
        <source>Cannot read the list of Azure sign-ins “%1”: %2.</source>
        <translation>Azure 로그인 목록 “%1”을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The list of Azure sign-ins “%1” is damaged (%2). Move it away and sign in again.</source>
        <translation>Azure 로그인 목록 “%1”이(가) 손상되었습니다(%2). 다른 곳으로 옮기고 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>No Azure subscription has the id or name “%1”. Sign in again or pick one from the list of accounts.</source>
        <translation>ID나 이름이 “%1”인 Azure 구독이 없습니다. 다시 로그인하거나 계정 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Several Azure subscriptions are named “%1” (%2); give the id instead.</source>
        <translation>이름이 “%1”인 Azure 구독이 여러 개입니다(%2). 대신 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>No keychain service is available (no Secret Service on the session bus), so Azure sign-in tokens are kept in owner-only files in %1. Install and unlock a keyring such as gnome-keyring to keep them in the keychain.</source>
        <translation>사용할 수 있는 키체인 서비스가 없어서(세션 버스에 Secret Service 없음) Azure 로그인 토큰을 %1의 소유자 전용 파일에 보관합니다. 키체인에 보관하려면 gnome-keyring 같은 키링을 설치하고 잠금 해제하세요.</translation>
    </message>
    <message>
        <source>Cannot store the Azure sign-in of %1 in %2: %3</source>
        <translation>%1의 Azure 로그인을 %2에 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The sign-in names no user or tenant; nothing was saved. Sign in again.</source>
        <translation>로그인에 사용자나 테넌트가 없습니다. 아무것도 저장하지 않았습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The sign-in of %1 returned no refresh token (was offline_access granted?); nothing was saved.</source>
        <translation>%1의 로그인에서 새로 고침 토큰이 반환되지 않았습니다(offline_access가 허용되었나요?). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no Azure subscription in the tenants it can reach; nothing was saved. Ask for access to a subscription, then sign in again.</source>
        <translation>%1이(가) 접근할 수 있는 테넌트에 Azure 구독이 없습니다. 아무것도 저장하지 않았습니다. 구독 접근 권한을 요청한 후 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Subscription “%1” lacks an id or a tenant; nothing was saved.</source>
        <translation>구독 “%1”에 ID나 테넌트가 없습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>No saved sign-in of %1 for subscription “%2”. Sign in again.</source>
        <translation>구독 “%2”에 대해 저장된 %1의 로그인이 없습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Cannot read the saved sign-in of %1 from %2: %3</source>
        <translation>%2에서 저장된 %1의 로그인을 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>No Azure subscription has the id “%1”; nothing was removed.</source>
        <translation>ID가 “%1”인 Azure 구독이 없습니다. 아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <source>The subscription was forgotten, but the sign-in token of %1 could not be deleted from %2: %3</source>
        <translation>구독을 삭제했지만 %2에서 %1의 로그인 토큰을 지울 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>dockervm::identity::DeviceCodeFlow</name>
    <message>
        <source>The sign-in code %1 expired before the sign-in was finished in the browser. Start the sign-in again for a new code.</source>
        <translation>브라우저에서 로그인을 마치기 전에 로그인 코드 %1이(가) 만료되었습니다. 새 코드를 받으려면 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The sign-in server %1 sent a device code reply without user_code, device_code, an http(s) verification_uri or expires_in. Check the authority URL.</source>
        <translation>로그인 서버 %1이(가) user_code, device_code, http(s) verification_uri 또는 expires_in이 없는 디바이스 코드 응답을 보냈습니다. 기관(authority) URL을 확인하세요.</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a web browser and enter the code %2.</source>
        <translation>로그인하려면 웹 브라우저에서 %1을(를) 열고 코드 %2을(를) 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1(%n번 시도한 후 포기).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in server %1 finished the sign-in with a reply it cannot use: %2</source>
        <translation>로그인 서버 %1이(가) 사용할 수 없는 응답으로 로그인을 끝냈습니다: %2</translation>
    </message>
    <message>
        <source>The sign-in code expired before the sign-in was finished in the browser (%1). Start the sign-in again for a new code.</source>
        <translation>브라우저에서 로그인을 마치기 전에 로그인 코드가 만료되었습니다(%1). 새 코드를 받으려면 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (%1). Start it again and accept to continue.</source>
        <translation>브라우저에서 로그인이 거부되었습니다(%1). 다시 시작하고 동의하여 계속하세요.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID does not know this sign-in code (%1). Start the sign-in again.</source>
        <translation>Microsoft Entra ID가 이 로그인 코드를 알지 못합니다(%1). 로그인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in (%1). Start it again; if it keeps failing, check that the account may sign in to tenant “%2”.</source>
        <translation>Microsoft Entra ID가 로그인을 거부했습니다(%1). 다시 시작하세요. 계속 실패하면 계정이 테넌트 “%2”에 로그인할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the application %1 (%2). Use an app registration that allows public client flows.</source>
        <translation>Microsoft Entra ID가 애플리케이션 %1을(를) 거부했습니다(%2). 공용 클라이언트 흐름을 허용하는 앱 등록을 사용하세요.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in with “%1” (%2). Check the tenant and the application, then start again.</source>
        <translation>Microsoft Entra ID가 “%1”(으)로 로그인을 거부했습니다(%2). 테넌트와 애플리케이션을 확인한 후 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::identity::Http</name>
    <message>
        <source>The token reply carries no access_token.</source>
        <translation>토큰 응답에 access_token이 없습니다.</translation>
    </message>
    <message>
        <source>The token reply is of type “%1”, not Bearer.</source>
        <translation>토큰 응답 형식이 Bearer가 아니라 “%1”입니다.</translation>
    </message>
    <message>
        <source>Cannot read the CA file “%1” given for the sign-in server: %2. Check the path or leave it out to trust only the system&apos;s CAs.</source>
        <translation>로그인 서버용으로 지정한 CA 파일 “%1”을(를) 읽을 수 없습니다: %2. 경로를 확인하거나, 시스템 CA만 신뢰하려면 지정하지 마세요.</translation>
    </message>
    <message>
        <source>The CA file “%1” given for the sign-in server holds no PEM certificate. Pass a PEM file (-----BEGIN CERTIFICATE-----).</source>
        <translation>로그인 서버용으로 지정한 CA 파일 “%1”에 PEM 인증서가 없습니다. PEM 파일(-----BEGIN CERTIFICATE-----)을 지정하세요.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time. Check the network connection and try again.</source>
        <translation>로그인 서버 %1이(가) 제시간에 응답하지 않았습니다. 네트워크 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The TLS connection to the sign-in server %1 failed (%2). If it uses its own CA (Azure Stack Hub, a test server), pass that CA file.</source>
        <translation>로그인 서버 %1에 대한 TLS 연결에 실패했습니다(%2). 자체 CA를 사용하는 서버라면(Azure Stack Hub, 테스트 서버) 해당 CA 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server %1: %2. Check the network connection and the authority URL, then try again.</source>
        <translation>로그인 서버 %1에 연결할 수 없습니다: %2. 네트워크 연결과 기관(authority) URL을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The sign-in server %1 answered HTTP %2 (%3) with something that is not an OAuth reply. Check the authority URL (a proxy or captive portal may be in the way).</source>
        <translation>로그인 서버 %1이(가) HTTP %2(%3)(으)로 OAuth 응답이 아닌 것을 보냈습니다. 기관(authority) URL을 확인하세요(프록시나 종속 포털이 중간에 있을 수 있음).</translation>
    </message>
</context>
<context>
    <name>dockervm::identity::TokenManager</name>
    <message>
        <source>There is no saved sign-in for tenant %1. Sign in again.</source>
        <translation>테넌트 %1에 대해 저장된 로그인이 없습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The sign-in server %1 answered the token refresh with a reply it cannot use: %2</source>
        <translation>로그인 서버 %1이(가) 토큰 새로 고침에 사용할 수 없는 응답을 보냈습니다: %2</translation>
    </message>
    <message>
        <source>The saved sign-in for tenant %1 no longer works (%2). Sign in again.</source>
        <translation>테넌트 %1에 대해 저장된 로그인이 더 이상 작동하지 않습니다(%2). 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The sign-in server %1 is not available right now (%2). Try again later.</source>
        <translation>로그인 서버 %1을(를) 지금 사용할 수 없습니다(%2). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The sign-in server %1 refused to refresh the access token with “%2” (%3). Check the application id and the tenant.</source>
        <translation>로그인 서버 %1이(가) “%2”(으)로 액세스 토큰 새로 고침을 거부했습니다(%3). 애플리케이션 ID와 테넌트를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::privatefile</name>
    <message>
        <source>Cannot create the folder “%1”. Check that its parent is writable.</source>
        <translation>폴더 “%1”을(를) 만들 수 없습니다. 상위 폴더가 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1” private to you (mode 0700), so no private key is written there.</source>
        <translation>폴더 “%1”을(를) 본인 전용(모드 0700)으로 만들 수 없으므로 개인 키를 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>“%1”을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Cannot make “%1” readable only by you (mode 0600); nothing was written.</source>
        <translation>“%1”을(를) 본인만 읽을 수 있게(모드 0600) 만들 수 없습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::provision::UnfinishedRuns</name>
    <message>
        <source>%1 (started %2): %3</source>
        <translation>%1(시작 %2): %3</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>아직 기록된 것 없음</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 제거했습니다.</translation>
    </message>
    <message>
        <source>Kept on purpose: %1.</source>
        <translation>의도적으로 유지: %1.</translation>
    </message>
    <message>
        <source>Still there: %1.</source>
        <translation>아직 남음: %1.</translation>
    </message>
    <message>
        <source>%1 (made with the %2 account %3: select it to clean up)</source>
        <translation>%1(%2 계정 %3(으)로 만듦: 정리하려면 그 계정을 선택하세요)</translation>
    </message>
    <message>
        <source>%1 (made with subscription %2: select it to clean up)</source>
        <translation>%1(구독 %2(으)로 만듦: 정리하려면 그 구독을 선택하세요)</translation>
    </message>
</context>
<context>
    <name>dockervm::sim::ArmSimulator</name>
    <message>
        <source>the ARM simulator cannot listen on %1 port %2: %3</source>
        <translation>ARM 시뮬레이터가 %1 포트 %2에서 수신할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>dockervm::sim::AzureSimulator</name>
    <message>
        <source>cannot set the permissions of %1: %2</source>
        <translation>%1의 권한을 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the simulator&apos;s client certificate could not be loaded</source>
        <translation>시뮬레이터의 클라이언트 인증서를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>the Azure simulator cannot listen on %1 port %2: %3</source>
        <translation>Azure 시뮬레이터가 %1 포트 %2에서 수신할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>the simulator has not been started, so it has no subscription yet</source>
        <translation>시뮬레이터가 시작되지 않아 아직 구독이 없습니다</translation>
    </message>
    <message>
        <source>the simulator has not been started, so it has no CA yet</source>
        <translation>시뮬레이터가 시작되지 않아 아직 CA가 없습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::sim::DemoEnvironment</name>
    <message>
        <source>Demo mode only talks to this computer: the request to %1 was refused before it left.</source>
        <translation>데모 모드는 이 컴퓨터하고만 통신합니다. %1에 대한 요청은 보내기 전에 거부했습니다.</translation>
    </message>
    <message>
        <source>Demo mode needs a temporary folder, but none could be created in %1: %2. Free some space or set TMPDIR.</source>
        <translation>데모 모드에는 임시 폴더가 필요하지만 %1에 만들 수 없습니다: %2. 공간을 확보하거나 TMPDIR을 설정하세요.</translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation>데모 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Demo Subscription</source>
        <translation>데모 구독</translation>
    </message>
    <message>
        <source>The demo&apos;s Azure simulator did not start: %1</source>
        <translation>데모용 Azure 시뮬레이터가 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo subscription to %1: %2</source>
        <translation>데모 구독을 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot remember the demo subscription: %1</source>
        <translation>데모 구독을 기억할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s Azure Resource Manager simulator did not start: %1</source>
        <translation>데모용 Azure Resource Manager 시뮬레이터가 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s Entra ID simulator did not start: %1</source>
        <translation>데모용 Entra ID 시뮬레이터가 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo&apos;s certificate authority to %1: %2</source>
        <translation>데모의 인증 기관을 %1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>dockervm::sim::DockerHost</name>
    <message>
        <source>the simulated Docker host has no server certificate (PEM)</source>
        <translation>시뮬레이션된 Docker 호스트에 서버 인증서(PEM)가 없습니다</translation>
    </message>
    <message>
        <source>the simulated Docker host&apos;s server key is not a PEM RSA or EC key</source>
        <translation>시뮬레이션된 Docker 호스트의 서버 키가 PEM RSA 또는 EC 키가 아닙니다</translation>
    </message>
    <message>
        <source>the simulated Docker host needs a CA (PEM) to verify clients against</source>
        <translation>시뮬레이션된 Docker 호스트에는 클라이언트를 검증할 CA(PEM)가 필요합니다</translation>
    </message>
</context>
<context>
    <name>dockervm::sim::HttpServer</name>
    <message>
        <source>connection failed during the TLS handshake</source>
        <translation>TLS 핸드셰이크 중에 연결이 실패했습니다</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ConnectionPage</name>
    <message>
        <source>Connect to Docker</source>
        <translation>Docker에 연결</translation>
    </message>
    <message>
        <source>Checks over TLS, stage by stage, that Docker answers with your certificates.</source>
        <translation>TLS를 통해 Docker가 내 인증서로 응답하는지 단계별로 확인합니다.</translation>
    </message>
    <message>
        <source>myhost.cloudapp.net</source>
        <translation>myhost.cloudapp.net</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>포트(&amp;R):</translation>
    </message>
    <message>
        <source>Cert&amp;ificate folder:</source>
        <translation>인증서 폴더(&amp;I):</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>확인(&amp;K)</translation>
    </message>
    <message>
        <source>Docker host to check</source>
        <translation>확인할 Docker 호스트</translation>
    </message>
    <message>
        <source>Docker port</source>
        <translation>Docker 포트</translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation>인증서 폴더</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <source>the Port field on this page</source>
        <translation>이 페이지의 포트 필드</translation>
    </message>
    <message>
        <source>the Docker port on the Docker page</source>
        <translation>Docker 페이지의 Docker 포트</translation>
    </message>
    <message>
        <source>the Certificate folder field on this page</source>
        <translation>이 페이지의 인증서 폴더 필드</translation>
    </message>
    <message>
        <source>the certificate folder on the Docker page</source>
        <translation>Docker 페이지의 인증서 폴더</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ConnectionPanel</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Docker host:</source>
        <translation>Docker 호스트:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Stages of the connection check</source>
        <translation>연결 확인 단계</translation>
    </message>
    <message>
        <source>Docker version:</source>
        <translation>Docker 버전:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API 버전:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>운영 체제:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>커널:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>아키텍처:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>메모리:</translation>
    </message>
    <message>
        <source>Storage driver:</source>
        <translation>스토리지 드라이버:</translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation>컨테이너:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>서버(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use from a terminal</source>
        <translation>터미널에서 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Attempt &amp;log</source>
        <translation>시도 기록(&amp;L)</translation>
    </message>
    <message>
        <source>Attempt log</source>
        <translation>시도 기록</translation>
    </message>
    <message>
        <source>Details of the selected stage</source>
        <translation>선택한 단계의 세부 정보</translation>
    </message>
    <message>
        <source>Docker co&amp;mmand:</source>
        <translation>Docker 명령(&amp;M):</translation>
    </message>
    <message>
        <source>docker info command</source>
        <translation>docker info 명령</translation>
    </message>
    <message>
        <source>En&amp;vironment for:</source>
        <translation>환경(&amp;V):</translation>
    </message>
    <message>
        <source>Shell for the environment variables</source>
        <translation>환경 변수용 셸</translation>
    </message>
    <message>
        <source>Copy &amp;environment</source>
        <translation>환경 복사(&amp;E)</translation>
    </message>
    <message>
        <source>Copy the environment variables</source>
        <translation>환경 변수 복사</translation>
    </message>
    <message>
        <source>Environment variables for the chosen shell</source>
        <translation>선택한 셸의 환경 변수</translation>
    </message>
    <message>
        <source>Context n&amp;ame:</source>
        <translation>컨텍스트 이름(&amp;A):</translation>
    </message>
    <message>
        <source>Docker context name</source>
        <translation>Docker 컨텍스트 이름</translation>
    </message>
    <message>
        <source>Create docker conte&amp;xt</source>
        <translation>docker 컨텍스트 만들기(&amp;X)</translation>
    </message>
    <message>
        <source>Create a docker context for this host</source>
        <translation>이 호스트의 docker 컨텍스트 만들기</translation>
    </message>
    <message>
        <source>docker context create command</source>
        <translation>docker context create 명령</translation>
    </message>
    <message>
        <source>Cop&amp;y command</source>
        <translation>명령 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the docker context create command</source>
        <translation>docker context create 명령 복사</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Run the connection check again</source>
        <translation>연결 확인을 다시 실행</translation>
    </message>
    <message>
        <source>Retry the connection check</source>
        <translation>연결 확인 다시 시도</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>중지(&amp;P)</translation>
    </message>
    <message>
        <source>Stop the connection check</source>
        <translation>연결 확인 중지</translation>
    </message>
    <message>
        <source>Copy &amp;docker command</source>
        <translation>docker 명령 복사(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the docker info command for the chosen shell</source>
        <translation>선택한 셸용 docker info 명령 복사</translation>
    </message>
    <message>
        <source>Copy the docker info command</source>
        <translation>docker info 명령 복사</translation>
    </message>
    <message>
        <source>Open certificate f&amp;older</source>
        <translation>인증서 폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Open the certificate folder</source>
        <translation>인증서 폴더 열기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>The docker command</source>
        <translation>docker 명령</translation>
    </message>
    <message>
        <source>The environment for %1</source>
        <translation>%1용 환경</translation>
    </message>
    <message>
        <source>Creating docker context &apos;%1&apos;…</source>
        <translation>docker 컨텍스트 &apos;%1&apos; 만드는 중…</translation>
    </message>
    <message>
        <source>The docker context command</source>
        <translation>docker 컨텍스트 명령</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>연결되었습니다.</translation>
    </message>
    <message>
        <source>Not connected: %1 failed.</source>
        <translation>연결되지 않음: %1 실패.</translation>
    </message>
    <message>
        <source>No Docker host to check yet.</source>
        <translation>아직 확인할 Docker 호스트가 없습니다.</translation>
    </message>
    <message>
        <source>Not checked yet: %1.</source>
        <translation>아직 확인하지 않음: %1.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every stage passed. Select a stage to see what was checked.</source>
        <translation>모든 단계를 통과했습니다. 확인한 내용을 보려면 단계를 선택하세요.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1 — %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>%1 (using %2)</source>
        <translation>%1(%2 사용)</translation>
    </message>
    <message>
        <source>, oldest %1</source>
        <translation>, 최소 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 running, %2 paused, %3 stopped</source>
        <translation>실행 중 %1, 일시 중지 %2, 중지됨 %3</translation>
    </message>
    <message>
        <source>%1 is on the clipboard.</source>
        <translation>%1을(를) 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager. Open it yourself; it holds ca.pem, cert.pem and key.pem.</source>
        <translation>파일 관리자에서 %1을(를) 열 수 없습니다. 직접 여세요. ca.pem, cert.pem, key.pem이 들어 있습니다.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Nodes of the swarm</source>
        <translation>스웜의 노드</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>새로 고침(&amp;H)</translation>
    </message>
    <message>
        <source>Ask the swarm&apos;s leader for its nodes again</source>
        <translation>스웜의 리더에게 노드 목록을 다시 묻습니다</translation>
    </message>
    <message>
        <source>Refresh the swarm&apos;s nodes from the leader</source>
        <translation>리더에게서 스웜의 노드를 새로 읽기</translation>
    </message>
    <message>
        <source>S&amp;warm</source>
        <translation>스웜(&amp;W)</translation>
    </message>
    <message>
        <source>%1 (private %2)</source>
        <translation>%1 (사설 %2)</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>failed: not in the swarm</source>
        <translation>실패: 스웜에 없음</translation>
    </message>
    <message>
        <source>not listed by the leader</source>
        <translation>리더의 목록에 없음</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: 실패: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>A partial swarm: the run kept the hosts that work. Failed and removed: %1. Add hosts later with `docker-vm swarm add %2`, or delete it all with `docker-vm delete %2`.</source>
        <translation>일부만 있는 스웜: 이번 실행은 동작하는 호스트를 남겼습니다. 실패해서 제거된 호스트: %1. 나중에 `docker-vm swarm add %2`로 호스트를 추가하거나 `docker-vm delete %2`로 모두 삭제하세요.</translation>
    </message>
    <message>
        <source>The docker command, the environment and the docker context on &quot;Use from a terminal&quot; are for the leader %1 (%2): there `docker node ls` lists the nodes and `docker service create` starts services on the whole swarm.</source>
        <translation>&quot;터미널에서 사용&quot;의 docker 명령, 환경 변수와 docker 컨텍스트는 리더 %1 (%2)용입니다. 거기서 `docker node ls`는 노드를 나열하고 `docker service create`는 스웜 전체에 서비스를 시작합니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::DockerPage</name>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>The port Docker listens on with TLS, and the folder with the certificates that let you in.</source>
        <translation>Docker가 TLS로 수신하는 포트와, 접속을 허용하는 인증서가 있는 폴더입니다.</translation>
    </message>
    <message>
        <source>Docker &amp;port:</source>
        <translation>Docker 포트(&amp;P):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Certificate &amp;folder:</source>
        <translation>인증서 폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Demo mode proposes a temporary folder, so nothing is written to your real ~/.docker unless you choose it here.</source>
        <translation>데모 모드에서는 임시 폴더를 제안하므로, 여기서 직접 선택하지 않는 한 실제 ~/.docker에는 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation>인증서 폴더</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ImagePage</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Loading the image list…</source>
        <translation>이미지 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>No Linux image matches “%1”. Change the filter.</source>
        <translation>“%1”과(와) 일치하는 Linux 이미지가 없습니다. 필터를 바꾸세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>이미지 %n개가 일치합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operating system of the VM, newest first. Images marked with a warning cannot be used: its tool tip says why.</source>
        <translation>VM의 운영 체제입니다(최신순). 경고 표시가 있는 이미지는 사용할 수 없으며, 그 이유는 도구 설명에 나옵니다.</translation>
    </message>
    <message>
        <source>Part of the image name or label</source>
        <translation>이미지 이름 또는 레이블의 일부</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ImageTableModel</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1GB</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>지원되지 않음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1: %2. Choose another image.</source>
        <translation>%1: %2. 다른 이미지를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ProgressPage</name>
    <message>
        <source>not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Creating the Docker host</source>
        <translation>Docker 호스트 만드는 중</translation>
    </message>
    <message>
        <source>This takes a few minutes on Azure. Cancel removes what was created so far.</source>
        <translation>Azure에서는 몇 분 걸립니다. 취소하면 지금까지 만든 것을 제거합니다.</translation>
    </message>
    <message>
        <source>Provisioning steps</source>
        <translation>프로비저닝 단계</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>로그(&amp;L):</translation>
    </message>
    <message>
        <source>Cancel and &amp;remove what was created</source>
        <translation>취소하고 만든 것 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>처음부터 다시(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removing what was created</source>
        <translation>만든 것을 제거하는 중</translation>
    </message>
    <message>
        <source>Creation cancelled</source>
        <translation>만들기가 취소되었습니다</translation>
    </message>
    <message>
        <source>The Docker host could not be created</source>
        <translation>Docker 호스트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>The Docker host is ready</source>
        <translation>Docker 호스트가 준비되었습니다</translation>
    </message>
    <message>
        <source>Removing what was created…</source>
        <translation>만든 것을 제거하는 중…</translation>
    </message>
    <message>
        <source>Removing what this run created, newest first; this can take a few minutes on Azure.</source>
        <translation>이번 실행에서 만든 것을 최신 항목부터 제거하는 중입니다. Azure에서는 몇 분 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <source>What this run had created and what was removed is listed below. Start over keeps your choices.</source>
        <translation>이번 실행에서 만든 것과 제거된 것이 아래에 나열됩니다. 처음부터 다시 하면 선택한 내용이 유지됩니다.</translation>
    </message>
    <message>
        <source>What failed, and what was removed, is listed below. Start over keeps your choices.</source>
        <translation>실패한 작업과 제거된 것이 아래에 나열됩니다. 처음부터 다시 하면 선택한 내용이 유지됩니다.</translation>
    </message>
    <message>
        <source>Docker answered over TLS. Next checks the connection as your Docker client will.</source>
        <translation>Docker가 TLS로 응답했습니다. 다음을 누르면 Docker 클라이언트와 같은 방식으로 연결을 확인합니다.</translation>
    </message>
    <message>
        <source>Shared by the hosts</source>
        <translation>호스트 공통</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>스웜</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>Creating the Docker hosts</source>
        <translation>Docker 호스트를 만드는 중</translation>
    </message>
    <message>
        <source>The swarm is ready</source>
        <translation>스웜이 준비되었습니다</translation>
    </message>
    <message>
        <source>The swarm&apos;s hosts answered Docker over TLS. Next checks the leader as your Docker client will and lists the swarm&apos;s nodes.</source>
        <translation>스웜의 호스트가 TLS로 Docker에 응답했습니다. 다음은 Docker 클라이언트처럼 리더를 확인하고 스웜의 노드를 나열합니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::RegionPage</name>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Where the VM runs. Choose the region closest to you or to your users.</source>
        <translation>VM이 실행되는 곳입니다. 본인이나 사용자와 가장 가까운 지역을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>지역(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Loading the regions of %1…</source>
        <translation>%1의 지역을 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) offer virtual machines.</source>
        <translation>
            <numerusform>지역 %n개에서 가상 머신을 제공합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Create makes these resources in Azure. The same can be done from a shell with either command below.</source>
        <translation>만들기를 누르면 Azure에 다음 리소스가 만들어집니다. 셸에서 아래 명령 중 하나로도 같은 작업을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The 2014 &amp;azure command (password masked):</source>
        <translation>2014년 &amp;azure 명령(암호 가림):</translation>
    </message>
    <message>
        <source>Copy the azure command line</source>
        <translation>azure 명령줄 복사</translation>
    </message>
    <message>
        <source>The &amp;docker-vm command (asks for the password):</source>
        <translation>&amp;docker-vm 명령(암호를 물어봄):</translation>
    </message>
    <message>
        <source>Copy the docker-vm command line</source>
        <translation>docker-vm 명령줄 복사</translation>
    </message>
    <message>
        <source>Demo mode: Create runs against the simulator; nothing is billed.</source>
        <translation>데모 모드: 만들기는 시뮬레이터를 대상으로 실행되며 요금이 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>Billing starts when the VM is created. Cancel on the next page removes what was made so far.</source>
        <translation>VM을 만들면 요금 청구가 시작됩니다. 다음 페이지에서 취소하면 지금까지 만든 것을 제거합니다.</translation>
    </message>
    <message>
        <source>Create makes these resources in Azure. The same can be done from a shell with the command below.</source>
        <translation>만들기를 누르면 Azure에 다음 리소스가 만들어집니다. 셸에서 아래 명령으로도 같은 작업을 할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::SetupWizard</name>
    <message>
        <source>Demo mode</source>
        <translation>데모 모드</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop creating the Docker host?</source>
        <translation>Docker 호스트 만들기를 중지할까요?</translation>
    </message>
    <message>
        <source>&amp;Stop and remove</source>
        <translation>중지하고 제거(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep creating</source>
        <translation>계속 만들기(&amp;K)</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>마법사를 닫을까요?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>머무르기(&amp;S)</translation>
    </message>
    <message>
        <source>What you entered for the new Docker host (its name and password) is lost when the wizard closes.</source>
        <translation>마법사를 닫으면 새 Docker 호스트에 대해 입력한 내용(이름과 암호)이 사라집니다.</translation>
    </message>
    <message>
        <source>Stop creating %1 and remove what this run made so far in the simulator (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation>%1 만들기를 중지하고 이 실행이 지금까지 시뮬레이터에 만든 것(진행 페이지의 모든 리소스)을 제거합니다. 제거하는 동안 마법사는 열려 있습니다.</translation>
    </message>
    <message>
        <source>Stop creating %1 and remove what this run made so far in Azure (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation>%1 만들기를 중지하고 이 실행이 지금까지 Azure에 만든 것(진행 페이지의 모든 리소스)을 제거합니다. 제거하는 동안 마법사는 열려 있습니다.</translation>
    </message>
    <message>
        <source>In Azure, the virtual machine %1 would keep running after the wizard closes, and be billed until you delete it. (Demo mode: nothing was created or billed.)</source>
        <translation>Azure에서는 마법사를 닫은 후에도 가상 머신 %1이(가) 계속 실행되며, 삭제할 때까지 요금이 청구됩니다. (데모 모드: 아무것도 만들지 않았고 요금도 청구되지 않았습니다.)</translation>
    </message>
    <message>
        <source>The virtual machine %1 keeps running after the wizard closes, and is billed by the minute until you delete it with what was created for it (in the Azure portal, or with docker-vm delete %2).</source>
        <translation>마법사를 닫은 후에도 가상 머신 %1은(는) 계속 실행되며, 가상 머신과 함께 만든 리소스를 삭제할 때까지(Azure Portal에서 또는 docker-vm delete %2로) 분 단위로 요금이 청구됩니다.</translation>
    </message>
    <message>
        <source>%1-1 … %1-%2</source>
        <translation>%1-1 … %1-%2</translation>
    </message>
    <message>
        <source>Stop creating the swarm?</source>
        <translation>스웜 만들기를 중지할까요?</translation>
    </message>
    <message>
        <source>Stop creating the swarm %1 (hosts %2) and remove what this run made so far in the simulator (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation>스웜 %1(호스트 %2) 만들기를 중지하고 이 실행이 지금까지 시뮬레이터에 만든 것(진행 페이지의 모든 리소스)을 제거합니다. 제거하는 동안 마법사는 열려 있습니다.</translation>
    </message>
    <message>
        <source>Stop creating the swarm %1 (hosts %2) and remove what this run made so far in Azure (every resource on the progress page). The wizard stays open while they are removed.</source>
        <translation>스웜 %1(호스트 %2) 만들기를 중지하고 이 실행이 지금까지 Azure에 만든 것(진행 페이지의 모든 리소스)을 제거합니다. 제거하는 동안 마법사는 열려 있습니다.</translation>
    </message>
    <message>
        <source>In Azure, the virtual machines of the swarm %1 (%2) would keep running after the wizard closes, and be billed until you delete them. (Demo mode: nothing was created or billed.)</source>
        <translation>Azure에서는 마법사를 닫은 후에도 스웜 %1의 가상 머신(%2)이 계속 실행되며, 삭제할 때까지 요금이 청구됩니다. (데모 모드: 아무것도 만들지 않았고 요금도 청구되지 않았습니다.)</translation>
    </message>
    <message>
        <source>The virtual machines of the swarm %1 (%2) keep running after the wizard closes, and are billed by the minute until you delete them with what was created for them (in the Azure portal, or with docker-vm delete %1).</source>
        <translation>마법사를 닫은 후에도 스웜 %1의 가상 머신(%2)은 계속 실행되며, 가상 머신과 함께 만든 리소스를 삭제할 때까지(Azure Portal에서 또는 docker-vm delete %1로) 분 단위로 요금이 청구됩니다.</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::SignInPage</name>
    <message>
        <source>Sign in to Azure</source>
        <translation>Azure에 로그인</translation>
    </message>
    <message>
        <source>Sign in with your Microsoft Entra ID (work or school) account in any browser, on this computer or on your phone. The wizard never sees your password.</source>
        <translation>이 컴퓨터나 휴대폰의 아무 브라우저에서 Microsoft Entra ID(회사 또는 학교) 계정으로 로그인하세요. 마법사는 암호를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>로그인(&amp;S)…</translation>
    </message>
    <message>
        <source>Drop this code and ask for a new one.</source>
        <translation>이 코드를 버리고 새 코드를 요청합니다.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>로그인 코드</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>코드 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open sign-in page</source>
        <translation>로그인 페이지 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Subscri&amp;ption:</source>
        <translation>구독(&amp;P):</translation>
    </message>
    <message>
        <source>Signed-in subscriptions</source>
        <translation>로그인한 구독</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>고급(&amp;D)</translation>
    </message>
    <message>
        <source>Advanced sign-in settings</source>
        <translation>고급 로그인 설정</translation>
    </message>
    <message>
        <source>your home tenant</source>
        <translation>홈 테넌트</translation>
    </message>
    <message>
        <source>only the system&apos;s CAs</source>
        <translation>시스템 CA만</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Resource Manager endpoint:</source>
        <translation>Resource Manager 끝점(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>테넌트(&amp;T):</translation>
    </message>
    <message>
        <source>E&amp;xtra CA certificate (PEM):</source>
        <translation>추가 CA 인증서(PEM)(&amp;X):</translation>
    </message>
    <message>
        <source>For Azure Government, Azure operated by 21Vianet, Azure Stack Hub or a test server. Each saved subscription remembers where it signed in.</source>
        <translation>Azure Government, 21Vianet이 운영하는 Azure, Azure Stack Hub 또는 테스트 서버용입니다. 저장된 각 구독은 로그인한 곳을 기억합니다.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Choose the extra CA certificate</source>
        <translation>추가 CA 인증서 선택</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 인증서(*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <source>Sign-in page: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>로그인 페이지: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>다시 로그인(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2(%3)</translation>
    </message>
    <message>
        <source>Next: region, image and VM in the chosen subscription. It is also the command line&apos;s current account now, so the same host can be created from a shell with
    docker-vm create -l westus NAME UbuntuLTS USER
(your ~/.ssh/id_*.pub key when present, else a password; add --ssh-key FILE, --allow-from CIDR, -g GROUP).</source>
        <translation>다음: 선택한 구독의 지역, 이미지, VM. 이 계정은 이제 명령줄의 현재 계정이기도 하므로 셸에서 다음 명령으로 같은 호스트를 만들 수 있습니다.
    docker-vm create -l westus NAME UbuntuLTS USER
(~/.ssh/id_*.pub 키가 있으면 그 키를, 없으면 암호를 사용합니다. --ssh-key FILE, --allow-from CIDR, -g GROUP을 추가할 수 있습니다).</translation>
    </message>
    <message>
        <source>Start ov&amp;er</source>
        <translation>처음부터 다시(&amp;E)</translation>
    </message>
    <message>
        <source>Sign-in ser&amp;ver (authority):</source>
        <translation>로그인 서버(기관)(&amp;V):</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::SubscriptionPage</name>
    <message>
        <source>Azure subscription</source>
        <translation>Azure 구독</translation>
    </message>
    <message>
        <source>Import the .publishsettings file of your subscription, drop it here, or pick one imported before.</source>
        <translation>구독의 .publishsettings 파일을 가져오거나, 여기에 끌어다 놓거나, 전에 가져온 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Imported subscriptions:</source>
        <translation>가져온 구독(&amp;I):</translation>
    </message>
    <message>
        <source>Imported subscriptions</source>
        <translation>가져온 구독</translation>
    </message>
    <message>
        <source>I&amp;mport .publishsettings file…</source>
        <translation>.publishsettings 파일 가져오기(&amp;M)…</translation>
    </message>
    <message>
        <source>Where does this file come from?</source>
        <translation>이 파일은 어디서 받나요?</translation>
    </message>
    <message>
        <source>A .publishsettings file holds your subscription&apos;s id and a management certificate with its private key. Download it signed in to the Azure portal at &lt;a href=&quot;https://manage.windowsazure.com/publishsettings&quot;&gt;manage.windowsazure.com/publishsettings&lt;/a&gt;, or with &lt;tt&gt;azure account download&lt;/tt&gt;. Keep it private: anyone with the file can manage the subscription. The wizard keeps the key in a file only you can read.</source>
        <translation>.publishsettings 파일에는 구독 ID와 관리 인증서 및 개인 키가 들어 있습니다. Azure Portal에 로그인한 상태에서 &lt;a href=&quot;https://manage.windowsazure.com/publishsettings&quot;&gt;manage.windowsazure.com/publishsettings&lt;/a&gt;에서 다운로드하거나 &lt;tt&gt;azure account download&lt;/tt&gt;로 받으세요. 파일을 가진 사람은 누구나 구독을 관리할 수 있으므로 비공개로 보관하세요. 마법사는 키를 본인만 읽을 수 있는 파일에 보관합니다.</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>고급(&amp;D)</translation>
    </message>
    <message>
        <source>Advanced settings of the subscription</source>
        <translation>구독 고급 설정</translation>
    </message>
    <message>
        <source>None: the system&apos;s CA certificates</source>
        <translation>없음: 시스템 CA 인증서</translation>
    </message>
    <message>
        <source>Management endpoint CA certificate file</source>
        <translation>관리 끝점 CA 인증서 파일</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA 인증서 파일 선택</translation>
    </message>
    <message>
        <source>Management &amp;CA certificate:</source>
        <translation>관리 CA 인증서(&amp;C):</translation>
    </message>
    <message>
        <source>Only for a private management endpoint or a simulator with a CA of its own: the CA certificate (PEM) that signed its certificate. Remembered for this subscription.</source>
        <translation>자체 CA를 사용하는 사설 관리 끝점이나 시뮬레이터에만 필요합니다: 그 인증서에 서명한 CA 인증서(PEM). 이 구독에 대해 기억됩니다.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>클라우드:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>만료:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>가져온 위치:</translation>
    </message>
    <message>
        <source>Import a .publishsettings file</source>
        <translation>.publishsettings 파일 가져오기</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings)</source>
        <translation>게시 설정(*.publishsettings)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <source>CA certificate of the management endpoint</source>
        <translation>관리 끝점의 CA 인증서</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 인증서(*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>%1 (expired: upload a new management certificate)</source>
        <translation>%1(만료됨: 새 관리 인증서를 업로드하세요)</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::VirtualMachinePage</name>
    <message>
        <source>Virtual machine</source>
        <translation>가상 머신</translation>
    </message>
    <message>
        <source>Its DNS name, size and the account you sign in with over SSH.</source>
        <translation>DNS 이름, 크기, SSH로 로그인할 계정입니다.</translation>
    </message>
    <message>
        <source>3–24 letters, digits and hyphens</source>
        <translation>문자, 숫자, 하이픈 3–24자</translation>
    </message>
    <message>
        <source>&amp;DNS name:</source>
        <translation>DNS 이름(&amp;D):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>크기(&amp;Z):</translation>
    </message>
    <message>
        <source>e.g. azureuser</source>
        <translation>예: azureuser</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>암호 확인(&amp;F):</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>암호 규칙</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>SS&amp;H port:</source>
        <translation>SSH 포트(&amp;H):</translation>
    </message>
    <message>
        <source>Your host will be &lt;name&gt;.%1</source>
        <translation>호스트 이름은 &lt;이름&gt;.%1이 됩니다</translation>
    </message>
    <message>
        <source>Your host will be %1</source>
        <translation>호스트 이름은 %1이 됩니다</translation>
    </message>
    <message>
        <source>met: %1</source>
        <translation>충족: %1</translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation>충족 안 됨: %1</translation>
    </message>
    <message>
        <source>none: sign in with the password</source>
        <translation>없음: 암호로 로그인</translation>
    </message>
    <message>
        <source>SSH public key file</source>
        <translation>SSH 공개 키 파일</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the SSH public key file</source>
        <translation>SSH 공개 키 파일 선택</translation>
    </message>
    <message>
        <source>SSH public &amp;key:</source>
        <translation>SSH 공개 키(&amp;K):</translation>
    </message>
    <message>
        <source>* or an address range such as 203.0.113.0/24</source>
        <translation>* 또는 203.0.113.0/24 같은 주소 범위</translation>
    </message>
    <message>
        <source>&amp;Allow from:</source>
        <translation>허용할 원본(&amp;A):</translation>
    </message>
    <message>
        <source>optional: a new group named after the VM</source>
        <translation>선택 사항: VM 이름을 딴 새 그룹</translation>
    </message>
    <message>
        <source>Resource &amp;group:</source>
        <translation>리소스 그룹(&amp;G):</translation>
    </message>
    <message>
        <source>SSH public key</source>
        <translation>SSH 공개 키</translation>
    </message>
    <message>
        <source>SSH public keys (*.pub)</source>
        <translation>SSH 공개 키 (*.pub)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Any: the SSH and Docker ports can be reached from the whole internet, guarded by your SSH key or password and by Docker&apos;s mutual TLS. Enter your own address range to narrow it.</source>
        <translation>모두: SSH 및 Docker 포트에 인터넷 전체에서 접근할 수 있으며, SSH 키 또는 암호와 Docker 상호 TLS로 보호됩니다. 범위를 좁히려면 자신의 주소 범위를 입력하세요.</translation>
    </message>
    <message>
        <source>Only %1 can reach the SSH and Docker ports.</source>
        <translation>%1에서만 SSH 및 Docker 포트에 접근할 수 있습니다.</translation>
    </message>
    <message>
        <source>optional with an SSH key</source>
        <translation>SSH 키를 사용하면 선택 사항</translation>
    </message>
    <message>
        <source>Number of hosts</source>
        <translation>호스트 수</translation>
    </message>
    <message>
        <source>&amp;Managers:</source>
        <translation>관리자(&amp;M):</translation>
    </message>
    <message>
        <source>Number of swarm managers</source>
        <translation>스웜 관리자 수</translation>
    </message>
    <message>
        <source>Number of h&amp;osts:</source>
        <translation>호스트 수(&amp;O):</translation>
    </message>
    <message>
        <source>Remove everything</source>
        <translation>모두 제거</translation>
    </message>
    <message>
        <source>Keep the working swarm</source>
        <translation>동작하는 스웜 유지</translation>
    </message>
    <message>
        <source>If some hosts fai&amp;l:</source>
        <translation>일부 호스트가 실패하면(&amp;L):</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;이름&gt;</translation>
    </message>
    <message>
        <source>Hosts %1: one Docker swarm that %2 creates. Managers: %3, workers: %4.</source>
        <translation>호스트 %1: %2가 만드는 하나의 Docker 스웜. 관리자: %3, 워커: %4.</translation>
    </message>
    <message>
        <source>Your hosts will share %1, each with its own Docker and SSH ports</source>
        <translation>호스트들은 %1을(를) 함께 쓰며, 각자 Docker 포트와 SSH 포트를 가집니다</translation>
    </message>
    <message>
        <source>Your hosts will be %1 … %2</source>
        <translation>호스트는 %1 … %2이(가) 됩니다</translation>
    </message>
</context>
<context>
    <name>dockervm::ui::WelcomePage</name>
    <message>
        <source>Run Docker on an Azure virtual machine</source>
        <translation>Azure 가상 머신에서 Docker 실행</translation>
    </message>
    <message>
        <source>This wizard creates a Linux VM on Azure with Docker listening on a TLS-protected port, and checks that your computer can talk to it.</source>
        <translation>이 마법사는 Azure에 TLS로 보호되는 포트에서 Docker가 수신하는 Linux VM을 만들고, 이 컴퓨터에서 연결할 수 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Everything runs against a simulator on this computer: nothing is created in Azure, nothing is billed, and no request leaves this machine. Certificates go to a temporary folder unless you choose one.</source>
        <translation>&lt;b&gt;데모 모드.&lt;/b&gt; 모든 것이 이 컴퓨터의 시뮬레이터를 대상으로 실행됩니다. Azure에는 아무것도 만들어지지 않고, 요금이 청구되지 않으며, 어떤 요청도 이 컴퓨터 밖으로 나가지 않습니다. 인증서는 따로 선택하지 않으면 임시 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You choose an Azure subscription (from its &lt;i&gt;.publishsettings&lt;/i&gt; file), a region and an Ubuntu image.&lt;/li&gt;&lt;li&gt;The wizard makes TLS certificates for Docker (a CA, a client certificate and a server certificate for the VM), or reuses the ones you have.&lt;/li&gt;&lt;li&gt;It creates a cloud service &lt;i&gt;&amp;lt;name&amp;gt;.cloudapp.net&lt;/i&gt;, a storage account when you have none, and the VM with the Docker extension.&lt;/li&gt;&lt;li&gt;It waits until Docker answers over TLS and shows how to connect.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;What it costs: the VM is billed by the minute while it exists (a Small VM costs roughly US$ 0.06 an hour), its disk a few cents a month. Delete the cloud service when you no longer need it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;진행 과정:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Azure 구독(&lt;i&gt;.publishsettings&lt;/i&gt; 파일에서), 지역, Ubuntu 이미지를 선택합니다.&lt;/li&gt;&lt;li&gt;마법사가 Docker용 TLS 인증서(CA, 클라이언트 인증서, VM용 서버 인증서)를 만들거나 기존 인증서를 재사용합니다.&lt;/li&gt;&lt;li&gt;클라우드 서비스 &lt;i&gt;&amp;lt;이름&amp;gt;.cloudapp.net&lt;/i&gt;, 스토리지 계정(없는 경우), 그리고 Docker 확장이 있는 VM을 만듭니다.&lt;/li&gt;&lt;li&gt;TLS를 통해 Docker가 응답할 때까지 기다린 후 연결 방법을 보여 줍니다.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;비용: VM은 존재하는 동안 분 단위로 요금이 청구되며(Small VM은 시간당 약 US$ 0.06), 디스크는 월 몇 센트입니다. 더 이상 필요 없으면 클라우드 서비스를 삭제하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a ne&amp;w Docker host</source>
        <translation>새 Docker 호스트 만들기(&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;heck an existing Docker host</source>
        <translation>기존 Docker 호스트 확인(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sign in to Azure</source>
        <translation>Azure에 로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Today&apos;s Azure: sign in with your Microsoft Entra ID (work or school) account; the host is made with Azure Resource Manager.</source>
        <translation>현재 Azure: Microsoft Entra ID(회사 또는 학교) 계정으로 로그인합니다. 호스트는 Azure Resource Manager로 만듭니다.</translation>
    </message>
    <message>
        <source>&amp;Import a .publishsettings file (classic, as in the 2014 article)</source>
        <translation>.publishsettings 파일 가져오기(클래식, 2014년 글과 같은 방식)(&amp;I)</translation>
    </message>
    <message>
        <source>Clean &amp;up what they left</source>
        <translation>남은 것 정리(&amp;U)</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>제거하는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;An earlier run did not finish.&lt;/b&gt; These may still exist in Azure (and be billed):&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;이전 실행이 끝나지 않았습니다.&lt;/b&gt; 다음 항목이 아직 Azure에 남아 있을 수 있습니다(요금 청구 가능):&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Select the subscription it was made with first.</source>
        <translation>먼저 그 실행을 만든 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You sign in with your Microsoft Entra ID (work or school) account and choose a subscription, a region and an Ubuntu LTS image.&lt;/li&gt;&lt;li&gt;The wizard makes TLS certificates for Docker (a CA, a client certificate and a server certificate for the VM), or reuses the ones you have.&lt;/li&gt;&lt;li&gt;It creates a resource group with a network, a static public IP address &lt;i&gt;&amp;lt;name&amp;gt;.&amp;lt;region&amp;gt;.cloudapp.azure.com&lt;/i&gt; and the VM; cloud-init installs Docker with your certificates.&lt;/li&gt;&lt;li&gt;It waits until Docker answers over TLS and shows how to connect.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;What it costs: the VM and its public IP address are billed while they exist, even when idle (a Standard_B2s roughly US$ 0.05 an hour), its disk a few dollars a month. Delete the host when you no longer need it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;진행 과정:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Microsoft Entra ID(회사 또는 학교) 계정으로 로그인하고 구독, 지역, Ubuntu LTS 이미지를 선택합니다.&lt;/li&gt;&lt;li&gt;마법사가 Docker용 TLS 인증서(CA, 클라이언트 인증서, VM용 서버 인증서)를 만들거나 기존 인증서를 재사용합니다.&lt;/li&gt;&lt;li&gt;네트워크, 고정 공용 IP 주소 &lt;i&gt;&amp;lt;이름&amp;gt;.&amp;lt;지역&amp;gt;.cloudapp.azure.com&lt;/i&gt;, VM이 있는 리소스 그룹을 만듭니다. cloud-init이 인증서와 함께 Docker를 설치합니다.&lt;/li&gt;&lt;li&gt;Docker가 TLS로 응답할 때까지 기다린 뒤 연결 방법을 보여 줍니다.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;비용: VM과 공용 IP 주소는 유휴 상태여도 존재하는 동안 요금이 부과되며(Standard_B2s는 시간당 약 US$ 0.05), 디스크는 한 달에 몇 달러입니다. 더 이상 필요하지 않으면 호스트를 삭제하세요.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::Catalogue</name>
    <message>
        <source>Loading the regions failed: %1</source>
        <translation>지역을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Loading the images failed: %1</source>
        <translation>이미지를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The subscription offers no region for virtual machines. Check the subscription in the Azure portal, or choose another one.</source>
        <translation>이 구독에는 가상 머신을 제공하는 지역이 없습니다. Azure Portal에서 구독을 확인하거나 다른 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>Loading the sizes failed: %1</source>
        <translation>크기를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 offers no size for this image to this subscription. Go back and choose another region or image.</source>
        <translation>%1에서는 이 구독에 이 이미지용 크기를 제공하지 않습니다. 뒤로 가서 다른 지역이나 이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>No subscription is selected. Go back and choose one.</source>
        <translation>선택된 구독이 없습니다. 뒤로 가서 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>not supported by this cloud</source>
        <translation>이 클라우드에서 지원되지 않음</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2. Choose another image.</source>
        <translation>%1은(는) 사용할 수 없습니다: %2. 다른 이미지를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::ProvisioningSession</name>
    <message>
        <source>Checking whether %1 is free…</source>
        <translation>%1을(를) 사용할 수 있는지 확인하는 중…</translation>
    </message>
    <message>
        <source>No subscription is selected, so the name cannot be checked. Go back and choose one.</source>
        <translation>선택된 구독이 없어 이름을 확인할 수 없습니다. 뒤로 가서 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 Next checks again.</source>
        <translation>%1 다음을 누르면 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>두 입력이 일치합니다</translation>
    </message>
    <message>
        <source>The Docker port %1 is also the SSH port, which is set on the previous page (Virtual machine). Each endpoint needs its own public port: choose another one here, e.g. %2, or go Back and change the SSH port.</source>
        <translation>Docker 포트 %1은(는) 이전 페이지(가상 머신)에서 설정한 SSH 포트와 같습니다. 끝점마다 공용 포트가 달라야 합니다. 여기서 다른 포트(예: %2)를 선택하거나 뒤로 가서 SSH 포트를 바꾸세요.</translation>
    </message>
    <message>
        <source>the new host</source>
        <translation>새 호스트</translation>
    </message>
    <message>
        <source>Will create a CA, a client certificate and a server certificate for %1 in %2.</source>
        <translation>%2에 %1용 CA, 클라이언트 인증서, 서버 인증서를 만듭니다.</translation>
    </message>
    <message>
        <source>Cannot use the certificates in %1:
%2
Choose another folder, or fix or move these files.</source>
        <translation>%1의 인증서를 사용할 수 없습니다:
%2
다른 폴더를 선택하거나 이 파일을 고치거나 옮기세요.</translation>
    </message>
    <message>
        <source>Will reuse the CA, the client certificate and the server certificate for %1 from %2.</source>
        <translation>%2의 CA, 클라이언트 인증서, %1용 서버 인증서를 재사용합니다.</translation>
    </message>
    <message>
        <source>Will reuse the CA and client certificate from %1 and create a server certificate for %2.</source>
        <translation>%1의 CA와 클라이언트 인증서를 재사용하고 %2용 서버 인증서를 만듭니다.</translation>
    </message>
    <message>
        <source>Will create the missing CA or client certificate in %1, and a server certificate for %2.</source>
        <translation>%1에 없는 CA나 클라이언트 인증서를 만들고 %2용 서버 인증서를 만듭니다.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 포트</translation>
    </message>
    <message>
        <source>no SSH endpoint</source>
        <translation>SSH 끝점 없음</translation>
    </message>
    <message>
        <source>Docker port</source>
        <translation>Docker 포트</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>No subscription is selected. Go back and choose one.</source>
        <translation>선택된 구독이 없습니다. 뒤로 가서 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>Creating %1 in %2 from %3 as %4.</source>
        <translation>%2에서 %3 이미지로 %1을(를) %4 크기로 만드는 중입니다.</translation>
    </message>
    <message>
        <source>Cancelling: removing what this run created…</source>
        <translation>취소하는 중: 이 실행이 만든 것을 제거하는 중…</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>제거됨: %1</translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>제거할 수 없음: %1</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>제거됨: %1.</translation>
    </message>
    <message>
        <source>Still in Azure: %1. Remove it with `docker-vm cleanup` or in the Azure portal.</source>
        <translation>아직 Azure에 있음: %1. `docker-vm cleanup`이나 Azure Portal에서 제거하세요.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 만드는 중…</translation>
    </message>
    <message>
        <source>Cancelling and removing what was created…</source>
        <translation>취소하고 만든 것을 제거하는 중…</translation>
    </message>
    <message>
        <source>%1 is ready: Docker answers on port %2 with the certificates in %3.</source>
        <translation>%1이(가) 준비되었습니다. Docker가 %3의 인증서로 포트 %2에서 응답합니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Nothing had been created in Azure yet.</source>
        <translation>Azure에는 아직 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH 키</translation>
    </message>
    <message>
        <source>(none: password sign-in)</source>
        <translation>(없음: 암호 로그인)</translation>
    </message>
    <message>
        <source>Allowed from</source>
        <translation>허용할 원본</translation>
    </message>
    <message>
        <source>any address (the whole internet)</source>
        <translation>모든 주소(인터넷 전체)</translation>
    </message>
    <message>
        <source>Will create</source>
        <translation>만들 항목</translation>
    </message>
    <message>
        <source>Enter the number of hosts: 1 for a single Docker host, 2 to %1 for a swarm.</source>
        <translation>호스트 수를 입력하세요: Docker 호스트 하나는 1, 스웜은 2에서 %1까지.</translation>
    </message>
    <message>
        <source>The wizard creates at most %1 hosts, and the command line at most %2; %3 is too many. Choose %1 or fewer here.</source>
        <translation>마법사는 호스트를 최대 %1개, 명령줄은 최대 %2개 만듭니다. %3개는 너무 많습니다. 여기서는 %1개 이하를 고르세요.</translation>
    </message>
    <message>
        <source>The wizard creates at most %1 hosts (you entered %2). Choose %1 or fewer, or create %2 with the command line: docker-vm create --nodes %2 …</source>
        <translation>마법사는 호스트를 최대 %1개 만듭니다(입력: %2). %1개 이하를 고르거나, 명령줄로 %2개를 만드세요: docker-vm create --nodes %2 …</translation>
    </message>
    <message>
        <source>A swarm needs at least one manager. Choose 1 (or 3 to survive the loss of one manager).</source>
        <translation>스웜에는 관리자가 적어도 하나 필요합니다. 1을 고르세요(관리자 하나를 잃어도 버티려면 3).</translation>
    </message>
    <message>
        <source>%1 managers need at least %1 hosts, and there are %2. Choose fewer managers or more hosts.</source>
        <translation>관리자 %1개에는 호스트가 적어도 %1개 필요한데 %2개뿐입니다. 관리자를 줄이거나 호스트를 늘리세요.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>The number of managers must be odd: %1 managers survive no more manager losses than %2, and a tie can stop the swarm. Choose %3.</source>
        <translation>관리자 수는 홀수여야 합니다: 관리자 %1개는 %2개보다 더 많은 관리자 손실을 견디지 못하고, 표가 갈리면 스웜이 멈출 수 있습니다. %3을(를) 고르세요.</translation>
    </message>
    <message>
        <source>manager, leader</source>
        <translation>관리자, 리더</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>SSH port %1</source>
        <translation>SSH 포트 %1</translation>
    </message>
    <message>
        <source>%1 (%2): Docker %3:%4, %5</source>
        <translation>%1 (%2): Docker %3:%4, %5</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;이름&gt;</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>One CA and one client certificate for all the hosts (reused when %1 holds them), and a server certificate for each host.</source>
        <translation>모든 호스트에 CA 하나와 클라이언트 인증서 하나(%1에 있으면 재사용), 호스트마다 서버 인증서 하나.</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>스웜</translation>
    </message>
    <message>
        <source>Managers: %1, workers: %2. %3 creates the swarm, the others join it on their private addresses. The swarm ports (2377, 7946, 4789) are open between the hosts only, never to the internet.</source>
        <translation>관리자: %1, 워커: %2. %3이(가) 스웜을 만들고, 나머지는 사설 주소로 참여합니다. 스웜 포트(2377, 7946, 4789)는 호스트 사이에서만 열리며 인터넷에는 절대 열리지 않습니다.</translation>
    </message>
    <message>
        <source>If a host fails</source>
        <translation>호스트가 실패하면</translation>
    </message>
    <message>
        <source>Keep the swarm of the hosts that work; the failed hosts&apos; own resources are removed.</source>
        <translation>동작하는 호스트의 스웜을 유지합니다. 실패한 호스트의 리소스는 제거됩니다.</translation>
    </message>
    <message>
        <source>Remove everything this run created (no swarm is left).</source>
        <translation>이번 실행이 만든 것을 모두 제거합니다(스웜이 남지 않음).</translation>
    </message>
    <message>
        <source>Creating %1 hosts %2 … %3 as one swarm in %4 from %5 as %6.</source>
        <translation>호스트 %1개(%2 … %3)를 하나의 스웜으로 %4에 %5 이미지, %6 크기로 만드는 중.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>The leader %1 answers Docker on %2:%3 with the certificates in %4.</source>
        <translation>리더 %1이(가) %4의 인증서로 %2:%3에서 Docker에 응답합니다.</translation>
    </message>
    <message>
        <source>The swarm %1 is ready with %2 of its %3 hosts. Failed and removed: %4.</source>
        <translation>스웜 %1이(가) 호스트 %3개 중 %2개로 준비되었습니다. 실패해서 제거됨: %4.</translation>
    </message>
    <message>
        <source>The swarm %1 of %2 hosts is ready.</source>
        <translation>호스트 %2개의 스웜 %1이(가) 준비되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Checking whether the names of the %n hosts are free…</source>
        <translation>
            <numerusform>호스트 %n개의 이름을 사용할 수 있는지 확인하는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::SetupController</name>
    <message>
        <source>Go back to the start page and sign in again.</source>
        <translation>시작 페이지로 돌아가 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>If this is a simulator or a private endpoint, go Back to the Subscription page, open Advanced and choose its CA certificate file; otherwise check the system clock and the CA certificates of this computer.</source>
        <translation>시뮬레이터나 사설 끝점이면 구독 페이지로 돌아가 고급을 열고 해당 CA 인증서 파일을 선택하세요. 그렇지 않으면 시스템 시계와 이 컴퓨터의 CA 인증서를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::SignIn</name>
    <message>
        <source>Sign-in server</source>
        <translation>로그인 서버</translation>
    </message>
    <message>
        <source>Resource Manager endpoint</source>
        <translation>Resource Manager 끝점</translation>
    </message>
    <message>
        <source>Tenant: “%1” is not a tenant id or domain (such as contoso.onmicrosoft.com). Leave it empty to sign in to your home tenant.</source>
        <translation>테넌트: “%1”은(는) 테넌트 ID나 도메인(예: contoso.onmicrosoft.com)이 아닙니다. 홈 테넌트에 로그인하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>Extra CA: “%1” is not a readable file. Choose the PEM file of the CA that signed your sign-in and Resource Manager servers, or leave it empty.</source>
        <translation>추가 CA: “%1”은(는) 읽을 수 있는 파일이 아닙니다. 로그인 서버와 Resource Manager 서버에 서명한 CA의 PEM 파일을 선택하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Extra CA: “%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>추가 CA: “%1”에 PEM 인증서(-----BEGIN CERTIFICATE-----)가 없습니다.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>%1에 로그인 코드를 요청하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in in the browser (checked every %n s); the code expires in %1.</source>
        <translation>
            <numerusform>브라우저에서 로그인하기를 기다리는 중(%n초마다 확인). 코드는 %1 후 만료됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in. Looking up your subscriptions…</source>
        <translation>로그인했습니다. 구독을 찾는 중…</translation>
    </message>
    <message>
        <source>Signed in as %1. Choose the subscription to create the Docker host in.</source>
        <translation>%1(으)로 로그인했습니다. Docker 호스트를 만들 구독을 선택하세요.</translation>
    </message>
    <message>
        <source>No signed-in subscription has the id “%1”. Sign in again.</source>
        <translation>ID가 “%1”인 로그인한 구독이 없습니다. 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::Subscriptions</name>
    <message>
        <source>The clean-up of the earlier run is still using the current subscription. Wait until it has finished, then switch.</source>
        <translation>이전 실행의 정리가 아직 현재 구독을 사용하고 있습니다. 끝날 때까지 기다린 후 전환하세요.</translation>
    </message>
    <message>
        <source>A request is still using the current subscription (a name check or a create run). Wait until it has finished, then switch.</source>
        <translation>아직 현재 구독을 사용하는 요청(이름 확인 또는 만들기 실행)이 있습니다. 끝날 때까지 기다린 후 전환하세요.</translation>
    </message>
    <message>
        <source>The subscriptions in %1 could not be remembered: %2</source>
        <translation>%1의 구독을 기억할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The key of subscription %1 is missing. Import its .publishsettings file again.</source>
        <translation>구독 %1의 키가 없습니다. 해당 .publishsettings 파일을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Select a subscription first, then choose the CA certificate of its management endpoint.</source>
        <translation>먼저 구독을 선택한 후 관리 끝점의 CA 인증서를 선택하세요.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read. Choose the PEM file of the CA that signed the management endpoint&apos;s certificate.</source>
        <translation>CA 인증서 파일 %1을(를) 읽을 수 없습니다. 관리 끝점 인증서에 서명한 CA의 PEM 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (a block starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Choose the CA certificate in PEM format.</source>
        <translation>%1에 PEM 인증서(&quot;-----BEGIN CERTIFICATE-----&quot;로 시작하는 블록)가 없습니다. PEM 형식의 CA 인증서를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>dockervm::wizard::SwarmOverview</name>
    <message>
        <source>Not asked yet: Refresh asks the leader %1 (%2).</source>
        <translation>아직 묻지 않음: 새로 고침이 리더 %1 (%2)에게 묻습니다.</translation>
    </message>
    <message>
        <source>Asking the leader %1 (%2) for the swarm&apos;s nodes…</source>
        <translation>리더 %1 (%2)에게 스웜의 노드를 묻는 중…</translation>
    </message>
    <message>
        <source>%1 nodes in the swarm (managers: %2, workers: %3), %4 ready, as the leader %5 saw them at %6.</source>
        <translation>스웜의 노드 %1개(관리자: %2, 워커: %3), 준비됨 %4개. 리더 %5이(가) %6에 본 상태입니다.</translation>
    </message>
    <message>
        <source>Could not read the swarm from %1 at %2: %3</source>
        <translation>%1에서 %2에 스웜을 읽지 못했습니다: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create a Docker host on an Azure virtual machine and check the TLS connection.</source>
        <translation>Azure 가상 머신에 Docker 호스트를 만들고 TLS 연결을 확인합니다.</translation>
    </message>
    <message>
        <source>Run against an in-process simulator: nothing is created in Azure, nothing leaves this computer. The default until a subscription was imported.</source>
        <translation>프로세스 안의 시뮬레이터를 대상으로 실행합니다. Azure에는 아무것도 만들어지지 않고 아무것도 이 컴퓨터 밖으로 나가지 않습니다. 구독을 가져오기 전까지의 기본값입니다.</translation>
    </message>
    <message>
        <source>Use your imported subscriptions even when there are none yet.</source>
        <translation>가져온 구독이 아직 없더라도 가져온 구독을 사용합니다.</translation>
    </message>
    <message>
        <source>Start at &quot;check an existing Docker host&quot;.</source>
        <translation>&quot;기존 Docker 호스트 확인&quot;에서 시작합니다.</translation>
    </message>
    <message>
        <source>Log what happens to stderr.</source>
        <translation>진행 상황을 stderr에 기록합니다.</translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in FILE (PEM) for the management endpoint, on top of the system&apos;s, for a private endpoint or a simulator. An account&apos;s own choice (Subscription page, Advanced) comes first.</source>
        <translation>시스템 CA 외에 FILE(PEM)의 CA 인증서도 관리 끝점에 대해 신뢰합니다(사설 끝점이나 시뮬레이터용). 계정 자체의 설정(구독 페이지, 고급)이 우선합니다.</translation>
    </message>
    <message>
        <source>A .publishsettings file to import: the wizard opens on its subscription page (what the file manager does when such a file is opened).</source>
        <translation>가져올 .publishsettings 파일: 마법사가 해당 구독 페이지에서 열립니다(파일 관리자에서 이런 파일을 열 때의 동작).</translation>
    </message>
    <message>
        <source>docker-vm-wizard opens one .publishsettings file at a time, not %1. Import the others afterwards.
</source>
        <translation>docker-vm-wizard는 .publishsettings 파일을 한 번에 하나만 엽니다(%1개가 아님). 나머지는 나중에 가져오세요.
</translation>
    </message>
    <message>
        <source>--management-ca %1: no PEM certificate could be read from it. Pass the CA certificate of the management endpoint in PEM format.
</source>
        <translation>--management-ca %1: PEM 인증서를 읽을 수 없습니다. 관리 끝점의 CA 인증서를 PEM 형식으로 지정하세요.
</translation>
    </message>
    <message>
        <source>Demo mode failed to start: %1
</source>
        <translation>데모 모드를 시작하지 못했습니다: %1
</translation>
    </message>
    <message>
        <source>Demo guard: %1 request(s) to hosts other than loopback were refused.
</source>
        <translation>데모 보호: 루프백 외의 호스트로 가는 요청 %1개를 거부했습니다.
</translation>
    </message>
    <message>
        <source>Drive the demo flow and save every page to DIR/NN-name.png (with --lang ko: DIR/ko-NN-name.png), then exit.</source>
        <translation>데모 흐름을 진행하며 모든 페이지를 DIR/NN-name.png(--lang ko이면 DIR/ko-NN-name.png)로 저장한 후 종료합니다.</translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Cannot create the folder %1.
</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.
</translation>
    </message>
    <message>
        <source>Screenshots: timed out waiting for &apos;%1&apos;.
</source>
        <translation>스크린샷: &apos;%1&apos;을(를) 기다리다 시간이 초과되었습니다.
</translation>
    </message>
    <message>
        <source>Cannot write %1.
</source>
        <translation>%1을(를) 쓸 수 없습니다.
</translation>
    </message>
</context>
</TS>
