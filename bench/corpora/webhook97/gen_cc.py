#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook97 (clang-19, Debian 12 headers: libwolfssl-dev 5.5.4,
# libmbedtls-dev, libsodium-dev; hand-written headers under stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook97'
S = R + '/stubs'
WT = R + '/src/wolfSSL+wolfTPM'
# wolfSSH (C, autoconf; Debian's wolfSSL 5.5.4 options.h; two newer wolfSSL names from stubs/wolfssl)
COMPAT = ['-include', S + '/wolfssl/wolfssl_compat.h']
SSH = ['-std=gnu11'] + COMPAT + ['-I{r}']
SSHD = SSH + ['-DWOLFSSH_SSHD', '-DWOLFSSH_HAVE_LIBCRYPT', '-DHAVE_SHADOW', '-DWOLFSSH_OSSH_CERTS', '-DWOLFSSH_CERTS']
ECHO = SSH + ['-DWOLFSSH_KEYBOARD_INTERACTIVE']
TPMCS = SSH + ['-DWOLFSSH_TPM', '-DWOLFSSH_CERTS', '-DWOLFTPM2_CERT_GEN', '-DWOLFTPM_CRYPTOCB', '-I' + S + '/wolftpm', '-I' + WT]
# Renesas CS+ demo: its wolfSSL user_settings.h and the T4 TCP/IP header are stubs/renesas; the board code calls
# R_CMT_CreatePeriodic without a prototype (C89 style), so that diagnostic is not an error here
RENESAS = ['-std=gnu11', '-Wno-error=implicit-function-declaration', '-DWOLFSSL_USER_SETTINGS',
           '-I' + S + '/renesas', '-I{r}']
# ESP-IDF echoserver (the ESP32 port's copy of the echo server) built for the host (WOLFSSL_ESPIDF unset); its
# SERVER_ECHO log macro is defined only for ESP-IDF, so the implicit declaration is not an error here
ESPECHO = SSH + ['-Wno-error=implicit-function-declaration']
# wolfTPM (C, autoconf): wolftpm/options.h is stubs/wolftpm (SWTPM transport); fwTPM and SPDM on the command line
TPM = ['-std=gnu11', '-I' + S + '/wolftpm', '-I{r}']
FWTPM = TPM + ['-DWOLFTPM_FWTPM', '-DWOLFTPM_FWTPM_NV_APPEND_ONLY']
SPDM = TPM + ['-DWEBHOOK97_WC_FORCEZERO'] + COMPAT + ['-DWOLFTPM_SPDM', '-DWOLFTPM_SPDM_PSK', '-DWOLFTPM_SPDM_RESPONDER', '-DWOLFTPM_SPDM_TCG', '-DWOLFSPDM_NATIONS']
TPMPQC = TPM + ['-DWOLFTPM_PQC']
# wolfMQTT (C, autoconf): wolfmqtt/options.h is stubs/wolfmqtt (broker with its auth gate, v5)
MQTT = ['-std=gnu11', '-I' + S + '/wolfmqtt', '-I{r}']
# HomeSpan (Arduino-ESP32 C++17): Arduino.h and esp_task_wdt.h are stubs/homespan; mbedtls 2.28 / libsodium from Debian
HS = ['-std=gnu++17', '-I' + S + '/homespan', '-I{r}/src']
# esp-homekit (ESP C): the ESP build gets <stdint.h> and the wolfSSL options through its SDK; here force-included
HK = ['-std=gnu11', '-include', 'stdint.h', '-include', 'wolfssl/options.h', '-I{r}/include', '-I{r}/src']
E = [
 ('wolfSSL+wolfssh', 'src/internal.c', SSH),
 ('wolfSSL+wolfssh', 'apps/wolfsshd/auth.c', SSHD),
 ('wolfSSL+wolfssh', 'examples/echoserver/echoserver.c', ECHO),
 ('wolfSSL+wolfssh', 'examples/tpmcertserver/tpmcertserver.c', TPMCS),
 ('wolfSSL+wolfssh', 'ide/Renesas/cs+/demo_server/wolfssh_demo.c', RENESAS),
 ('wolfSSL+wolfssh', 'ide/Espressif/ESP-IDF/examples/wolfssh_echoserver/main/echoserver.c', ESPECHO),
 ('wolfSSL+wolfTPM', 'src/tpm2.c', TPM),
 ('wolfSSL+wolfTPM', 'src/tpm2_util.c', TPM),
 ('wolfSSL+wolfTPM', 'src/tpm2_wrap.c', TPM),
 ('wolfSSL+wolfTPM', 'src/fwtpm/fwtpm_command.c', FWTPM),
 ('wolfSSL+wolfTPM', 'src/fwtpm/fwtpm_nv.c', FWTPM),
 ('wolfSSL+wolfTPM', 'src/spdm/spdm_responder.c', SPDM),
 ('wolfSSL+wolfTPM', 'src/spdm/spdm_psk.c', SPDM),
 ('wolfSSL+wolfTPM', 'examples/pqc/mlkem_decap_neg.c', TPMPQC),
 ('wolfSSL+wolfTPM', 'examples/pqc/mlkem_encap.c', TPMPQC),
 ('wolfSSL+wolfTPM', 'examples/pqc/pqc_ctrl.c', TPMPQC),
 ('wolfSSL+wolfTPM', 'examples/pqc/pqc_mssim_e2e.c', TPMPQC),
 ('wolfSSL+wolfTPM', 'examples/native/native_test.c', TPMPQC),
 ('wolfSSL+wolfMQTT', 'src/mqtt_broker.c', MQTT),
 ('wolfSSL+wolfMQTT', 'src/mqtt_packet.c', MQTT),
 ('HomeSpan+HomeSpan', 'src/SRP.cpp', HS),
 ('maximkulkin+esp-homekit', 'src/storage.c', HK),
]
write_compile_commands(R, E)
