#!/usr/bin/env python3
"""compile_commands.json of the net37 corpus (clang-19 / clang++-19, Debian 12 headers)."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/net37'
S = R + '/stubs'
IOT = R + '/src/IOTechSystems+iotech-c-utils/include'
# device-sdk-c: C (gnu11, -D_GNU_SOURCE -pthread as its CMakeLists), include/ plus the generated
# edgex/csdk-defs.h (stubs/edgex, from src/c/defs.h.in) and iotech-c-utils' real headers with the generated
# iot/defs.h (stubs/iot, from its src/c/defs.h.in: YAML and CBOR on, as the SDK's build needs)
EDGEX = ['-std=gnu11', '-D_GNU_SOURCE', '-pthread', '-I{r}/include', '-I' + S + '/edgex', '-I' + S + '/iot', '-I' + IOT]
# velocitas SDK at a commit that pins paho-mqtt-cpp 1.2.0 and fmt 9.1.0 (= Debian 12); cpr is a stand-in (stubs/cpr)
VEL = ['-std=c++17', '-I{r}/sdk/include', '-I{r}/sdk/src', '-I' + S + '/cpr']
# baidu gateways: old C built by plain Makefiles; -DDLLExport= because their copied paho thread.h uses the
# DLLExport macro that paho 1.3.12's headers no longer define; modbus/src needs gnu89 (implicit declarations)
DM = ['-std=gnu99', '-pthread', '-I{r}/device-management/lib']
MODBUS = ['-std=gnu89', '-pthread', '-DDLLExport=', '-I{r}/modbus/src']
BS = '{r}/bacnet/bacnet-stack'
BACNET = ['-std=gnu99', '-pthread', '-DDLLExport=', '-I{r}/bacnet/gateway', '-I' + BS + '/ports/linux',
          '-I' + BS + '/demo/object', '-I' + BS + '/demo/handler', '-I' + BS + '/include']
E = [
 # EdgeX device SDK (C): MQTT message bus (paho MQTTAsync), REST client (libcurl), start-up retry loops
 ('edgexfoundry+device-sdk-c', 'src/c/bus-mqtt.c', EDGEX),
 ('edgexfoundry+device-sdk-c', 'src/c/rest.c', EDGEX),
 ('edgexfoundry+device-sdk-c', 'src/c/service.c', EDGEX),
 ('edgexfoundry+device-sdk-c', 'src/c/keeper.c', EDGEX),
 ('edgexfoundry+device-sdk-c', 'src/c/secrets-vault.c', EDGEX),
 ('edgexfoundry+device-sdk-c', 'src/c/registry.c', EDGEX),
 # Eclipse Velocitas vehicle-app C++ SDK: MQTT pub/sub (paho.mqtt.cpp async_client), Dapr sidecar wait (cpr)
 ('eclipse-velocitas+vehicle-app-cpp-sdk', 'sdk/src/sdk/pubsub/MqttPubSubClient.cpp', VEL),
 ('eclipse-velocitas+vehicle-app-cpp-sdk', 'sdk/src/sdk/middleware/DaprMiddleware.cpp', VEL),
 # Baidu IoT edge gateways (C): device management (MQTTAsync), Modbus and BACnet gateways (MQTTClient)
 ('baidu+iot-edge-sdk-for-iot-parser', 'device-management/lib/device_management.c', DM),
 ('baidu+iot-edge-sdk-for-iot-parser', 'modbus/src/mqttsender.c', MODBUS),
 ('baidu+iot-edge-sdk-for-iot-parser', 'modbus/src/business.c', MODBUS),
 ('baidu+iot-edge-sdk-for-iot-parser', 'bacnet/gateway/mqttutil.c', BACNET),
 ('baidu+iot-edge-sdk-for-iot-parser', 'bacnet/gateway/business.c', BACNET),
]
if __name__ == '__main__':
    write_compile_commands(R, E)
