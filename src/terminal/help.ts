// `help`: what this terminal can run, in the course's words.
export const HELP = `이 터미널은 실습 클러스터 하나를 흉내 냅니다. 쓸 수 있는 명령:

  kubectl get TYPE [NAME] [-n NS | -A] [-o wide|yaml|name] [--show-labels] [-l SELECTOR]
      TYPE: pods(po) services(svc) endpoints(ep) deployments(deploy) replicasets(rs)
            ingress(ing) ingressclasses networkpolicies(netpol) namespaces(ns) nodes all
  kubectl describe TYPE [NAME] [-n NS]    (TYPE: pod svc ep endpointslice deploy rs ing ingressclass netpol, Gateway API)
  kubectl explain TYPE[.FIELD...] [--recursive]    (예: kubectl explain svc.spec.ports)
  kubectl create -f FILE    kubectl apply -f FILE    kubectl replace [--force] -f FILE
      (FILE: 아래 편집기의 파일 이름)
  kubectl delete TYPE NAME [-n NS]     kubectl delete -f FILE
  kubectl label|annotate TYPE NAME key=value [key-] [--overwrite]
  kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=PORT]
  kubectl scale deployment NAME --replicas=N     kubectl set image deployment/NAME CONTAINER=IMAGE
  kubectl rollout status|history|undo|restart|pause|resume deployment/NAME [--to-revision=N] [--revision=N]
  kubectl edit TYPE/NAME    kubectl patch TYPE NAME -p '{...}' [--type strategic|merge|json]
  kubectl logs POD|deploy/NAME [-c CONTAINER] [--tail=N] [-p]
      (로그는 시작 줄이 알려진 이미지만 보여 줍니다: 그 밖의 이미지는 비어 있습니다)
  kubectl wait --for=condition=Ready|delete|jsonpath='{...}'=V TYPE/NAME [-l SELECTOR] [--timeout=30s]
  kubectl get ... --sort-by=.metadata.name     kubectl top pod|node (metrics-server 없음)
  kubectl port-forward svc/NAME LOCAL:PORT (무엇을 열지 보여 줌)
  kubectl expose deployment|pod|service NAME --port=PORT [--target-port=PORT] [--type=NodePort] [--name=NAME]
  kubectl create service clusterip|nodeport NAME --tcp=PORT:TARGET [--node-port=PORT]
  kubectl create ingress NAME --rule="HOST/PATH=SERVICE:PORT" [--class=nginx] [--annotation=KEY=VALUE]
  kubectl create namespace NAME
  kubectl run NAME --image=IMAGE [--labels=k=v] [--port=PORT [--expose]] [--restart=Never]
  kubectl run tmp --rm -it --image=busybox:1.28 --restart=Never -- nslookup NAME
      (create service/ingress, expose, run은 --dry-run=client -o yaml도 됩니다)
  kubectl exec POD [-n NS] -- curl URL | wget -qO- URL | nslookup NAME | cat /etc/resolv.conf
  curl [-H "Host: HOST"] URL     이 터미널의 컴퓨터(192.168.1.10, 클러스터 밖)에서 보냅니다.
                                 /etc/hosts에 노드 이름이 있어 curl http://node01:30080 도 됩니다.
  명령 | grep [-i] [-v] [-c] [-n] [-E] [-A N] 패턴     명령 | head|tail [-n N]     명령 | wc -l
  history   clear   help

Tab: 명령과 이름 자동 완성, ↑/↓: 이전 명령, Ctrl+L: 화면 지우기.`;
