import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
import{a}from"./chunk-2HBZRMPW.js";import"./chunk-U567NIXE.js";export{a as loadTf};
