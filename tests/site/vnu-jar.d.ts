// vnu-jar exports the path of vnu.jar (a String object) and ships no types.
declare module 'vnu-jar' {
  const vnuJarPath: string;
  export default vnuJarPath;
}
