// bottleneck's light build (the one the throttling plugin uses) has the full build's types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
